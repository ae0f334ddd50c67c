import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The channel the database triggers notify (migrations page_change_notifications and
 * page_change_everything): an item's id, or `all` for a change that can alter every page.
 */
export const PAGE_CHANGE_CHANNEL = 'vau_page_change';

export interface PageChangeListener {
  /** True only while notices are known to arrive: without them, changes could be missed. */
  readonly listening: boolean;
  stop(): Promise<void>;
}

/** What keeps anything the notices may outdate: the page store, the plain readers' people. */
export interface PageChangeSubscriber {
  itemChanged(id: number): void;
  /** A change that can alter every page. */
  clear(): void;
  /** Notices may be missing from now on: nothing is to be served or kept. */
  suspend(): void;
  /** Notices arrive again; what was kept before may have missed some. */
  resume(): void;
}

/**
 * The one rule for what notices may outdate: while they may be missing, forget everything and keep
 * nothing new (`suspended` tells loads under way); once they arrive again, start empty.
 */
export abstract class ForgetsOnMissedNotices implements PageChangeSubscriber {
  protected suspended = false;

  abstract itemChanged(id: number): void;

  abstract clear(): void;

  suspend() {
    this.suspended = true;
    this.clear();
  }

  resume() {
    this.clear();
    this.suspended = false;
  }
}

export interface PageChangeListenerOptions {
  /** Wait before connecting again after the connection was lost. */
  retryMs?: number;
  /** How often the listener checks that its own notice still comes back. */
  heartbeatIntervalMs?: number;
  /** How long connecting, LISTEN or a heartbeat may take before the connection counts as lost. */
  heartbeatTimeoutMs?: number;
}

const defaults: Required<PageChangeListenerOptions> = {
  retryMs: 1000,
  heartbeatIntervalMs: 5000,
  heartbeatTimeoutMs: 3000,
};

/**
 * Keeps one connection that LISTENs for page changes and drops the affected stored pages. The
 * triggers notify inside the changing transaction, so PostgreSQL delivers only after commit, to
 * every app instance.
 *
 * A connection a firewall or a failover forgets never errors, so the listener does not wait to be
 * told: TCP keepalive finds a dead peer eventually, and every few seconds the listener notifies a
 * channel only it listens to and expects that notice back in time. Until the first notice has
 * come back, and from the moment one does not, the store is suspended (nothing served, nothing
 * stored, everything dropped) and the connection is replaced.
 */
export function listenForPageChanges(
  connectionString: string,
  cache: PageChangeSubscriber,
  onError: (error: Error) => void,
  options: PageChangeListenerOptions = {},
): PageChangeListener {
  const { retryMs, heartbeatIntervalMs, heartbeatTimeoutMs } = { ...defaults, ...options };
  const heartbeatChannel = `vau_page_heartbeat_${randomBytes(8).toString('hex')}`;
  let client: pg.Client | null = null;
  let listening = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let beats = 0;
  let lastHeartbeatHeard = '';

  cache.suspend();

  const lose = (connection: pg.Client, error: Error) => {
    // A replaced connection's late errors change nothing.
    if (client !== connection) return;
    client = null;
    listening = false;
    cache.suspend();
    clearTimeout(timer);
    onError(error);
    // end() would wait for a goodbye that a silent server never sends.
    connection.connection.stream.destroy();
    if (!stopped) timer = setTimeout(connect, retryMs);
  };

  const heartbeat = async (connection: pg.Client) => {
    const beat = `${++beats}`;
    try {
      // The notice is delivered to this very session before the query's answer.
      await connection.query('SELECT pg_notify($1, $2)', [heartbeatChannel, beat]);
    } catch (error) {
      return lose(connection, error as Error);
    }
    if (lastHeartbeatHeard !== beat)
      return lose(connection, new Error('page store: a heartbeat notice did not come back'));
    if (client === connection) timer = setTimeout(() => void heartbeat(connection), heartbeatIntervalMs);
  };

  async function connect() {
    const connection = new pg.Client({
      connectionString,
      application_name: 'vau-page-cache',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: heartbeatTimeoutMs,
      query_timeout: heartbeatTimeoutMs,
    });
    client = connection;
    connection.on('error', (error) => lose(connection, error));
    connection.on('end', () => lose(connection, new Error('page store: the database closed the connection')));
    connection.on('notification', (message) => {
      if (client !== connection) return;
      if (message.channel === heartbeatChannel) {
        lastHeartbeatHeard = message.payload ?? '';
        return;
      }
      const itemId = Number(message.payload);
      if (Number.isInteger(itemId) && itemId > 0) cache.itemChanged(itemId);
      else cache.clear();
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${PAGE_CHANGE_CHANNEL}`);
      await connection.query(`LISTEN ${heartbeatChannel}`);
    } catch (error) {
      return lose(connection, error as Error);
    }
    if (client !== connection || stopped) return;
    // Whatever changed while nobody listened is unknown: start empty.
    cache.resume();
    listening = true;
    timer = setTimeout(() => void heartbeat(connection), heartbeatIntervalMs);
  }

  void connect();
  return {
    get listening() {
      return listening;
    },
    async stop() {
      stopped = true;
      listening = false;
      clearTimeout(timer);
      const connection = client;
      client = null;
      cache.suspend();
      await connection?.end().catch(() => {});
    },
  };
}
