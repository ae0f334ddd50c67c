import path from 'node:path';
import type { LauncherEnv } from '../env';
import { projectRoot } from '../paths';
import { findRunningServer, startEmbeddedServer, type EmbeddedServer } from './embedded-server';
import { connectOrExplain, ensureDatabaseExists } from './provision';

export interface OpenDatabase {
  url: string;
  /** True when this process started or attached to the embedded server. */
  embedded: boolean;
  /** Where the embedded server keeps its data (as root possibly not EMBEDDED_DATABASE_DIR itself). */
  dataDir?: string;
  /** True when the database did not exist before this call. */
  created: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  log: (line: string) => void;
  /** Reuse an embedded server that a running VAU owns, instead of refusing to start. */
  attach: boolean;
  /** Overrides EMBEDDED_DATABASE_NAME, e.g. for the benchmark's separate database. */
  databaseName?: string;
}

/** DATABASE_URL when set; otherwise the embedded server, started (or attached to) on demand. */
export async function openDatabase(env: LauncherEnv, options: OpenDatabaseOptions): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    await (await connectOrExplain(env.DATABASE_URL, env.DATABASE_CONNECT_TIMEOUT_MS)).end();
    return { url: env.DATABASE_URL, embedded: false, created: false, close: async () => {} };
  }
  const dir = path.resolve(projectRoot, env.EMBEDDED_DATABASE_DIR);
  const running = options.attach ? await findRunningServer(dir) : null;
  const server: EmbeddedServer =
    running ??
    (await startEmbeddedServer({
      dir,
      port: env.EMBEDDED_DATABASE_PORT,
      onLog: (line) => {
        // Connections still open when we stop the server on purpose end with this notice.
        if (/ERROR|FATAL|PANIC/.test(line) && !line.includes('terminating connection due to administrator command')) {
          options.log(`postgres: ${line}`);
        }
      },
    }));
  const name = options.databaseName ?? env.EMBEDDED_DATABASE_NAME;
  try {
    const created = await ensureDatabaseExists(server.urlFor('postgres'), name);
    return { url: server.urlFor(name), embedded: true, dataDir: server.dir, created, close: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
