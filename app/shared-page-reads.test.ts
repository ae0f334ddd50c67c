import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { getIdeaAccelerator } from '@/modules/accelerator/card-view';
import { evaluationView } from '@/modules/accelerator/evaluation-queries';
import { getIdeaPage } from '@/modules/ideas/detail';
import { getCampaign, listCampaigns, loadOpenCampaigns } from '@/modules/campaigns/public';
import { loadFrontPageLists, loadStageCounts } from '@/modules/ideas/front-page';
import { listIdeas } from '@/modules/ideas/list';
import { listCategories } from '@/modules/ideas/queries';
import { plainEmployee } from '@/modules/ideas/reader-state';
import { loadWidget } from '@/modules/intranet/widget';
import { listModeratorNotes } from '@/modules/moderation/notes';
import { PrismaClient } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  createCampaign,
  createCategory,
  createDepartment,
  createIdea,
  createUser,
} from '@/modules/platform/testing/factories';
import { campaignFunnel } from '@/modules/reports/insight-funnel';
import { listDepartments } from '@/modules/users/queries';
import { notReadBySharedPages, readBySharedPages, readersOwnRows } from './shared-page-reads';

const operations = ['INSERT', 'UPDATE', 'DELETE'] as const;

interface PageTrigger {
  table: string;
  operations: Set<string>;
  /** The columns an UPDATE trigger is limited to; null when any update fires it. */
  columns: string[] | null;
}

/** The triggers whose function notifies the page store's channel, read from PostgreSQL's catalogue. */
async function pageChangeTriggers(client: pg.Client): Promise<PageTrigger[]> {
  const { rows } = await client.query<{ table: string; type: number; columns: string[] | null }>(`
    SELECT t.tgrelid::regclass::text AS table, t.tgtype AS type,
           (SELECT array_agg(a.attname::text) FROM unnest(t.tgattr) AS n(num)
              JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = n.num) AS columns
      FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
     WHERE NOT t.tgisinternal AND p.prosrc LIKE '%vau\\_page\\_change%'`);
  // pg_trigger.tgtype bits: 4 INSERT, 8 DELETE, 16 UPDATE.
  return rows.map((row) => ({
    table: row.table,
    operations: new Set(
      [
        [4, 'INSERT'],
        [8, 'DELETE'],
        [16, 'UPDATE'],
      ].flatMap(([bit, name]) => ((row.type & (bit as number)) !== 0 ? [name as string] : [])),
    ),
    columns: row.columns,
  }));
}

async function columnsOf(client: pg.Client): Promise<Map<string, { name: string; generated: boolean }[]>> {
  const { rows } = await client.query<{ table: string; column: string; generated: string }>(`
    SELECT table_name AS table, column_name AS column, is_generated AS generated
      FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
     ORDER BY table_name, ordinal_position`);
  const tables = new Map<string, { name: string; generated: boolean }[]>();
  for (const row of rows)
    tables.set(row.table, [
      ...(tables.get(row.table) ?? []),
      { name: row.column, generated: row.generated === 'ALWAYS' },
    ]);
  return tables;
}

/** Every statement a Prisma client sends, as node-postgres receives it. */
function recordingDatabase(connectionString: string) {
  const statements: string[] = [];
  const pool = new pg.Pool({ connectionString, max: 4 });
  pool.on('connect', (client) => {
    const send = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [first] = args;
      const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text;
      if (text) statements.push(text);
      return send(...args);
    }) as typeof client.query;
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { db, statements, close: () => db.$disconnect().then(() => pool.end()) };
}

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };

/** `alias.column` as EXPLAIN VERBOSE writes it (quoted when needed). */
const qualifiedColumn = /(?<![\w."])"?([A-Za-z_][\w$]*)"?\."?([a-z_0-9]+)"?/g;

/**
 * The table columns a statement reads, from its plan: each scan names its table and alias, and its
 * output, conditions and sort keys name the columns as `alias.column`.
 */
async function columnsRead(client: pg.Client, statement: string): Promise<string[]> {
  const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
    `EXPLAIN (VERBOSE, GENERIC_PLAN, FORMAT JSON) ${statement}`,
  );
  const read: string[] = [];
  const walk = (node: PlanNode) => {
    const { Plans: children, ...own } = node;
    const table = own['Relation Name'];
    const alias = own.Alias;
    // The system catalogues (the search's statistics) are no page content.
    if (typeof table === 'string' && typeof alias === 'string' && own.Schema === 'public') {
      for (const [, qualifier, column] of JSON.stringify(own).matchAll(qualifiedColumn))
        if (qualifier === alias) read.push(`${table}.${column}`);
      // A scan with no column named (count(*)) still reads the table's rows.
      read.push(`${table}.*`);
    }
    for (const child of children ?? []) walk(child);
  };
  for (const plan of rows[0]!['QUERY PLAN']) walk(plan.Plan);
  return read;
}

describe('what shared pages read', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  const connected = client.connect();
  afterAll(() => client.end());

  it('is every table of the schema, each either read by shared pages or not', async () => {
    await connected;
    const tables = [...(await columnsOf(client)).keys()].sort();
    const classified = [...Object.keys(readBySharedPages), ...readersOwnRows, ...notReadBySharedPages].sort();
    expect(tables).toEqual(classified);
  });

  it('announces every change to what they read: each operation and column, unless excused with a reason', async () => {
    await connected;
    const [triggers, tables] = await Promise.all([pageChangeTriggers(client), columnsOf(client)]);
    const missing: string[] = [];
    for (const [table, read] of Object.entries(readBySharedPages)) {
      const own = triggers.filter((trigger) => trigger.table === table);
      const excused = read.unannounced ?? {};
      for (const operation of operations.filter((name) => name !== 'UPDATE'))
        if (!excused[operation] && !own.some((trigger) => trigger.operations.has(operation)))
          missing.push(`${table}: ${operation}`);
      const columns = (tables.get(table) ?? []).filter(
        // A generated column changes only with the columns it is made from, which are checked here.
        (column) => !column.generated && (!read.columns || read.columns.includes(column.name)),
      );
      for (const { name } of columns) {
        const announced = own.some(
          (trigger) => trigger.operations.has('UPDATE') && (trigger.columns === null || trigger.columns.includes(name)),
        );
        if (!announced && !excused[name]) missing.push(`${table}.${name}`);
      }
      for (const name of Object.keys(excused).filter((key) => key === key.toLowerCase()))
        expect(
          tables.get(table)?.some((column) => column.name === name),
          `${table}.${name} is excused`,
        ).toBe(true);
    }
    expect(missing).toEqual([]);
  });

  it('is no more than the list: every column their queries read is listed', async () => {
    const db = testDb();
    const department = await createDepartment(db);
    const category = await createCategory(db);
    const idea = await createIdea(db, { categoryId: category.id, departmentIds: [department.id] });
    const commenter = await createUser(db);
    await db.comment.create({ data: { ideaId: idea.id, authorId: commenter.id, body: 'Hyvä idea' } });
    await db.ideaEvent.create({ data: { ideaId: idea.id, actorId: commenter.id, type: 'EDITED' } });
    await db.acceleratorCard.create({ data: { ideaId: idea.id, ownerId: commenter.id, plan: 'Suunnitelma' } });
    await db.acceleratorTeamMember.create({ data: { ideaId: idea.id, userId: idea.authorId } });
    const campaign = await createCampaign(db, { departmentIds: [department.id] });
    await db.idea.update({ where: { id: idea.id }, data: { campaignId: campaign.id } });

    const recording = recordingDatabase(inject('databaseUrl'));
    try {
      // What the shared pages' server components ask for (app/[locale]/(home), ideas, ideas/[ref], widget):
      // a query added to one of them belongs here too.
      const recorded = recording.db as unknown as typeof db;
      for (const reader of [null, plainEmployee]) {
        await getIdeaPage(recorded, reader, idea.id, 'fi');
        await listModeratorNotes(recorded, reader, 'idea', String(idea.id));
        await getIdeaAccelerator(recorded, reader, idea.id);
        await evaluationView(recorded, reader, idea.id, 'fi');
      }
      await loadFrontPageLists(recorded, 'fi');
      await loadStageCounts(recorded);
      await loadWidget(recorded, 'fi');
      for (const params of [{}, { sort: 'newest' as const }, { status: 'PUBLISHED' as const, category: category.id }])
        await listIdeas(recorded, null, { ...params, department: department.id }, 'fi');
      await listIdeas(recorded, null, { q: 'hyvä idea' }, 'sv');
      // The campaign list, a campaign's page (its ideas and funnel) and the front page's open campaigns.
      await listCampaigns(recorded, 'fi');
      await getCampaign(recorded, campaign.slug, 'fi');
      await listIdeas(recorded, null, { campaign: campaign.id, sort: 'votes' }, 'fi');
      await campaignFunnel(recorded, campaign.id);
      await loadOpenCampaigns(recorded, 'fi');
      await listCategories(recorded, 'fi');
      await listDepartments(recorded, 'fi');
    } finally {
      await recording.close();
    }

    await connected;
    const selects = recording.statements.filter((statement) => /^\s*(SELECT|WITH)\b/i.test(statement));
    expect(selects.length).toBeGreaterThan(10);
    const reads = new Set((await Promise.all(selects.map((statement) => columnsRead(client, statement)))).flat());
    const unlisted = [...reads].filter((read) => {
      const [table, column] = read.split('.') as [string, string];
      if (readersOwnRows.includes(table)) return false;
      const listed = readBySharedPages[table];
      return !listed || (column !== '*' && listed.columns !== undefined && !listed.columns.includes(column));
    });
    expect(unlisted).toEqual([]);
    // The plans are read as they should be: the idea's title and a person's name are among the reads.
    expect(reads).toContain('ideas.title');
    expect(reads).toContain('users.name');
  });
});
