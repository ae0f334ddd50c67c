import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../database/open-database';
import { diffSchemas, type SchemaFile } from '../database/schema-engine';
import { launcherEnvSchema, parseEnv } from '../env';
import { migrationsDir, schemaPath } from '../paths';
import { StartupError } from '../startup-error';
import { runCli, say } from './run-cli';

// Writes the next migration from the difference between the schema as of the last migration
// (kept beside each migration.sql as schema.prisma) and the current prisma/schema.prisma.

const SNAPSHOT = 'schema.prisma';

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}

async function lastSnapshot(): Promise<SchemaFile | null> {
  const folders = (await readdir(migrationsDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const last = folders.at(-1);
  if (!last) return null;
  const snapshotPath = path.join(migrationsDir, last, SNAPSHOT);
  return { path: snapshotPath, content: await readFile(snapshotPath, 'utf8') };
}

runCli(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
    throw new StartupError('A migration needs a name in lower_snake_case.', 'Run: npm run db:migration -- add_campaigns');
  }
  const current = { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
  const env = parseEnv(launcherEnvSchema);
  const database = await openDatabase(env, { log: say, attach: true });
  let sql: string;
  try {
    sql = await diffSchemas(await lastSnapshot(), current, database.url);
  } finally {
    await database.close();
  }
  if (!/^\s*[A-Z]/m.test(sql)) {
    say('prisma/schema.prisma has not changed since the last migration; nothing written.');
    return;
  }
  const folder = path.join(migrationsDir, `${timestamp()}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'migration.sql'), sql);
  await writeFile(path.join(folder, SNAPSHOT), current.content);
  await writeFile(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  say(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql. Review it, add anything Prisma cannot express, then run npm run db:migrate.`);
});
