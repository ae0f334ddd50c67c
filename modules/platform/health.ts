import packageJson from '@/package.json';
import type { Database } from './db/client';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  version: string;
  uptimeSeconds: number;
  database: { status: 'up' | 'down'; latencyMs: number };
}

/** Asks the database a trivial question, bounded in time so a hung server cannot hang the check. */
export async function checkHealth(db: Database, timeoutMs = 2_000): Promise<HealthReport> {
  const started = performance.now();
  let up = false;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('database health check timed out')), timeoutMs);
      }),
    ]);
    up = true;
  } catch {
    up = false;
  } finally {
    clearTimeout(timer);
  }
  return {
    status: up ? 'ok' : 'unavailable',
    version: packageJson.version,
    uptimeSeconds: Math.round(process.uptime()),
    database: { status: up ? 'up' : 'down', latencyMs: Math.round(performance.now() - started) },
  };
}
