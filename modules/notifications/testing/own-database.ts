import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';

// The e-mail queue and the pending notifications are one per database: a test file that plans or
// drains them owns a database, so it neither takes nor changes other files' rows.

export interface OwnDatabase {
  db: Database;
  url: string;
  drop(): Promise<void>;
}

export async function createOwnDatabase(purpose: string): Promise<OwnDatabase> {
  const own = await createEmptyDatabase(purpose);
  await migrateDatabase(own.url);
  const db = createPrismaClient({ connectionString: own.url, poolSize: 20 });
  return {
    db,
    url: own.url,
    async drop() {
      await db.$disconnect();
      await own.drop();
    },
  };
}
