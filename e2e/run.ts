import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { seedDemoData } from '../prisma/seed/demo';
import { freePort, stopServer, waitUntilHealthy } from '../modules/platform/cli/server-process';
import { createPrismaClient } from '../modules/platform/db/client';
import { projectRoot } from '../modules/platform/paths';
import { createMigratedDatabase, startTestServer } from '../modules/platform/testing/test-server';
import { ensureBrowser } from './browser';

// End-to-end run: a throw-away database with the demo data, the production build served by
// `next start`, and Playwright driving a real Chromium against it. Extra arguments go to Playwright.

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const playwrightBin = require.resolve('@playwright/test/cli');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const browser = ensureBrowser();
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
    const built = await run(process.execPath, [nextBin, 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
    if (built !== 0) return built;
  }

  const server = await startTestServer();
  const database = await createMigratedDatabase(server, 'e2e');
  let next: ChildProcess | undefined;
  try {
    const db = createPrismaClient({ connectionString: database.url });
    await seedDemoData(db);
    await db.$disconnect();

    const port = await freePort();
    next = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn' },
    });
    await waitUntilHealthy(port, next);

    return await run(process.execPath, [playwrightBin, 'test', ...process.argv.slice(2)], {
      ...process.env,
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_BROWSER_PATH: browser,
      E2E_DATABASE_URL: database.url,
    });
  } finally {
    await stopServer(next);
    await database.drop().catch(() => {});
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
