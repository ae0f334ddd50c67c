import { ForgetsOnMissedNotices } from './invalidation';

/**
 * Whole pages as they are shared between readers, kept in this process until PostgreSQL says that
 * what they show has changed (see invalidation.ts; every change a shared page can show announces
 * itself, decision 0039). Per-request rendering tops out near 100 pages a second per instance
 * (decision 0008); a stored page is served in well under a millisecond. Each page is stored with a
 * random placeholder where its script nonce goes, and every response gets a fresh nonce in its place.
 */

/**
 * What a stored page depends on: one item (a page about one thing, named by its id in the change
 * notices), every item (lists), or nothing that changes.
 */
export type PageScope = { kind: 'item'; id: number } | { kind: 'listing' } | { kind: 'static' };

export interface StoredPage {
  /** The page as UTF-8: half the memory of a JavaScript string of it, and what the response sends. */
  body: Buffer;
  /** Stands where the nonce goes; never leaves the server. */
  placeholder: string;
  /** Where the placeholder stands in `body`, so a response writes its nonce there without searching. */
  placeholderAt: readonly number[];
  headers: [string, string][];
  scope: PageScope;
  /** When what the page shows changes with the clock alone (Infinity: never). */
  expiresAt: number;
  /** What the store counts against its size. */
  bytes: number;
}

export interface RenderedPage {
  html: string;
  headers: [string, string][];
}

export interface PageCacheOptions {
  /** The store's size: the least recently used pages go first beyond it. */
  maxBytes: number;
  /** How many one-off pages (asked for once) it remembers, to store them from their second ask. */
  maxAskedOnce?: number;
  now?: () => number;
}

/** How a page is to be stored: what it depends on, and until when the clock leaves it as it is. */
export interface StoreTerms {
  scope: PageScope;
  expiresAt?: number;
}

export class PageCache extends ForgetsOnMissedNotices {
  private readonly entries = new Map<string, StoredPage>();
  private storedBytes = 0;
  /** One-off pages asked for once lately: the second ask stores the page. */
  private readonly askedOnce = new Set<string>();
  /** Renders under way; one a change crosses is marked stale and leaves this map at once. */
  private readonly rendering = new Map<string, PendingRender>();
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    super();
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.storedBytes;
  }

  get(key: string): StoredPage | undefined {
    if (this.suspended) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() >= entry.expiresAt) {
      this.remove(key, entry);
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
    terms: StoreTerms,
    placeholder: string,
    render: (placeholder: string) => Promise<RenderedPage | null>,
  ): Promise<StoredPage | null> {
    if (this.suspended) return null;
    const stored = this.get(key);
    if (stored) return stored;
    const existing = this.rendering.get(key);
    if (existing) return existing.page;
    const { scope, expiresAt = Infinity } = terms;
    const pending: PendingRender = { scope, stale: false, page: Promise.resolve(null) };
    pending.page = render(placeholder)
      .then((rendered) => {
        if (!rendered || pending.stale) return null;
        const page = storedPage(rendered, placeholder, scope, expiresAt);
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
   * Whether a one-off page (a search) is worth storing: asked for before. One asked for only once is
   * rendered for its reader directly, without the store's extra round trip; the pages many read are
   * stored from their second reader on. Pages that most readers share are stored from the first.
   */
  askedAgain(key: string): boolean {
    if (this.entries.has(key) || this.rendering.has(key)) return true;
    if (this.askedOnce.delete(key)) return true;
    this.askedOnce.add(key);
    const limit = this.options.maxAskedOnce ?? 10_000;
    for (const oldest of this.askedOnce) {
      if (this.askedOnce.size <= limit) break;
      this.askedOnce.delete(oldest);
    }
    return false;
  }

  private store(key: string, page: StoredPage) {
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    if (page.bytes > this.options.maxBytes) return;
    this.entries.set(key, page);
    this.storedBytes += page.bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.storedBytes <= this.options.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  private remove(key: string, entry: StoredPage) {
    this.entries.delete(key);
    this.storedBytes -= entry.bytes;
  }

  /** Something about one item changed: its pages and every listing go, stored or still rendering. */
  itemChanged(id: number) {
    const affected = (scope: PageScope) => scope.kind === 'listing' || (scope.kind === 'item' && scope.id === id);
    for (const [key, entry] of this.entries) if (affected(entry.scope)) this.remove(key, entry);
    for (const [key, pending] of this.rendering) {
      if (!affected(pending.scope)) continue;
      pending.stale = true;
      this.rendering.delete(key);
    }
  }

  clear() {
    this.entries.clear();
    this.storedBytes = 0;
    for (const pending of this.rendering.values()) pending.stale = true;
    this.rendering.clear();
  }
}

interface PendingRender {
  scope: PageScope;
  /** A change to what the page shows arrived during the render: it must not be stored or handed out. */
  stale: boolean;
  page: Promise<StoredPage | null>;
}

/** Roughly what a stored page costs beyond its body: the key, headers and bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 1024;

function storedPage(rendered: RenderedPage, placeholder: string, scope: PageScope, expiresAt: number): StoredPage {
  const body = Buffer.from(rendered.html, 'utf8');
  const needle = Buffer.from(placeholder, 'utf8');
  const placeholderAt: number[] = [];
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + needle.length)) placeholderAt.push(at);
  return {
    body,
    placeholder,
    placeholderAt,
    headers: rendered.headers,
    scope,
    expiresAt,
    bytes: body.length + ENTRY_OVERHEAD_BYTES,
  };
}

/** The page and its headers (a style preload carries the nonce too) with this response's nonce. */
export function withNonce(
  page: StoredPage,
  nonce: string,
): { body: Uint8Array<ArrayBuffer>; headers: [string, string][] } {
  const headers = page.headers.map(([name, value]): [string, string] => [
    name,
    value.replaceAll(page.placeholder, nonce),
  ]);
  const nonceBytes = Buffer.from(nonce, 'utf8');
  const placeholderLength = Buffer.byteLength(page.placeholder, 'utf8');
  const body = new Uint8Array(page.body.length + page.placeholderAt.length * (nonceBytes.length - placeholderLength));
  let from = 0;
  let to = 0;
  for (const at of page.placeholderAt) {
    body.set(page.body.subarray(from, at), to);
    to += at - from;
    body.set(nonceBytes, to);
    to += nonceBytes.length;
    from = at + placeholderLength;
  }
  body.set(page.body.subarray(from), to);
  return { body, headers };
}
