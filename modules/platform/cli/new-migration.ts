import path from 'node:path';
import { assertMigrationName, writeMigration } from '../database/migration-writer';
import { openDatabase } from '../database/open-database';
import { launcherEnvSchema, parseEnv } from '../env';
import { migrationsDir, schemaPath } from '../paths';
import { runCli, say } from './run-cli';

// `npm run db:migration -- <name>`: the next migration from prisma/schema.prisma's changes since
// the newest migration (database/migration-writer.ts).

runCli(async () => {
  const name = process.argv[2] ?? '';
  assertMigrationName(name);
  const env = parseEnv(launcherEnvSchema);
  const database = await openDatabase(env, { log: say, attach: true });
  let written: Awaited<ReturnType<typeof writeMigration>>;
  try {
    written = await writeMigration(name, { schemaPath, migrationsDir }, database.url);
  } finally {
    await database.close();
  }
  if (!written) {
    say('prisma/schema.prisma has not changed since the newest migration; nothing written.');
    return;
  }
  const folder = path.relative(process.cwd(), written.folder);
  say(
    `Wrote ${folder}/migration.sql and moved prisma/migrations/schema.snapshot.prisma forward. Review it, add anything Prisma cannot express, then run npm run db:migrate.`,
  );
});
