import { sessionCookieNames } from '@/modules/access/session-cookies';

/**
 * Whole pages as they are shared between readers, kept in this process for a short while and dropped
 * the moment PostgreSQL says that what they show has changed (see invalidation.ts). Per-request
 * rendering tops out near 100 pages a second per instance (decision 0008); a stored page is served
 * in well under a millisecond. Each page is stored with a random placeholder where its script
 * nonce goes, and every response gets a fresh nonce in its place.
 */

/** What a stored page depends on: one idea, every idea (lists, front page), or nothing that changes. */
export type PageScope = { kind: 'idea'; ideaId: number } | { kind: 'listing' } | { kind: 'static' };

export interface StoredPage {
  html: string;
  /** Stands where the nonce goes; never leaves the server. */
  placeholder: string;
  headers: [string, string][];
  scope: PageScope;
  storedAt: number;
}

export interface RenderedPage {
  html: string;
  headers: [string, string][];
}

export interface PageCacheOptions {
  maxEntries: number;
  /** A safety net for what no trigger reports (renamed people and categories, "3 minutes ago"). */
  maxAgeMs: number;
  now?: () => number;
}

export class PageCache {
  private readonly entries = new Map<string, StoredPage>();
  /** Pages asked for once lately, with when: the second ask within maxAgeMs stores the page. */
  private readonly askedOnce = new Map<string, number>();
  private readonly rendering = new Map<string, Promise<StoredPage | null>>();
  /** Moves on every invalidation: a render that began before one must not be stored after it. */
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): StoredPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.options.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Least recently used goes first: re-inserting moves the key to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * The stored page, or one rendered now by `render` (given the placeholder to use as its nonce).
   * Concurrent misses for one page share a single render. Null when the render gave nothing to store.
   */
  async getOrRender(key: string, scope: PageScope, placeholder: string, render: (placeholder: string) => Promise<RenderedPage | null>): Promise<StoredPage | null> {
    const stored = this.get(key);
    if (stored) return stored;
    let pending = this.rendering.get(key);
    if (!pending) {
      const generation = this.generation;
      pending = render(placeholder)
        .then((rendered) => {
          if (!rendered) return null;
          const page: StoredPage = { ...rendered, placeholder, scope, storedAt: this.now() };
          if (generation === this.generation) this.store(key, page);
          return page;
        })
        .finally(() => this.rendering.delete(key));
      this.rendering.set(key, pending);
    }
    return pending;
  }

  /**
   * Whether a page is worth storing: asked for before, within the safety limit. A page asked for
   * only once (most searches) is rendered for its reader directly, without the store's extra
   * round trip; the pages many read are stored from their second reader on.
   */
  askedAgain(key: string): boolean {
    if (this.entries.has(key) || this.rendering.has(key)) return true;
    const now = this.now();
    const asked = this.askedOnce.get(key);
    this.askedOnce.delete(key);
    if (asked !== undefined && now - asked < this.options.maxAgeMs) return true;
    this.askedOnce.set(key, now);
    while (this.askedOnce.size > this.options.maxEntries * 4) {
      const oldest = this.askedOnce.keys().next().value;
      if (oldest === undefined) break;
      this.askedOnce.delete(oldest);
    }
    return false;
  }

  private store(key: string, page: StoredPage) {
    this.entries.set(key, page);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Something about one idea changed: its pages and every listing go. */
  ideaChanged(ideaId: number) {
    this.generation += 1;
    for (const [key, entry] of this.entries) {
      if (entry.scope.kind === 'listing' || (entry.scope.kind === 'idea' && entry.scope.ideaId === ideaId)) this.entries.delete(key);
    }
  }

  clear() {
    this.generation += 1;
    this.entries.clear();
  }
}

/** The page and its headers (a style preload carries the nonce too) with this response's nonce. */
export function withNonce(page: StoredPage, nonce: string): { html: string; headers: [string, string][] } {
  return {
    html: page.html.replaceAll(page.placeholder, nonce),
    headers: page.headers.map(([name, value]) => [name, value.replaceAll(page.placeholder, nonce)]),
  };
}

const localePrefix = '(?:/(?:sv|en))?';
const ideaPage = new RegExp(`^${localePrefix}/ideas/(\\d+)-[^/]+$`);
const listing = new RegExp(`^${localePrefix}(?:/ideas)?/?$`);
const staticPage = new RegExp(`^${localePrefix}/accessibility$`);

/** Which stored-page scope a path has; null for pages that are never stored. */
export function scopeOfPath(pathname: string): PageScope | null {
  const idea = ideaPage.exec(pathname);
  if (idea) return { kind: 'idea', ideaId: Number(idea[1]) };
  if (listing.test(pathname)) return { kind: 'listing' };
  if (staticPage.test(pathname)) return { kind: 'static' };
  return null;
}

/** Client navigations, prefetches and actions ask for something other than the page's HTML. */
const nonDocumentHeaders = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action'];
/** Filters that make a list someone's own. */
const personalFilters = ['mine', 'voted', 'following'];

/**
 * Which stored version of a page a full-page GET may be answered with, if any. Lists, the front
 * page and the static pages are the same for every reader — who is signed in reaches the browser
 * through /api/me — unless a personal filter is on. An idea page has two versions: the signed-out
 * one, and the one a signed-in employee with no part in the idea sees (`member`: with vote, follow
 * and comment forms, their own vote and follow filled in by the browser). Whether a signed-in
 * reader really has no part in it is for the caller to check (plain-readers.ts).
 */
export function sharedPageVersion(request: { method: string; headers: Headers; cookieNames: string[]; searchParams: URLSearchParams }, scope: PageScope): 'everyone' | 'member' | null {
  if (request.method !== 'GET') return null;
  if (nonDocumentHeaders.some((name) => request.headers.has(name))) return null;
  if (!request.cookieNames.some((name) => sessionCookieNames.includes(name))) return 'everyone';
  if (scope.kind === 'idea') return 'member';
  return personalFilters.some((name) => request.searchParams.has(name)) ? null : 'everyone';
}
