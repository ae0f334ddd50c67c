import { connectOrExplain } from '../database/provision';
import type { LauncherEnv } from '../env';
import { StartupError } from '../startup-error';

// demo:reset empties a whole database, so it asks twice: is this a demo by configuration, and does
// the database itself hold only demo people? Either "no" stops it before anything is touched.

/** Whether VAU loads the demo municipality into this database: the rule `npm start` follows. */
export function demoSeedingOn(env: Pick<LauncherEnv, 'DATABASE_URL' | 'SEED_DEMO_DATA'>): boolean {
  return env.SEED_DEMO_DATA ?? !env.DATABASE_URL;
}

/** Refuses a database that is not a demo by configuration (embedded or not). */
export function refuseUnlessDemoConfigured(env: Pick<LauncherEnv, 'DATABASE_URL' | 'SEED_DEMO_DATA'>): void {
  if (demoSeedingOn(env)) return;
  throw new StartupError(
    env.DATABASE_URL
      ? 'demo:reset empties the whole database, and DATABASE_URL points at one that is not marked as a demo.'
      : 'demo:reset empties the whole database, and SEED_DEMO_DATA=false says the embedded one holds real data.',
    'For a demo database set SEED_DEMO_DATA=true; never do this with a production database.',
  );
}

/** Refuses a database where anyone was added other than by the demo seed, unless told to go ahead. */
export function refuseIfRealPeople(nonDemoPeople: number, force: boolean): void {
  if (nonDemoPeople === 0 || force) return;
  throw new StartupError(
    `demo:reset empties the whole database, and it holds ${nonDemoPeople} people not made by the demo seed (signed in, imported or added by hand).`,
    'If that is only trial use of the demo, run it again with --force: npm run demo:reset -- --force',
  );
}

/** People the demo seed did not make; none in a database without VAU's tables. */
export async function countNonDemoPeople(url: string): Promise<number> {
  const client = await connectOrExplain(url);
  try {
    const tables = await client.query<{ users: string | null }>(`SELECT to_regclass('public.users') AS users`);
    if (!tables.rows[0]?.users) return 0;
    const result = await client.query<{ count: string }>('SELECT count(*) FROM users WHERE NOT demo');
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}
