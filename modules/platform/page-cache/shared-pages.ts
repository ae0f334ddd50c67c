import { NextResponse, type NextRequest } from 'next/server';
import pg from 'pg';
import { PEER_ADDRESS_HEADER } from '../client-address';
import { createNonce } from '../content-security-policy';
import { logger } from '../logger';
import { listenForPageChanges, type PageChangeListener, type PageChangeSubscriber } from './invalidation';
import { PageCache, withNonce, type RenderedPage } from './page-cache';
import { PlainReaders } from './plain-readers';
import {
  sharedPageFor,
  storedUntil,
  type PlainReaderCheck,
  type SharedPageMatch,
  type SharedPagesSetup,
} from './policy';
import { READER_VERSION_HEADER, STORE_RENDER_HEADER } from './reader-version';

/** Marks the proxy's own request for a page to store; the value is this process's secret. */
const RENDER_HEADER = 'x-vau-shared-render';
/** The placeholder that page is to use as its nonce. */
const PLACEHOLDER_HEADER = 'x-vau-shared-placeholder';
/** Which version of the page the proxy's own request asks for (see reader-version.ts). */
const VERSION_HEADER = 'x-vau-shared-version';
/**
 * The connection address and X-Forwarded-For of the reader whose ask caused the render: the render
 * is made on their behalf, so per-client limits count it against them, not against loopback.
 */
const ASKED_BY_PEER_HEADER = 'x-vau-shared-asked-by-peer';
const ASKED_BY_FORWARDED_HEADER = 'x-vau-shared-asked-by-forwarded-for';
/** Shared by the server's worker processes (serve.ts), so any of them may answer the render request. */
const renderSecret = process.env.VAU_PAGE_RENDER_SECRET ?? `${createNonce()}${createNonce()}`;

/** Headers that belong to one response, not to the stored page. */
const perResponseHeaders = new Set([
  'content-security-policy',
  'x-request-id',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'set-cookie',
]);

/**
 * Each worker's store size: VAU_PAGE_STORE_MB, 96 MB unless set — about 2,000 idea pages of 45 KB,
 * within the 400 MB a worker may use (issue 15). Stored pages live until they change, so the size
 * decides how much of the long tail is served without a render.
 */
export function pageStoreBytes(setting: string | undefined): number {
  const megabytes = setting === undefined || setting === '' ? 96 : Number(setting);
  if (!Number.isFinite(megabytes) || megabytes < 0)
    throw new Error(`VAU_PAGE_STORE_MB must be a number of megabytes, not "${setting}"`);
  return Math.round(megabytes * 1024 * 1024);
}

interface SharedPages {
  cache: PageCache;
  listener: PageChangeListener;
  readers: pg.Pool;
  /** Each policy's plain-reader check with its answers kept, made on first use. */
  plainReaders: Map<PlainReaderCheck, PlainReaders>;
  origin: string;
}

let shared: SharedPages | null | undefined;

/**
 * The process's page store, started on first use. Off outside production builds (pages change with
 * the code there), without a database to listen to, or with VAU_PAGE_CACHE=off.
 */
function sharedPages() {
  if (shared !== undefined) return shared;
  const { DATABASE_URL: databaseUrl, PORT: port, NODE_ENV: mode, VAU_PAGE_CACHE: setting } = process.env;
  if (mode !== 'production' || setting === 'off' || !databaseUrl || !port) return (shared = null);
  const cache = new PageCache({ maxBytes: pageStoreBytes(process.env.VAU_PAGE_STORE_MB) });
  const plainReaders = new Map<PlainReaderCheck, PlainReaders>();
  // The same notices that drop stored pages drop the plain readers' kept answers.
  const subscribers = (): PageChangeSubscriber[] => [cache, ...plainReaders.values()];
  const everything: PageChangeSubscriber = {
    itemChanged: (id) => subscribers().forEach((subscriber) => subscriber.itemChanged(id)),
    clear: () => subscribers().forEach((subscriber) => subscriber.clear()),
    suspend: () => subscribers().forEach((subscriber) => subscriber.suspend()),
    resume: () => subscribers().forEach((subscriber) => subscriber.resume()),
  };
  const listener = listenForPageChanges(databaseUrl, everything, (error) =>
    logger.warn({ err: error }, 'page store: lost its database connection; serving rendered pages until it is back'),
  );
  // A few connections of its own for the policies' plain-reader checks when their answers are not kept.
  const readers = new pg.Pool({ connectionString: databaseUrl, max: 3, application_name: 'vau-page-readers' });
  readers.on('error', (error) => logger.warn({ err: error }, 'page store: a reader-check connection failed'));
  return (shared = { cache, listener, readers, plainReaders, origin: `http://127.0.0.1:${port}` });
}

/**
 * For the proxy's own render request: the placeholder to use as the nonce and the version of the
 * page asked for. Null for every other request (a forged header without this process's secret is
 * ignored).
 */
export function sharedRender(headers: Headers): SharedRender | null {
  const placeholder = headers.get(PLACEHOLDER_HEADER);
  if (headers.get(RENDER_HEADER) !== renderSecret || !placeholder) return null;
  return {
    placeholder,
    version: headers.get(VERSION_HEADER) === 'member' ? 'member' : 'everyone',
    askedBy: { peer: headers.get(ASKED_BY_PEER_HEADER), forwardedFor: headers.get(ASKED_BY_FORWARDED_HEADER) },
  };
}

interface SharedRender {
  placeholder: string;
  version: SharedVersion;
  askedBy: { peer: string | null; forwardedFor: string | null };
}

const renderMarkers = [
  RENDER_HEADER,
  PLACEHOLDER_HEADER,
  VERSION_HEADER,
  ASKED_BY_PEER_HEADER,
  ASKED_BY_FORWARDED_HEADER,
  READER_VERSION_HEADER,
  STORE_RENDER_HEADER,
];

/**
 * The request forwarded to the app: without the render markers. Only on the proxy's own render
 * request is it marked as a store render (and the member version when asked), with the address of
 * the reader whose ask caused it in place of loopback's.
 */
export function forwardedRenderHeaders(headers: Headers, render: SharedRender | null): Headers {
  for (const name of renderMarkers) headers.delete(name);
  if (!render) return headers;
  headers.set(STORE_RENDER_HEADER, '1');
  if (render.version === 'member') headers.set(READER_VERSION_HEADER, 'member');
  headers.delete(PEER_ADDRESS_HEADER);
  headers.delete('x-forwarded-for');
  if (render.askedBy.peer) headers.set(PEER_ADDRESS_HEADER, render.askedBy.peer);
  if (render.askedBy.forwardedFor) headers.set('x-forwarded-for', render.askedBy.forwardedFor);
  return headers;
}

type SharedVersion = 'everyone' | 'member';

async function renderForStore(
  setup: SharedPagesSetup,
  origin: string,
  path: string,
  version: SharedVersion,
  placeholder: string,
  request: NextRequest,
): Promise<RenderedPage | null> {
  try {
    const response = await fetch(`${origin}${path}`, {
      headers: {
        [RENDER_HEADER]: renderSecret,
        [PLACEHOLDER_HEADER]: placeholder,
        [VERSION_HEADER]: version,
        [ASKED_BY_PEER_HEADER]: request.headers.get(PEER_ADDRESS_HEADER) ?? '',
        [ASKED_BY_FORWARDED_HEADER]: request.headers.get('x-forwarded-for') ?? '',
        // Compressing a page only to decompress it here would cost both sides for nothing.
        'accept-encoding': 'identity',
        'x-forwarded-proto': request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', ''),
      },
      redirect: 'manual',
      cache: 'no-store',
    });
    const html = await response.text();
    // Only a complete page that carries the placeholder nonce and sets no cookie of its own (the
    // proxy's language cookie is added to each response separately) is safe to hand to others.
    const ownCookies = response.headers
      .getSetCookie()
      .filter((cookie) => !setup.sharedCookieNames.some((name) => cookie.startsWith(`${name}=`)));
    if (
      response.status !== 200 ||
      ownCookies.length > 0 ||
      !response.headers.get('content-type')?.startsWith('text/html') ||
      !html.includes(placeholder)
    )
      return null;
    const headers = [...response.headers].filter(
      ([name]) => !perResponseHeaders.has(name) && !name.startsWith('x-middleware-'),
    );
    return { html, headers };
  } catch (error) {
    logger.warn({ err: error, path }, 'page store: could not render a page for storing');
    return null;
  }
}

async function isPlainReaderRequest(
  setup: SharedPagesSetup,
  pages: SharedPages,
  request: NextRequest,
  check: PlainReaderCheck,
  itemId: number,
): Promise<boolean> {
  const token = setup.sessionCookieNames.map((name) => request.cookies.get(name)?.value).find(Boolean);
  if (!token) return false;
  let plainReaders = pages.plainReaders.get(check);
  if (!plainReaders) pages.plainReaders.set(check, (plainReaders = new PlainReaders(check)));
  try {
    return await plainReaders.isPlainReader(pages.readers, token, itemId);
  } catch (error) {
    logger.warn({ err: error }, 'page store: could not check the reader; rendering their page');
    return false;
  }
}

async function renderAndStore(
  setup: SharedPagesSetup,
  pages: SharedPages,
  key: string,
  path: string,
  match: SharedPageMatch,
  request: NextRequest,
) {
  let expiresAt: number;
  try {
    // Taken before the render starts, so a render that crosses the moment is not kept past it.
    expiresAt = await storedUntil(match, pages.readers);
  } catch (error) {
    logger.warn({ err: error, path }, 'page store: could not tell when the page changes; rendering it for its reader');
    return null;
  }
  return pages.cache.getOrRender(key, { scope: match.scope, expiresAt }, createNonce(), (placeholder) =>
    renderForStore(setup, pages.origin, path, match.version, placeholder, request),
  );
}

/**
 * A shared page from the store (rendered once and kept until something on it changes), with this
 * response's nonce; null when the request is not for a page `setup`'s policies declare shared.
 */
export async function sharedPageResponse(
  request: NextRequest,
  nonce: string,
  setup: SharedPagesSetup,
): Promise<NextResponse | null> {
  const pages = sharedPages();
  if (!pages?.listener.listening) return null;
  const { pathname, searchParams } = request.nextUrl;
  const match = sharedPageFor(setup, {
    method: request.method,
    pathname,
    searchParams,
    headers: request.headers,
    cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
  });
  if (!match) return null;
  if (
    match.version === 'member' &&
    !(await isPlainReaderRequest(setup, pages, request, match.plainReader, match.scope.id))
  )
    return null;
  const path = `${pathname}${request.nextUrl.search}`;
  const key = match.version === 'member' ? `member:${path}` : path;
  const stored = pages.cache.get(key);
  if (!stored && !match.storeFromFirstAsk && !pages.cache.askedAgain(key)) return null;
  const page = stored ?? (await renderAndStore(setup, pages, key, path, match, request));
  if (!page) return null;
  const { body, headers } = withNonce(page, nonce);
  const response = new NextResponse(body, { status: 200, headers });
  response.headers.set('x-vau-page', stored ? 'stored' : 'rendered');
  return response;
}
