import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { migrationsDir, schemaPath } from '../paths';
import { createEmptyDatabase } from '../testing/database';
import { nextTimestamp, readSnapshot, SNAPSHOT_FILE, writeMigration } from './migration-writer';
import { migrateDatabase } from './provision';
import { diffSchemas } from './schema-engine';

const scratchModel = `
model ScratchNote {
  id   Int    @id @default(autoincrement())
  text String

  @@map("scratch_notes")
}
`;

describe('npm run db:migration', () => {
  let prismaCopy: string;
  let paths: { schemaPath: string; migrationsDir: string };
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    prismaCopy = await mkdtemp(path.join(os.tmpdir(), 'vau-prisma-'));
    cleanups.push(() => rm(prismaCopy, { recursive: true, force: true }));
    paths = { schemaPath: path.join(prismaCopy, 'schema.prisma'), migrationsDir: path.join(prismaCopy, 'migrations') };
    await cp(migrationsDir, paths.migrationsDir, { recursive: true });
  });

  afterAll(async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup()));
  });

  it('keeps one snapshot equal to prisma/schema.prisma, and no per-migration copies', async () => {
    const snapshot = await readSnapshot(migrationsDir);
    expect(snapshot).not.toBeNull();
    const current = { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
    const sql = await diffSchemas(snapshot, current, inject('serverUrl'));
    const pending = /^\s*[A-Z]/m.test(sql) ? sql : '';
    expect(
      pending,
      `prisma/schema.prisma changed after the newest migration's snapshot. If a hand-written migration covers the change, copy prisma/schema.prisma to prisma/migrations/${SNAPSHOT_FILE}; otherwise run npm run db:migration -- <name>.`,
    ).toBe('');
    for (const folder of await readdir(migrationsDir, { withFileTypes: true })) {
      if (folder.isDirectory()) expect(await readdir(path.join(migrationsDir, folder.name))).toEqual(['migration.sql']);
    }
  });

  it('writes the next migration from a schema change, moves the snapshot forward, and the migration applies', async () => {
    const before = await readFile(path.join(paths.migrationsDir, SNAPSHOT_FILE), 'utf8');
    const changed = `${before}${scratchModel}`;
    await writeFile(paths.schemaPath, changed);

    const written = await writeMigration('scratch_notes', paths, inject('serverUrl'));
    expect(written).not.toBeNull();
    const folders = (await readdir(paths.migrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders.at(-1)).toBe(path.basename(written!.folder));
    expect(folders.at(-1)).toMatch(/^\d{14}_scratch_notes$/);
    const sql = await readFile(path.join(written!.folder, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "scratch_notes"');
    expect(sql).not.toMatch(/DROP|ALTER TABLE "(?!scratch_notes)/);
    expect(await readFile(path.join(paths.migrationsDir, SNAPSHOT_FILE), 'utf8')).toBe(changed);

    const database = await createEmptyDatabase('new_migration');
    cleanups.push(database.drop);
    const applied = await migrateDatabase(database.url, paths.migrationsDir);
    expect(applied.at(-1)).toBe(folders.at(-1));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO scratch_notes (text) VALUES ('kokeilu')`);
      expect((await client.query('SELECT text FROM scratch_notes')).rows).toEqual([{ text: 'kokeilu' }]);
    } finally {
      await client.end();
    }

    // Nothing changed since: nothing is written.
    expect(await writeMigration('again', paths, inject('serverUrl'))).toBeNull();
    expect((await readdir(paths.migrationsDir)).filter((name) => name.endsWith('_again'))).toEqual([]);
  });

  it('names a new migration after the newest folder even when that one carries a time still ahead', () => {
    const now = new Date('2026-11-26T13:58:00Z');
    expect(nextTimestamp(['20261123000638_init'], now)).toBe('20261126135800');
    expect(nextTimestamp(['20261123000638_init', '20261126140000_hand_written'], now)).toBe('20261126140001');
    expect(nextTimestamp([], now)).toBe('20261126135800');
  });
});
