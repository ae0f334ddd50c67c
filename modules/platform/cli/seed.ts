import { seedDemoData } from '../../../prisma/seed/demo';
import { openDatabase } from '../database/open-database';
import { migrateDatabase } from '../database/provision';
import { createPrismaClient } from '../db/client';
import { launcherEnvSchema, parseEnv } from '../env';
import { runCli, say } from './run-cli';

runCli(async () => {
  const env = parseEnv(launcherEnvSchema);
  const database = await openDatabase(env, { log: say, attach: true });
  try {
    await migrateDatabase(database.url);
    const db = createPrismaClient({ connectionString: database.url });
    try {
      const { ideasCreated, cardsCreated, rewardCasesCreated } = await seedDemoData(db);
      say(
        ideasCreated || cardsCreated || rewardCasesCreated
          ? `Demo data loaded (${ideasCreated} ideas, ${cardsCreated} accelerator cards, ${rewardCasesCreated} reward cases).`
          : 'Demo data was already loaded; nothing added.',
      );
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
});
