import pg from 'pg';
import { logger } from './logger';
import { isLiteralPath } from './response-headers';

/**
 * A page a domain lets other sites frame (an intranet widget). The platform knows no domain: a
 * page no policy names may be framed by nobody (`frame-ancestors 'none'`, X-Frame-Options DENY).
 */
export interface FramedPage {
  /** The path without its language prefix, whole and literal: '/widget'. */
  path: string;
  /**
   * The origins that may frame the page now. Asked on every request for the page, so a change
   * applies on every instance at once; a failure, or nothing listed, frames it for nobody.
   */
  ancestors: (db: pg.Pool) => Promise<readonly string[]>;
}

export interface FramingSetup {
  pages: readonly FramedPage[];
  /** Language prefixes a page may be asked for under ('/sv'); the default language has none. */
  localePrefixes: readonly string[];
}

/** Only a bare scheme://[*.]host[:port] may stand in the header: nothing a value could smuggle a directive in. */
function isBareOrigin(origin: string): boolean {
  const scheme = /^https?:\/\//.exec(origin)?.[0];
  if (!scheme) return false;
  const host = origin.slice(scheme.length).replace(/^\*\./, '');
  const name = host.startsWith('[::1]') ? '[::1]' : (host.split(':')[0] ?? '');
  const port = host.slice(name.length);
  return (name === '[::1]' || /^[a-z0-9.-]+$/.test(name)) && (port === '' || /^:\d{1,5}$/.test(port));
}

export function framedPageAt(setup: FramingSetup, pathname: string): FramedPage | null {
  const prefix = setup.localePrefixes.find((candidate) => pathname.startsWith(`${candidate}/`));
  const path = prefix ? pathname.slice(prefix.length) : pathname;
  return setup.pages.find((page) => isLiteralPath(page.path) && page.path === path) ?? null;
}

let pool: pg.Pool | null = null;

function framingPool(): pg.Pool | null {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return null;
  if (!pool) {
    pool = new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 2_000, application_name: 'vau-framing' });
    pool.on('error', (error) => logger.warn({ err: error }, 'framing: a database connection failed'));
  }
  return pool;
}

/** Who may frame the page at this path: the origins its policy lists now, or nobody. */
export async function frameAncestorsFor(
  setup: FramingSetup,
  pathname: string,
  db: pg.Pool | null = framingPool(),
): Promise<readonly string[]> {
  const page = framedPageAt(setup, pathname);
  if (!page || !db) return [];
  try {
    return (await page.ancestors(db)).filter(isBareOrigin);
  } catch (error) {
    logger.warn({ err: error, pathname }, 'framing: could not read who may frame a page; nobody may');
    return [];
  }
}
