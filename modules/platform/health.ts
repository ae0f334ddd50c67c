import type { Database } from './db/client';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  version: string;
  uptimeSeconds: number;
  database: { status: 'up' | 'down'; latencyMs: number };
}

const version = process.env.npm_package_version ?? '0.1.0';

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
    version,
    uptimeSeconds: Math.round(process.uptime()),
    database: { status: up ? 'up' : 'down', latencyMs: Math.round(performance.now() - started) },
  };
}
