import { openDatabase } from '../database/open-database';
import { migrateDatabase } from '../database/provision';
import { launcherEnvSchema, parseEnv } from '../env';
import { runCli, say } from './run-cli';

runCli(async () => {
  const env = parseEnv(launcherEnvSchema);
  const database = await openDatabase(env, { log: say, attach: true });
  try {
    const applied = await migrateDatabase(database.url);
    say(
      applied.length
        ? `Applied migrations: ${applied.join(', ')}`
        : 'The database is up to date; no migration to apply.',
    );
  } finally {
    await database.close();
  }
});
