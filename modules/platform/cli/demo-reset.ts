import { openDatabase } from '../database/open-database';
import { launcherEnvSchema, parseEnv } from '../env';
import { StartupError } from '../startup-error';
import { resetDemoDatabase } from './demo-reset-database';
import { runCli, say } from './run-cli';

// `npm run demo:reset`: the demo back as it was on its first start. Works with VAU running (it
// attaches to the embedded server VAU started) or stopped (it starts the server and stops it again).

runCli(async () => {
  const env = parseEnv(launcherEnvSchema);
  // The same rule as the demo data itself: the embedded database, or a database explicitly marked
  // as a demo. A DATABASE_URL without SEED_DEMO_DATA=true may be production, and this empties it.
  if (env.DATABASE_URL && env.SEED_DEMO_DATA !== true) {
    throw new StartupError(
      'demo:reset empties the whole database, and DATABASE_URL points at one that is not marked as a demo.',
      'For a demo database set SEED_DEMO_DATA=true as well; never do this with a production database.',
    );
  }
  const database = await openDatabase(env, { log: say, attach: true });
  try {
    say('Emptying the demo database and loading the demo municipality again…');
    const { ideasCreated } = await resetDemoDatabase(database.url);
    say(`The demo is back in its original state (${ideasCreated} ideas). Everyone has been signed out.`);
  } finally {
    await database.close();
  }
});
