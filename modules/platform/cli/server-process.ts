import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../paths';
import { StartupError } from '../startup-error';

export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** The production server (serve.ts: one Next.js worker per core), run through tsx like the other commands. */
export function productionServerArgs(): string[] {
  return ['--import', 'tsx', path.join(projectRoot, 'modules/platform/cli/serve.ts')];
}

/** Fails early, before any database work, when the app's port is taken. */
export function assertPortFree(port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} is already in use (is VAU or another program running?).`,
              `Stop it, or choose another port: PORT=${port + 1} npm start`,
            )
          : new StartupError(
              `Cannot listen on port ${port} (${error.code ?? error.message}).`,
              'Choose another port with PORT.',
            ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** A free TCP port chosen by the operating system, for test and benchmark servers. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls /api/health until the server answers 200; gives up if the server process exits. */
export async function waitUntilHealthy(port: number, server: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new StartupError('The Next.js server exited while starting.', 'See its output above.');
    }
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StartupError(`The server did not become healthy within ${timeoutMs / 1000} s.`, 'See its output above.');
}

/** Asks a server process to stop and waits until it has, so its database connections are closed. */
export async function stopServer(server: ChildProcess | undefined, timeoutMs = 10_000): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const forced = setTimeout(() => server.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(forced);
}

/** The production server on the existing build, on a free port, against the given database; resolves once healthy. */
export async function startProductionServer(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  port?: number,
): Promise<{ server: ChildProcess; baseUrl: string }> {
  port ??= await freePort();
  const server = spawn(process.execPath, productionServerArgs(), {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
  });
  try {
    await waitUntilHealthy(port, server);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}
