import { seedDemoData, type SeedSummary } from '../../../prisma/seed/demo';
import { connectOrExplain, migrateDatabase } from '../database/provision';
import { createPrismaClient } from '../db/client';
import { PAGE_CHANGE_CHANNEL } from '../page-cache/invalidation';

// `npm run demo:reset`: the demo database rebuilt from nothing, exactly as a first start loads it.
// Deleting the trial rows one by one is not possible: the audit log is append-only (a trigger
// refuses DELETE and TRUNCATE) and people who did anything are referenced from it. So the whole
// public schema goes, the migrations build it again and the demo seed fills it (decision 0019).

/** Empties the database behind `url`, applies every migration and loads the demo municipality. */
export async function resetDemoDatabase(url: string, now = new Date()): Promise<SeedSummary> {
  const client = await connectOrExplain(url);
  try {
    await client.query('BEGIN');
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    // As a new database has it (PostgreSQL 15 and later): owned by the database owner, usable by all.
    await client.query('CREATE SCHEMA public AUTHORIZATION pg_database_owner');
    await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }

  await migrateDatabase(url);
  const db = createPrismaClient({ connectionString: url });
  try {
    const summary = await seedDemoData(db, now);
    // A running VAU drops every stored page: no trigger fires when a schema is dropped, and stored
    // pages live until a notice says they changed (decision 0039).
    await db.$executeRaw`SELECT pg_notify(${PAGE_CHANGE_CHANNEL}, 'all')`;
    return summary;
  } finally {
    await db.$disconnect();
  }
}
