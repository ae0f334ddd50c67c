/**
 * Whole pages as they are shared between readers, kept in this process for a short while and dropped
 * the moment PostgreSQL says that what they show has changed (see invalidation.ts). Per-request
 * rendering tops out near 100 pages a second per instance (decision 0008); a stored page is served
 * in well under a millisecond. Each page is stored with a random placeholder where its script
 * nonce goes, and every response gets a fresh nonce in its place.
 */

/**
 * What a stored page depends on: one item (a page about one thing, named by its id in the change
 * notices), every item (lists), or nothing that changes.
 */
export type PageScope = { kind: 'item'; id: number } | { kind: 'listing' } | { kind: 'static' };

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
  /** Renders under way; one a change crosses is marked stale and leaves this map at once. */
  private readonly rendering = new Map<string, PendingRender>();
  /** While the store cannot hear of changes, it neither serves nor stores anything. */
  private suspended = false;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): StoredPage | undefined {
    if (this.suspended) return undefined;
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
   * Concurrent misses for one page share a single render. Null when the render gave nothing to store,
   * when a change to what the page shows arrived while it was rendering (the render may not have
   * seen it; each waiting reader then gets their own page), or while the store is suspended.
   */
  async getOrRender(
    key: string,
    scope: PageScope,
    placeholder: string,
    render: (placeholder: string) => Promise<RenderedPage | null>,
  ): Promise<StoredPage | null> {
    if (this.suspended) return null;
    const stored = this.get(key);
    if (stored) return stored;
    const existing = this.rendering.get(key);
    if (existing) return existing.page;
    const pending: PendingRender = { scope, stale: false, page: Promise.resolve(null) };
    pending.page = render(placeholder)
      .then((rendered) => {
        if (!rendered || pending.stale) return null;
        const page: StoredPage = { ...rendered, placeholder, scope, storedAt: this.now() };
        this.store(key, page);
        return page;
      })
      .finally(() => {
        if (this.rendering.get(key) === pending) this.rendering.delete(key);
      });
    this.rendering.set(key, pending);
    return pending.page;
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

  /** Something about one item changed: its pages and every listing go, stored or still rendering. */
  itemChanged(id: number) {
    const affected = (scope: PageScope) => scope.kind === 'listing' || (scope.kind === 'item' && scope.id === id);
    for (const [key, entry] of this.entries) if (affected(entry.scope)) this.entries.delete(key);
    for (const [key, pending] of this.rendering) {
      if (!affected(pending.scope)) continue;
      pending.stale = true;
      this.rendering.delete(key);
    }
  }

  clear() {
    this.entries.clear();
    for (const pending of this.rendering.values()) pending.stale = true;
    this.rendering.clear();
  }

  /** The store stops serving and storing (its change notices may be missing) until resume(). */
  suspend() {
    this.suspended = true;
    this.clear();
  }

  /** Notices arrive again; what was stored before may have missed some, so the store starts empty. */
  resume() {
    this.clear();
    this.suspended = false;
  }
}

interface PendingRender {
  scope: PageScope;
  /** A change to what the page shows arrived during the render: it must not be stored or handed out. */
  stale: boolean;
  page: Promise<StoredPage | null>;
}

/** The page and its headers (a style preload carries the nonce too) with this response's nonce. */
export function withNonce(page: StoredPage, nonce: string): { html: string; headers: [string, string][] } {
  return {
    html: page.html.replaceAll(page.placeholder, nonce),
    headers: page.headers.map(([name, value]) => [name, value.replaceAll(page.placeholder, nonce)]),
  };
}
