import pg from 'pg';
import type { PageCache } from './page-cache';

/** The channel the database triggers notify (migration page_change_notifications). */
export const PAGE_CHANGE_CHANNEL = 'vau_page_change';

export interface PageChangeListener {
  /** True only while the LISTEN connection is up: without it, changes could be missed. */
  readonly listening: boolean;
  stop(): Promise<void>;
}

/**
 * Keeps one connection that LISTENs for page changes and drops the affected stored pages. The
 * triggers notify inside the changing transaction, so PostgreSQL delivers only after commit, to
 * every app instance. When the connection fails, everything stored is dropped and nothing is
 * served from the store until it is back.
 */
export function listenForPageChanges(connectionString: string, cache: PageCache, onError: (error: Error) => void, retryMs = 1000): PageChangeListener {
  let client: pg.Client | null = null;
  let listening = false;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const lost = (error: Error) => {
    listening = false;
    cache.clear();
    onError(error);
    void client?.end().catch(() => {});
    client = null;
    if (!stopped) retry = setTimeout(connect, retryMs);
  };

  async function connect() {
    const connection = new pg.Client({ connectionString, application_name: 'vau-page-cache' });
    client = connection;
    connection.on('error', lost);
    connection.on('notification', (message) => {
      const ideaId = Number(message.payload);
      if (Number.isInteger(ideaId) && ideaId > 0) cache.ideaChanged(ideaId);
      else cache.clear();
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${PAGE_CHANGE_CHANNEL}`);
      // Whatever changed while nobody listened is unknown: start empty.
      cache.clear();
      listening = !stopped;
    } catch (error) {
      if (client === connection) lost(error as Error);
    }
  }

  void connect();
  return {
    get listening() {
      return listening;
    },
    async stop() {
      stopped = true;
      listening = false;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
