import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../cli/server-process';
import { StartupError } from '../startup-error';
import { findRunningServer, startEmbeddedServer } from './embedded-server';

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 AS one')).rows[0].one === 1;
  } finally {
    await client.end();
  }
}

/** A process id that is certainly not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('embedded PostgreSQL', () => {
  let root: string;
  let dir: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'vau-embedded-'));
    // When the tests run as root, PostgreSQL runs as "postgres" and must be able to pass through.
    await chmod(root, 0o711);
    dir = path.join(root, 'cluster');
    const server = await startEmbeddedServer({ dir, port: await freePort() });
    await server.stop();
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('restarts on its existing data and stops cleanly', async () => {
    const server = await startEmbeddedServer({ dir, port: await freePort() });
    expect(await canQuery(server.urlFor('postgres'))).toBe(true);
    await server.stop();
    await expect(readFile(path.join(dir, 'pgdata', 'postmaster.pid'))).rejects.toThrow(/ENOENT/);
  });

  it('recovers the stale lock a killed run leaves behind, and says so', async () => {
    await writeFile(path.join(dir, 'pgdata', 'postmaster.pid'), `${await deadPid()}\n${dir}\n0\n5433\n`);
    const log: string[] = [];
    const server = await startEmbeddedServer({ dir, port: await freePort(), onLog: (line) => log.push(line) });
    try {
      expect(log).toContainEqual(expect.stringMatching(/^Recovered a stale database lock/));
      expect(await canQuery(server.urlFor('postgres'))).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('refuses a folder another running server owns, and lets tools attach to that server instead', async () => {
    const first = await startEmbeddedServer({ dir, port: await freePort() });
    try {
      const second = await startEmbeddedServer({ dir, port: await freePort() }).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(StartupError);
      expect((second as StartupError).what).toMatch(/already in use by PostgreSQL process \d+ \(is VAU already running\?\)/);

      const attached = await findRunningServer(dir);
      expect(attached).not.toBeNull();
      expect(await canQuery(attached!.urlFor('postgres'))).toBe(true);
      await attached!.stop();
      expect(await canQuery(first.urlFor('postgres'))).toBe(true);
    } finally {
      await first.stop();
    }
  });

  it('explains a port that is already taken', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const failure = await startEmbeddedServer({ dir, port }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StartupError);
      expect((failure as StartupError).what).toBe(`Port ${port} is already in use, so the embedded PostgreSQL cannot start.`);
      expect((failure as StartupError).hint).toContain('EMBEDDED_DATABASE_PORT');
    } finally {
      blocker.close();
    }
  });

  it('refuses a half-initialised folder without touching it', async () => {
    const broken = path.join(root, 'interrupted');
    await mkdir(path.join(broken, 'pgdata', 'base'), { recursive: true });
    await writeFile(path.join(broken, 'pgdata', 'PG_VERSION'), '18\n');

    const failure = await startEmbeddedServer({ dir: broken, port: await freePort() }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as StartupError).what).toMatch(/is incomplete: an earlier first start was interrupted/);
    expect((failure as StartupError).hint).toContain(`mv ${path.join(broken, 'pgdata')}`);
    expect((await readdir(path.join(broken, 'pgdata'))).sort()).toEqual(['PG_VERSION', 'base']);
  });
});
