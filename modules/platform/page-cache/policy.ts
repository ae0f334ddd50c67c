import { ACTION_HEADER, FLIGHT_HEADERS } from 'next/dist/client/components/app-router-headers';
import type pg from 'pg';
import type { PageScope } from './page-cache';

/**
 * How a domain tells the page store which of its pages may be shared between readers. The store
 * knows no domain: it stores a page only when a registered policy declares its route, and only
 * with query parameters that route declares shared. Anything else — an unknown route, a parameter
 * nobody declared (a personal filter someone forgot to mention included) — is rendered for its
 * reader (fail closed).
 */
export interface SharedPagePolicy {
  /** Who declares these pages, for the logs and tests. */
  name: string;
  pages: readonly SharedPage[];
  /**
   * Pages, declared by any policy, that show something of this domain which changes with the clock
   * alone (an open campaign on the front page): each stored copy is rendered again from the
   * earliest moment any of its clocks names.
   */
  clocks?: readonly { path: RegExp; changesAt: PageClock }[];
}

/**
 * The next moment after `now` the clock alone may change a page, or null for none known. Asked
 * before each render for the store (never for a stored copy), with the store's own database pool.
 */
export type PageClock = (now: Date, db: pg.Pool) => Date | null | Promise<Date | null>;

export type SharedPage = {
  /**
   * The path without its language prefix, whole (anchor it with ^ and $). For `item` pages the
   * named group `id` is the item's id as the change notices name it.
   */
  path: RegExp;
  /** What a stored copy shows: one item, every item (lists), or nothing that changes. */
  dependsOn: PageScope['kind'];
  /** Query parameters a stored copy may answer; a request with any other one is never stored or served from the store. */
  sharedParameters: readonly string[];
  /**
   * Shared parameters that make a page one-off (a search, a later page of a list): such a page is
   * stored from its second ask, so a page read once costs no extra round trip. Others are stored
   * from their first ask.
   */
  oneOffParameters?: readonly string[];
  /**
   * For a page whose output changes with the clock alone (this year's count): the next moment it
   * may, after `now`. The stored copy is rendered again from then on. Every other change to what a
   * page shows must announce itself (decision 0039).
   */
  changesAt?: PageClock;
} & (
  | {
      /** `same`: signed-in readers get the signed-out page too (their own bits come from the browser); `own`: theirs is rendered for them. */
      signedIn: 'same' | 'own';
    }
  | {
      /** A second stored version, rendered for a made-up signed-in reader with no part in the item. */
      signedIn: 'member';
      /** Who sees the item's page exactly as the member version shows it. */
      plainReader: PlainReaderCheck;
    }
);

/**
 * A domain's two halves of "plain reader": the session's holder is not null and not among the
 * item's people. The store keeps both answers (plain-readers.ts): the holder for a short while, the
 * item's people until a change notice names the item, so every change to them must announce it.
 */
export interface PlainReaderCheck {
  /** The session's holder if the session is valid and its holder could be a plain reader of any item at all; else null. */
  holderOf: (db: pg.Pool, sessionToken: string) => Promise<string | null>;
  /** Everyone whose page of the item differs from the member version because of a part they have in it. */
  peopleOf: (db: pg.Pool, itemId: number) => Promise<readonly string[]>;
}

/** The registered policies and the little the store must know about the app around them. */
export interface SharedPagesSetup {
  policies: readonly SharedPagePolicy[];
  /** Language prefixes a shared page may be asked for under ('/sv'); the default language has none. */
  localePrefixes: readonly string[];
  /** Cookies that mean the reader is signed in. */
  sessionCookieNames: readonly string[];
  /** Cookies a render may set and still be shared (the proxy adds them to each response itself). */
  sharedCookieNames: readonly string[];
}

export interface SharedPageRequest {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: Headers;
  cookieNames: readonly string[];
}

/** How a matched page is stored: from which ask, and until when the clock leaves it as it is. */
interface StoreRules {
  storeFromFirstAsk: boolean;
  changesAt?: PageClock;
}

export type SharedPageMatch = StoreRules &
  (
    | { scope: PageScope; version: 'everyone' }
    | { scope: PageScope & { kind: 'item' }; version: 'member'; plainReader: PlainReaderCheck }
  );

/**
 * Client navigations, prefetches (whole-page and per-segment) and actions ask for something other
 * than the page's HTML. Next's own list, so a header a new version adds is refused here too.
 */
const nonDocumentHeaders: readonly string[] = [...FLIGHT_HEADERS, ACTION_HEADER];

/**
 * Which stored version of a page a request may be answered with, if any: a full-page GET of a
 * declared route carrying only declared parameters. Signed-out readers share one version; signed-in
 * readers get what the route declares. For `member`, the caller still checks `plainReader`.
 */
export function sharedPageFor(setup: SharedPagesSetup, request: SharedPageRequest): SharedPageMatch | null {
  if (request.method !== 'GET' || nonDocumentHeaders.some((name) => request.headers.has(name))) return null;
  const path = withoutLocalePrefix(request.pathname, setup.localePrefixes);
  for (const page of setup.policies.flatMap((policy) => policy.pages)) {
    const match = page.path.exec(path);
    if (!match) continue;
    if ([...request.searchParams.keys()].some((name) => !page.sharedParameters.includes(name))) return null;
    const scope = scopeOf(page, match);
    if (!scope) return null;
    const rules: StoreRules = {
      storeFromFirstAsk: ![...request.searchParams.keys()].some((name) => page.oneOffParameters?.includes(name)),
      changesAt: clockOf(setup, page, path),
    };
    if (!request.cookieNames.some((name) => setup.sessionCookieNames.includes(name)))
      return { ...rules, scope, version: 'everyone' };
    if (page.signedIn === 'same') return { ...rules, scope, version: 'everyone' };
    if (page.signedIn === 'member' && scope.kind === 'item')
      return { ...rules, scope, version: 'member', plainReader: page.plainReader };
    return null;
  }
  return null;
}

/** The page's own clock and every policy's clock for its path, as one: the earliest moment any names. */
function clockOf(setup: SharedPagesSetup, page: SharedPage, path: string): PageClock | undefined {
  const clocks = [
    ...(page.changesAt ? [page.changesAt] : []),
    ...setup.policies
      .flatMap((policy) => policy.clocks ?? [])
      .flatMap((clock) => (clock.path.test(path) ? [clock.changesAt] : [])),
  ];
  if (clocks.length <= 1) return clocks[0];
  return async (now, db) => {
    const moments = (await Promise.all(clocks.map((clock) => clock(now, db)))).filter((moment) => moment !== null);
    return moments.length === 0 ? null : new Date(Math.min(...moments.map((moment) => moment.getTime())));
  };
}

/** The moment the clock next changes the matched page, as the store keeps it (Infinity for never). */
export async function storedUntil(match: Pick<StoreRules, 'changesAt'>, db: pg.Pool, now = new Date()) {
  const moment = await match.changesAt?.(now, db);
  return moment ? moment.getTime() : Infinity;
}

function withoutLocalePrefix(pathname: string, prefixes: readonly string[]): string {
  const prefix = prefixes.find((candidate) => pathname === candidate || pathname.startsWith(`${candidate}/`));
  return prefix ? pathname.slice(prefix.length) || '/' : pathname;
}

function scopeOf(page: SharedPage, match: RegExpExecArray): PageScope | null {
  if (page.dependsOn !== 'item') return { kind: page.dependsOn };
  const id = Number(match.groups?.id);
  return Number.isSafeInteger(id) && id > 0 ? { kind: 'item', id } : null;
}
