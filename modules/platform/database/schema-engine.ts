import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DiffTarget, MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

// Prisma's WebAssembly schema engine: the CLI's native engine is downloaded on first use, which
// closed networks (and this project's CI) cannot do. See docs/decisions/0002-offline-migrations.md.

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * The pg adapter as the schema engine needs it. Two changes: connections are tracked, because
 * freeing the engine does not close them; and a migration script is sent to PostgreSQL whole, as
 * one multi-statement query, which PostgreSQL runs in a single implicit transaction. The stock
 * adapter splits scripts on every ";" (breaking PL/pgSQL bodies and comments) and runs the pieces
 * one by one, so a failure could leave half a migration applied.
 */
class MigrationPrismaPg extends PrismaPg {
  private readonly opened: { dispose(): Promise<void> }[] = [];
  /** The last script PostgreSQL refused, with its own error (the engine reports only "External error"). */
  failedScript: { script: string; error: Error } | undefined;

  constructor(private readonly connectionString: string) {
    super({ connectionString });
  }

  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = (script: string) => this.executeWhole(script);
    this.opened.push(adapter);
    return adapter;
  }

  private async executeWhole(script: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    await client.connect();
    try {
      await client.query(script);
    } catch (error) {
      this.failedScript = { script, error: error as Error };
      throw error;
    } finally {
      await client.end();
    }
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.opened.map((adapter) => adapter.dispose()));
  }
}

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const folder = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const compiled = await WebAssembly.compile(await readFile(path.join(folder, 'schema_engine_bg.wasm')));
    const instance = await WebAssembly.instantiate(compiled, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

export interface SchemaFile {
  path: string;
  content: string;
}

async function withEngine<T>(
  connectionString: string,
  schema: SchemaFile | undefined,
  work: (engine: SchemaEngine, connections: MigrationPrismaPg) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const connections = new MigrationPrismaPg(connectionString);
  try {
    const engine = (await bindings.SchemaEngine.new(
      { datamodels: schema ? [[schema.path, schema.content]] : undefined },
      () => {},
      bindMigrationAwareSqlAdapterFactory(connections),
    )) as SchemaEngine;
    try {
      return await work(engine, connections);
    } finally {
      engine.free();
    }
  } finally {
    await connections.closeAll();
  }
}

export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        );
        return { path: name, migrationFile: { path: 'migration.sql', content: sql } };
      }),
    ),
  };
}

export class MigrationFailedError extends Error {
  constructor(
    readonly migrationName: string,
    override readonly cause: Error,
  ) {
    super(`Migration ${migrationName} failed: ${cause.message}`);
    this.name = 'MigrationFailedError';
  }
}

/**
 * Applies every pending migration, recording them in `_prisma_migrations` as `prisma migrate deploy`
 * does. A migration that fails is applied not at all (see MigrationPrismaPg), so it is marked rolled
 * back at once: fixed and started again, it is simply retried.
 */
export async function applyMigrations(
  connectionString: string,
  schema: SchemaFile,
  migrationsDir: string,
): Promise<string[]> {
  const migrationsList = await readMigrationsList(migrationsDir);
  return withEngine(connectionString, schema, async (engine, connections) => {
    try {
      const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return result.appliedMigrationNames;
    } catch (error) {
      const failed = connections.failedScript;
      if (!failed) throw error;
      const directory = migrationsList.migrationDirectories.find(
        ({ migrationFile }) =>
          migrationFile.content.tag === 'ok' && migrationFile.content.value.trim() === failed.script.trim(),
      );
      const migrationName = directory?.path ?? 'unknown';
      if (directory) await engine.markMigrationRolledBack({ migrationName });
      throw new MigrationFailedError(migrationName, failed.error);
    }
  });
}

/** SQL that turns a database shaped like `from` into one shaped like `to`; needs no database. */
export async function diffSchemas(from: SchemaFile | null, to: SchemaFile, connectionString: string): Promise<string> {
  const fromTarget: DiffTarget = from ? { tag: 'schemaDatamodel', files: [from] } : { tag: 'empty' };
  // The engine connects on creation, although a datamodel-to-datamodel diff reads no database.
  return withEngine(connectionString, undefined, async (engine) => {
    const result = await engine.diff({
      from: fromTarget,
      to: { tag: 'schemaDatamodel', files: [to] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? '';
  });
}
