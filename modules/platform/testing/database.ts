import { inject } from 'vitest';
import { dropDatabase, ensureDatabaseExists } from '../database/provision';
import { createPrismaClient, type Database } from '../db/client';
import { uniqueDatabaseName } from './test-server';

let shared: Database | undefined;

/** The Prisma client for the run's shared test database (one per test worker). */
export function testDb(): Database {
  shared ??= createPrismaClient({ connectionString: inject('databaseUrl'), poolSize: 20 });
  return shared;
}

/** An empty database of this test's own (no migrations applied). */
export async function createEmptyDatabase(purpose: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = inject('serverUrl');
  const name = uniqueDatabaseName(purpose);
  await ensureDatabaseExists(serverUrl, name);
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
