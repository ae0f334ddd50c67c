import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export interface DatabaseOptions {
  connectionString: string;
  poolSize?: number;
  connectTimeoutMs?: number;
}

/**
 * A Prisma client over node-postgres. The app uses the shared one in `../db.ts`; scripts and tests
 * create their own. The pool waits a bounded time for a connection (pg's default is forever) and
 * interactive transactions may queue long enough to survive vote bursts (see stack-notes).
 */
export function createPrismaClient({ connectionString, poolSize = 10, connectTimeoutMs = 5_000 }: DatabaseOptions) {
  const adapter = new PrismaPg({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 20_000, timeout: 30_000 } });
}

export type Database = ReturnType<typeof createPrismaClient>;
export * from './generated/client';
