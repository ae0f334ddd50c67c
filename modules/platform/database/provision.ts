import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { migrationsDir, schemaPath } from '../paths';
import { StartupError } from '../startup-error';
import { applyMigrations, MigrationFailedError } from './schema-engine';

export function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured server';
  }
}

/** Connects once, turning the usual failures into one actionable line. */
export async function connectOrExplain(url: string, timeoutMs = 5_000): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    const { code, message } = error as { code?: string; message: string };
    const where = describe(url);
    if (code === '28P01' || code === '28000') {
      throw new StartupError(
        `The database at ${where} refused the user name or password.`,
        'Check the credentials in DATABASE_URL.',
      );
    }
    if (code === '3D000') {
      throw new StartupError(
        `The database ${where} does not exist.`,
        'Create it first (for example: createdb <name>) or fix DATABASE_URL.',
      );
    }
    throw new StartupError(
      `Cannot reach the database at ${where} (${code ?? message}).`,
      'Check that the PostgreSQL server is running and that DATABASE_URL points to it.',
    );
  }
}

export async function ensureDatabaseExists(serverUrl: string, name: string): Promise<boolean> {
  const maintenanceUrl = new URL(serverUrl);
  maintenanceUrl.pathname = '/postgres';
  const client = await connectOrExplain(maintenanceUrl.toString());
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const maintenanceUrl = new URL(serverUrl);
  maintenanceUrl.pathname = '/postgres';
  const client = await connectOrExplain(maintenanceUrl.toString());
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Applies pending migrations; a failure names the migration and leaves the data in place. */
export async function migrateDatabase(url: string, folder = migrationsDir): Promise<string[]> {
  const schema = { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
  await (await connectOrExplain(url)).end();
  try {
    return await applyMigrations(url, schema, folder);
  } catch (error) {
    if (error instanceof MigrationFailedError) {
      throw new StartupError(
        `Database migration ${error.migrationName} failed and was not applied: ${error.cause.message}.`,
        'No data was changed or deleted. Fix the migration (or the data it trips over) and start again.',
      );
    }
    const message = (error as Error).message.split('\n').filter(Boolean).slice(0, 3).join(' ');
    throw new StartupError(
      `The database migrations could not run: ${message}`,
      'No data was deleted; see README.md "Database migrations".',
    );
  }
}

/** True when the database holds no users yet, i.e. it has never been seeded or used. */
export async function isDatabaseUnused(url: string): Promise<boolean> {
  const client = await connectOrExplain(url);
  try {
    const result = await client.query<{ used: boolean }>('SELECT EXISTS (SELECT 1 FROM users) AS used');
    return !result.rows[0]?.used;
  } finally {
    await client.end();
  }
}
