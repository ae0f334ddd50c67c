import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from '../startup-error';
import { diffSchemas } from './schema-engine';

// `npm run db:migration`: the next migration is the difference between one rolling snapshot (the
// schema as of the newest migration) and prisma/schema.prisma. See docs/decisions/0002.

export const SNAPSHOT_FILE = 'schema.snapshot.prisma';

export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

async function migrationFolders(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** UTC yyyymmddhhmmss, later than every existing folder (a hand-written one may carry a future time). */
export function nextTimestamp(existing: string[], now = new Date()): string {
  const fromClock = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const newest = existing
    .map((name) => name.slice(0, 14))
    .filter((stamp) => /^\d{14}$/.test(stamp))
    .sort()
    .at(-1);
  if (!newest || fromClock > newest) return fromClock;
  const after = new Date(
    Date.UTC(
      +newest.slice(0, 4),
      +newest.slice(4, 6) - 1,
      +newest.slice(6, 8),
      +newest.slice(8, 10),
      +newest.slice(10, 12),
      +newest.slice(12, 14) + 1,
    ),
  );
  return after.toISOString().replace(/\D/g, '').slice(0, 14);
}

/** The schema as of the newest migration; none before the first migration. */
export async function readSnapshot(migrationsDir: string): Promise<{ path: string; content: string } | null> {
  const snapshotPath = path.join(migrationsDir, SNAPSHOT_FILE);
  const content = await readFile(snapshotPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (content !== null) return { path: snapshotPath, content };
  if ((await migrationFolders(migrationsDir)).length === 0) return null;
  throw new StartupError(
    `${snapshotPath} is missing, so the schema as of the newest migration is unknown.`,
    'Restore it from git, or copy prisma/schema.prisma as it was at the newest migration to that path.',
  );
}

export function assertMigrationName(name: string): void {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) {
    throw new StartupError(
      'A migration needs a name in lower_snake_case.',
      'Run: npm run db:migration -- add_campaigns',
    );
  }
}

/**
 * Writes `<timestamp>_<name>/migration.sql` with the SQL from the snapshot to the current schema and
 * moves the snapshot forward. Returns null, writing nothing, when the schema has not changed.
 * `connectionString`: any reachable server; the engine connects although a schema diff reads nothing.
 */
export async function writeMigration(
  name: string,
  paths: MigrationPaths,
  connectionString: string,
  now = new Date(),
): Promise<{ folder: string; sql: string } | null> {
  assertMigrationName(name);
  const current = { path: paths.schemaPath, content: await readFile(paths.schemaPath, 'utf8') };
  const sql = await diffSchemas(await readSnapshot(paths.migrationsDir), current, connectionString);
  if (!/^\s*[A-Z]/m.test(sql)) return null;

  const folder = path.join(
    paths.migrationsDir,
    `${nextTimestamp(await migrationFolders(paths.migrationsDir), now)}_${name}`,
  );
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'migration.sql'), sql);
  await writeFile(path.join(paths.migrationsDir, SNAPSHOT_FILE), current.content);
  await writeFile(path.join(paths.migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  return { folder, sql };
}
