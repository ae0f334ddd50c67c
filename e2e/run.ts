import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { seedDemoData } from '../prisma/seed/demo';
import { buildApp } from '../modules/platform/cli/build';
import { randomBytes } from 'node:crypto';
import { freePort, nextBin, startProductionServer, stopServer } from '../modules/platform/cli/server-process';
import { createPrismaClient } from '../modules/platform/db/client';
import { projectRoot } from '../modules/platform/paths';
import { createMigratedDatabase, startTestServer } from '../modules/platform/testing/test-server';
import { ensureBrowser } from './browser';
import { startTestOidcProvider, testClient } from './oidc-provider';

// End-to-end run: a throw-away database with the demo data, the production build served by
// `next start`, and Playwright driving a real Chromium against it. Extra arguments go to Playwright.

const require = createRequire(import.meta.url);
const playwrightBin = require.resolve('@playwright/test/cli');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** From the next connection on, the database logs each statement with its parameters. */
async function logEveryStatement(serverUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(databaseName)} SET log_statement = 'all'`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const browser = ensureBrowser();
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
    await buildApp(nextBin);
  }

  // Every statement the app's database runs, with its parameters, for tests that must show a
  // request ran none (request-boundary.spec.ts). Only the embedded server's log can be read here.
  const statementLogPath = process.env.TEST_DATABASE_SERVER_URL
    ? undefined
    : path.join(os.tmpdir(), `vau-e2e-statements-${process.pid}.log`);
  const statementLog = statementLogPath ? createWriteStream(statementLogPath) : undefined;
  const server = await startTestServer({ onLog: statementLog && ((line) => statementLog.write(`${line}\n`)) });
  const database = await createMigratedDatabase(server, 'e2e');
  let next: ChildProcess | undefined;
  let identityProvider: { stop: () => Promise<void> } | undefined;
  try {
    const db = createPrismaClient({ connectionString: database.url });
    await seedDemoData(db);
    await db.$disconnect();
    if (statementLog) await logEveryStatement(server.urlFor('postgres'), database.name);

    const port = await freePort();
    // "localhost", not 127.0.0.1: Next.js rewrites loopback addresses to "localhost" inside
    // requests, and Auth.js's redirect URIs must match on both halves of the sign-in.
    const appUrl = `http://localhost:${port}`;
    const oidc = await startTestOidcProvider(appUrl);
    identityProvider = oidc;
    // Given to the tests too: they sign unsubscribe links as the server does.
    const authSecret = randomBytes(32).toString('base64');
    const app = await startProductionServer(
      database.url,
      {
        // The test build is a production build (no AUTH_DEMO_LOGIN at build time); switching the
        // demo on at run time must change nothing, which access.spec.ts checks.
        AUTH_DEMO_LOGIN: 'true',
        AUTH_SECRET: authSecret,
        AUTH_URL: appUrl,
        AUTH_OIDC_ISSUER: oidc.issuer,
        AUTH_OIDC_ID: testClient.id,
        AUTH_OIDC_SECRET: testClient.secret,
        AUTH_OIDC_NAME: 'Testi-IdP',
        // A missing or misnamed text fails the page instead of showing its key.
        I18N_STRICT: 'true',
        // webhooks.spec.ts's receiver listens on loopback over plain http.
        WEBHOOK_ALLOW_PRIVATE: 'true',
      },
      port,
    );
    next = app.server;

    return await run(process.execPath, [playwrightBin, 'test', ...process.argv.slice(2)], {
      ...process.env,
      E2E_BASE_URL: appUrl,
      E2E_BROWSER_PATH: browser,
      E2E_DATABASE_URL: database.url,
      E2E_AUTH_SECRET: authSecret,
      ...(statementLogPath ? { E2E_DATABASE_LOG: statementLogPath } : {}),
    });
  } finally {
    await stopServer(next);
    await identityProvider?.stop();
    await database.drop().catch(() => {});
    await server.stop();
    statementLog?.end();
    if (statementLogPath) await rm(statementLogPath, { force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
