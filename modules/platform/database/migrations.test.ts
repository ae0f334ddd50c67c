import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir, schemaPath } from '../paths';
import { StartupError } from '../startup-error';
import { createEmptyDatabase } from '../testing/database';
import { readCatalogue, type Catalogue } from './catalogue';
import { migrateDatabase } from './provision';
import { diffSchemas } from './schema-engine';

/**
 * What the migrations add by hand because Prisma's schema language cannot express it. Anything
 * else that differs between "all migrations applied" and "schema.prisma applied" is drift.
 */
const handWrittenExtras = {
  extensions: ['pg_trgm'],
  functions: [
    'accelerator_card_copy_from_idea',
    'audit_log_is_append_only',
    'benefit_confirmed_to_reward_trigger',
    'idea_departments_to_accelerator_card',
    'ideas_status_through_lifecycle',
    'ideas_status_to_accelerator_card',
    'ideas_status_to_reward_trigger',
    'notify_every_page_change',
    'notify_idea_page_change',
    'notify_idea_part_change',
    'reward_cases_status_through_chain',
    'search_lexemes_from_inserted_rows',
    'search_lexemes_from_updated_row',
    'trending_weight',
  ],
  triggers: [
    'accelerator_cards.accelerator_cards_benefit_to_reward_trigger',
    'accelerator_cards.accelerator_cards_copy_from_idea',
    'accelerator_cards.accelerator_cards_page_change',
    'accelerator_team_members.accelerator_team_members_page_change',
    'app_settings.app_settings_page_change',
    'audit_log.audit_log_no_truncate',
    'audit_log.audit_log_no_update_or_delete',
    'campaign_categories.campaign_categories_page_change',
    'campaign_departments.campaign_departments_page_change',
    'campaign_images.campaign_images_page_change',
    'campaigns.campaigns_page_change',
    'categories.categories_page_change',
    'comments.comments_page_change',
    'comments.comments_search_lexemes_insert',
    'comments.comments_search_lexemes_update',
    'departments.departments_page_change',
    'evaluations.evaluations_page_change',
    'idea_co_authors.idea_co_authors_page_change',
    'idea_departments.idea_departments_page_change',
    'idea_departments.idea_departments_to_accelerator_card',
    'idea_events.idea_events_page_change',
    'ideas.ideas_page_change',
    'ideas.ideas_search_lexemes_insert',
    'ideas.ideas_search_lexemes_update',
    'ideas.ideas_status_lifecycle_only',
    'ideas.ideas_status_to_accelerator_card',
    'ideas.ideas_status_to_reward_trigger',
    'reward_cases.reward_cases_status_chain_only',
    'users.users_delete_page_change',
    'users.users_name_page_change',
  ],
  checkConstraints: [
    'accelerator_cards accelerator_cards_progress_range',
    'accelerator_cards accelerator_cards_realised_non_negative',
    'campaigns campaigns_moderation_mode_check',
    'campaigns campaigns_window_check',
    'evaluation_scores evaluation_scores_scale',
    'evaluations evaluations_money_non_negative',
    'flags flags_one_target',
    'moderator_notes moderator_notes_one_subject',
    'payroll_lines payroll_lines_gross_positive',
    'reward_cases reward_cases_money_non_negative',
    'reward_rule_versions reward_rule_versions_in_range',
    'reward_shares reward_shares_in_range',
    'scorecard_criteria scorecard_criteria_weight_range',
  ],
  generatedColumns: [
    'comments.search_en',
    'comments.search_fi',
    'comments.search_sv',
    'ideas.search_en',
    'ideas.search_fi',
    'ideas.search_sv',
  ],
  /** Indexes on expressions (search over all three languages' columns). */
  /** Indexes Prisma cannot express: on expressions, or partial (the e-mail queue's). */
  expressionIndexes: [
    'comments_search_all_idx',
    'ideas_search_all_idx',
    'email_jobs_due_idx',
    'notifications_email_digest_idx',
    'notifications_email_pending_idx',
    'webhook_deliveries_due_idx',
    'idea_events_webhook_moments_idx',
  ],
};

async function query(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const cleanups: (() => Promise<void>)[] = [];
  let migrated: { url: string; drop: () => Promise<void> };
  let fromSchema: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    migrated = await createEmptyDatabase('migrated');
    fromSchema = await createEmptyDatabase('schema');
    cleanups.push(migrated.drop, fromSchema.drop);
  });

  afterAll(async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup()));
  });

  it('apply to an empty database, are recorded as prisma migrate deploy records them, and re-running is a no-op', async () => {
    const applied = await migrateDatabase(migrated.url);
    expect(applied.length).toBeGreaterThan(0);
    const records = await query(
      migrated.url,
      'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY 1',
    );
    expect(records.rows.map((row) => row.migration_name)).toEqual(applied);
    expect(records.rows.every((row) => row.finished_at !== null && row.rolled_back_at === null)).toBe(true);
    expect(await migrateDatabase(migrated.url)).toEqual([]);
  });

  it('can be started by several app instances at once: each migration is applied exactly once', async () => {
    const database = await createEmptyDatabase('concurrent');
    cleanups.push(database.drop);
    const results = await Promise.all([1, 2, 3].map(() => migrateDatabase(database.url)));
    const applied = results.flat().sort();
    const records = await query(
      database.url,
      'SELECT migration_name FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY 1',
    );
    expect(applied).toEqual(records.rows.map((row) => row.migration_name));
    expect(new Set(applied).size).toBe(applied.length);
  });

  it('build exactly the schema in prisma/schema.prisma (no drift)', async () => {
    const schema = { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
    const sql = await diffSchemas(null, schema, fromSchema.url);
    await query(fromSchema.url, `CREATE EXTENSION IF NOT EXISTS pg_trgm; ${sql}`);

    const byMigrations = await readCatalogue(migrated.url);
    const bySchema = await readCatalogue(fromSchema.url);

    expect(byMigrations.extensions).toEqual(handWrittenExtras.extensions);
    expect(byMigrations.functions).toEqual(handWrittenExtras.functions);
    expect(byMigrations.triggers).toEqual(handWrittenExtras.triggers);
    expect(byMigrations.generatedColumns).toEqual(handWrittenExtras.generatedColumns);
    expect(bySchema.functions).toEqual([]);
    expect(bySchema.triggers).toEqual([]);

    const isHandWritten = (line: string) =>
      handWrittenExtras.checkConstraints.some((name) => line.startsWith(`${name} `));
    expect(byMigrations.constraints.filter(isHandWritten)).toHaveLength(handWrittenExtras.checkConstraints.length);
    const isExpressionIndex = (line: string) =>
      handWrittenExtras.expressionIndexes.some((name) => line.startsWith(`CREATE INDEX ${name} `));
    expect(byMigrations.indexes.filter(isExpressionIndex)).toHaveLength(handWrittenExtras.expressionIndexes.length);
    const comparable = ({ columns, indexes, constraints, enums }: Catalogue) => ({
      columns,
      indexes: indexes.filter((line) => !isExpressionIndex(line)),
      constraints: constraints.filter((line) => !isHandWritten(line)),
      enums,
    });
    expect(comparable(byMigrations)).toEqual(comparable(bySchema));
  });

  it('keep the audit log append-only for everyone who connects', async () => {
    await query(migrated.url, `INSERT INTO audit_log (action, target_type) VALUES ('test.append', 'test')`);
    await expect(query(migrated.url, `UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(query(migrated.url, `DELETE FROM audit_log`)).rejects.toThrow(/append-only: DELETE/);
    await expect(query(migrated.url, `TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE/);
    const rows = await query(migrated.url, `SELECT action FROM audit_log WHERE action = 'test.append'`);
    expect(rows.rowCount).toBe(1);
  });

  it('let an app role without ownership (README, "Database roles") start, write and never alter the audit log', async () => {
    const role = `vau_app_${process.pid}_${Date.now()}`;
    await query(migrated.url, `CREATE ROLE ${role} LOGIN PASSWORD 'app-password'`);
    try {
      await query(migrated.url, `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      await query(migrated.url, `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
      await query(migrated.url, `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${role}`);
      const appUrl = new URL(migrated.url);
      appUrl.username = role;
      appUrl.password = 'app-password';

      expect(await migrateDatabase(appUrl.toString())).toEqual([]);
      await query(appUrl.toString(), `INSERT INTO audit_log (action, target_type) VALUES ('test.app-role', 'test')`);
      await expect(query(appUrl.toString(), `UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(query(appUrl.toString(), `DROP TRIGGER audit_log_no_update_or_delete ON audit_log`)).rejects.toThrow(
        /must be owner/,
      );
    } finally {
      await query(migrated.url, `DROP OWNED BY ${role}`);
      await query(migrated.url, `DROP ROLE ${role}`);
    }
  });

  it('fail with a clear message, apply nothing of a broken migration and keep existing data', async () => {
    const database = await createEmptyDatabase('broken');
    cleanups.push(database.drop);
    await migrateDatabase(database.url);
    await query(
      database.url,
      `INSERT INTO departments (id, slug, name_fi, name_sv, name_en) VALUES (gen_random_uuid(), 'kept', 'a', 'b', 'c')`,
    );

    const folder = await mkdtemp(path.join(os.tmpdir(), 'vau-migrations-'));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    await cp(migrationsDir, folder, { recursive: true });
    await mkdir(path.join(folder, '99990101000000_broken'));
    await writeFile(
      path.join(folder, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE half_done (id int);\nALTER TABLE departments ADD COLUMN nonsense no_such_type;\n',
    );

    const failure = await migrateDatabase(database.url, folder).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as StartupError).what).toBe(
      'Database migration 99990101000000_broken failed and was not applied: type "no_such_type" does not exist.',
    );
    expect((failure as StartupError).hint).toContain('No data was changed or deleted');

    const halfDone = await query(database.url, `SELECT to_regclass('public.half_done') AS table`);
    expect(halfDone.rows[0].table).toBeNull();
    const kept = await query(database.url, `SELECT slug FROM departments`);
    expect(kept.rows).toEqual([{ slug: 'kept' }]);

    // Fixed and started again, the migration is retried rather than blocked as "failed".
    await writeFile(
      path.join(folder, '99990101000000_broken', 'migration.sql'),
      'ALTER TABLE departments ADD COLUMN fixed int;\n',
    );
    expect(await migrateDatabase(database.url, folder)).toEqual(['99990101000000_broken']);
  });
});
