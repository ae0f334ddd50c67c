import { describe, expect, it } from 'vitest';
import { createPrismaClient } from './db/client';
import { checkHealth } from './health';
import { freePort } from './cli/server-process';
import { testDb } from './testing/database';

describe('checkHealth', () => {
  it('reports ok when the database answers', async () => {
    const report = await checkHealth(testDb());
    expect(report).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('reports the database down, promptly, when nothing listens', async () => {
    const unreachable = createPrismaClient({
      connectionString: `postgresql://x:y@127.0.0.1:${await freePort()}/none`,
      connectTimeoutMs: 500,
    });
    const started = Date.now();
    const report = await checkHealth(unreachable, 1_000);
    expect(report).toMatchObject({ status: 'unavailable', database: { status: 'down' } });
    expect(Date.now() - started).toBeLessThan(5_000);
    await unreachable.$disconnect();
  });
});
