import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../cli/server-process';
import { startEmbeddedServer } from '../database/embedded-server';
import { dropDatabase, ensureDatabaseExists, migrateDatabase } from '../database/provision';

// A PostgreSQL server for one test run: TEST_DATABASE_SERVER_URL when given (any server where the
// tests may create and drop databases), otherwise a throw-away embedded server in a temp folder.

export interface TestServer {
  /** A connection string on this server for the named database. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** The embedded server's log lines (an external server's log is its own). */
  onLog?: (line: string) => void;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_SERVER_URL;
  if (external) {
    return {
      urlFor: (database) => Object.assign(new URL(external), { pathname: `/${database}` }).toString(),
      stop: async () => {},
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vau-test-pg-'));
  const server = await startEmbeddedServer({
    dir,
    port: await freePort(),
    onLog: options.onLog,
    // Durability is pointless for a throw-away cluster; these make test writes much faster.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  return {
    urlFor: server.urlFor,
    async stop() {
      await server.stop();
      // As root the cluster may live elsewhere, linked from `dir` (embedded-server.ts, placeCluster).
      await rm(server.dir, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function uniqueDatabaseName(purpose: string): string {
  return `vau_${purpose}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A fresh database with every migration applied; drop it when done. */
export async function createMigratedDatabase(server: TestServer, purpose: string) {
  const name = uniqueDatabaseName(purpose);
  await ensureDatabaseExists(server.urlFor('postgres'), name);
  const url = server.urlFor(name);
  await migrateDatabase(url);
  return { name, url, drop: () => dropDatabase(server.urlFor('postgres'), name) };
}
