import { openDatabase } from '../database/open-database';
import { describe as describeDatabase } from '../database/provision';
import { launcherEnvSchema, parseEnv } from '../env';
import { countNonDemoPeople, refuseIfRealPeople, refuseUnlessDemoConfigured } from './demo-reset-guard';
import { resetDemoDatabase } from './demo-reset-database';
import { runCli, say } from './run-cli';

// `npm run demo:reset`: the demo back as it was on its first start. Works with VAU running (it
// attaches to the embedded server VAU started) or stopped (it starts the server and stops it again).
// `-- --force` goes ahead although people other than the demo seed's are in the database.

runCli(async () => {
  const env = parseEnv(launcherEnvSchema);
  refuseUnlessDemoConfigured(env);
  const database = await openDatabase(env, { log: say, attach: true });
  try {
    say(`Database to reset: ${describeDatabase(database.url)}${database.embedded ? ' (embedded)' : ''}.`);
    refuseIfRealPeople(await countNonDemoPeople(database.url), process.argv.includes('--force'));
    say('Emptying the demo database and loading the demo municipality again…');
    const { ideasCreated } = await resetDemoDatabase(database.url);
    say(`The demo is back in its original state (${ideasCreated} ideas). Everyone has been signed out.`);
  } finally {
    await database.close();
  }
});
