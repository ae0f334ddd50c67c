import 'server-only';
import { createPrismaClient, type Database } from './db/client';
import { getServerEnv } from './server-env';

// One client per server process, created on first use: `next build` imports pages without a
// database, and development hot reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { vauDb?: Database };

function client(): Database {
  if (!globalForDb.vauDb) {
    const env = getServerEnv();
    globalForDb.vauDb = createPrismaClient({
      connectionString: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    });
  }
  return globalForDb.vauDb;
}

export const db = new Proxy({} as Database, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
});
