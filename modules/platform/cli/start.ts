import { spawn, type ChildProcess } from 'node:child_process';
import { seedDemoData } from '../../../prisma/seed/demo';
import { openDatabase, type OpenDatabase } from '../database/open-database';
import { isDatabaseUnused, migrateDatabase } from '../database/provision';
import { createPrismaClient } from '../db/client';
import { launcherDemoSignIn } from '../demo-sign-in';
import { launcherEnvSchema, parseEnv } from '../env';
import { projectRoot } from '../paths';
import { buildIfStale } from './build';
import { assertPortFree, nextBin, productionServerArgs, stopServer, waitUntilHealthy } from './server-process';
import { runCli, say } from './run-cli';

// `npm start` (production server) and `npm run dev` (development server): database first
// (embedded unless DATABASE_URL is set), migrations, demo data on a new embedded database, a build
// when the sources changed, then Next.js. Ctrl+C or SIGTERM stops Next first, then the database.

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';

let server: ChildProcess | undefined;
let database: OpenDatabase | undefined;
let stopping = false;

async function shutdown(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stopServer(server);
    if (database?.embedded) say('Stopping the embedded database…');
    await database?.close();
  }
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void shutdown(0));
}

async function main(): Promise<void> {
  const env = parseEnv(launcherEnvSchema);
  await assertPortFree(env.PORT, env.HOSTNAME);
  const demoSignIn = launcherDemoSignIn(process.env, mode, env.AUTH_DEMO_LOGIN);

  database = await openDatabase(env, { log: say, attach: false });
  say(
    database.embedded ? `Embedded PostgreSQL is running (data in ${database.dataDir}).` : 'Connected to DATABASE_URL.',
  );
  const applied = await migrateDatabase(database.url);
  if (applied.length) say(`Applied migrations: ${applied.join(', ')}`);

  // Read by next.config when this start builds, and by the server.
  process.env.AUTH_DEMO_LOGIN = String(demoSignIn);

  const seed = env.SEED_DEMO_DATA ?? database.embedded;
  if (seed && (await isDatabaseUnused(database.url))) {
    say('Loading the demo municipality (first start)…');
    const db = createPrismaClient({ connectionString: database.url });
    try {
      await seedDemoData(db);
    } finally {
      await db.$disconnect();
    }
  }

  if (mode === 'start') await buildIfStale(nextBin);

  const devArgs = [nextBin, 'dev', '--port', String(env.PORT), ...(env.HOSTNAME ? ['--hostname', env.HOSTNAME] : [])];
  server = spawn(process.execPath, mode === 'start' ? productionServerArgs() : devArgs, {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...(mode === 'start' ? { NODE_ENV: 'production', PORT: String(env.PORT) } : {}),
      DATABASE_URL: database.url,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  server.once('exit', (code, signal) => {
    if (stopping) return;
    say(`The Next.js server stopped (${signal ?? `exit code ${code}`}).`);
    void shutdown(code ?? 1);
  });

  await waitUntilHealthy(env.PORT, server);
  say(`VAU is ready at http://localhost:${env.PORT}/ — press Ctrl+C to stop.`);
}

runCli(async () => {
  try {
    await main();
  } catch (error) {
    // Whatever failed, never leave the embedded database running behind us.
    stopping = true;
    await stopServer(server);
    await database?.close();
    throw error;
  }
});
