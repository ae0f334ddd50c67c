import type { AppLocale } from '@/modules/i18n/locales';
import { Prisma, type Database } from '@/modules/platform/db/client';
import {
  ideaCampaignSql,
  ideaDepartmentSql,
  ideaSentSql,
  parseInsightFilter,
  withinPeriodSql,
  type InsightFilter,
} from './insight-filter';
import { departmentNameSql, shareBasisPoints } from './period';
import type { ExportableReport } from './registry';

// The idea funnel as a cohort: the ideas sent in the period and the furthest each has got since.
// A stage counts once reached, however many times the idea moved back and forth or wherever it
// went afterwards (declined after evaluation still reached evaluation): reaching a stage is "its
// status now, or any status its timeline ever recorded, is this stage or a later one". The
// current status covers ideas without a timeline of their own (imported or seeded).
// By department, an idea concerning two departments counts in each one's row and once in the total;
// an idea concerning none is in the total only.

export const insightStages = ['submitted', 'published', 'candidate', 'accelerator', 'implemented'] as const;
export type InsightStage = (typeof insightStages)[number];

const implemented = ['implemented'];
// Discontinued work was in the accelerator (only experiments and implementations are discontinued).
const accelerator = ['evaluation', 'experiment', 'implementation', 'discontinued', ...implemented];
const candidate = ['shortlisted', ...accelerator];
// Declined ideas were declined from published, shortlisted or evaluation: all of them public.
const published = ['published', 'declined', ...candidate];

/** The statuses that show an idea reached each stage after the first. */
export const stageStatuses: Record<Exclude<InsightStage, 'submitted'>, readonly string[]> = {
  published,
  candidate,
  accelerator,
  implemented,
};

export interface FunnelCounts {
  counts: Record<InsightStage, number>;
  /** Each stage of the previous one, in basis points: null for the first stage or an empty previous one. */
  conversion: Record<InsightStage, number | null>;
}

export interface DepartmentFunnel extends FunnelCounts {
  departmentId: string;
  departmentName: string;
}

export interface InsightFunnel {
  total: FunnelCounts;
  departments: DepartmentFunnel[];
}

function withConversion(counts: Record<InsightStage, number>): FunnelCounts {
  const conversion = Object.fromEntries(
    insightStages.map((stage, index) => [
      stage,
      index === 0 ? null : shareBasisPoints(counts[stage], counts[insightStages[index - 1]!]),
    ]),
  ) as Record<InsightStage, number | null>;
  return { counts, conversion };
}

const statusList = (statuses: readonly string[]) => Prisma.sql`(${Prisma.join(statuses.map((s) => Prisma.sql`${s}`))})`;

function reachedSql(statuses: readonly string[]): Prisma.Sql {
  return Prisma.sql`(c.status::text IN ${statusList(statuses)} OR bool_or(e.to_status::text IN ${statusList(statuses)}))`;
}

type CountRow = { departmentId: string | null; departmentName: string | null } & Record<InsightStage, bigint>;

const countsSql = Prisma.sql`count(*) AS submitted,
  count(*) FILTER (WHERE r.published) AS published, count(*) FILTER (WHERE r.candidate) AS candidate,
  count(*) FILTER (WHERE r.accelerator) AS accelerator, count(*) FILTER (WHERE r.implemented) AS implemented`;

/** The total (department null) and, when asked, a row per department of the cohort's ideas. */
async function countStages(db: Database, filter: InsightFilter, locale: AppLocale, byDepartment: boolean) {
  const departmentRows = byDepartment
    ? Prisma.sql`UNION ALL
      SELECT x.department_id, ${countsSql}
      FROM reached r JOIN idea_departments x ON x.idea_id = r.id
      GROUP BY x.department_id`
    : Prisma.empty;
  return db.$queryRaw<CountRow[]>`
    WITH cohort AS (
      SELECT i.id, i.status, i.published_at FROM ideas i
      WHERE ${withinPeriodSql(ideaSentSql, filter)} ${ideaDepartmentSql(filter)} ${ideaCampaignSql(filter)}
    ),
    reached AS (
      SELECT c.id,
        (c.published_at IS NOT NULL OR ${reachedSql(published)}) AS published,
        ${reachedSql(candidate)} AS candidate,
        ${reachedSql(accelerator)} AS accelerator,
        ${reachedSql(implemented)} AS implemented
      FROM cohort c
      LEFT JOIN idea_events e ON e.idea_id = c.id AND e.to_status IS NOT NULL
      GROUP BY c.id, c.status, c.published_at
    ),
    counted AS (
      SELECT NULL::uuid AS department_id, ${countsSql} FROM reached r
      ${departmentRows}
    )
    SELECT n.department_id AS "departmentId", ${departmentNameSql[locale]} AS "departmentName",
      n.submitted, n.published, n.candidate, n.accelerator, n.implemented
    FROM counted n LEFT JOIN departments d ON d.id = n.department_id
    ORDER BY n.department_id IS NOT NULL, 2`;
}

function countsOf(row: CountRow | undefined): Record<InsightStage, number> {
  return Object.fromEntries(insightStages.map((stage) => [stage, Number(row?.[stage] ?? 0)])) as Record<
    InsightStage,
    number
  >;
}

/** The funnel for the filter: its total and one row per department (only the filter's when it names one). */
export async function insightFunnel(db: Database, filter: InsightFilter, locale: AppLocale): Promise<InsightFunnel> {
  const rows = await countStages(db, filter, locale, true);
  const departments = rows
    .filter((row) => row.departmentId !== null && (!filter.department || row.departmentId === filter.department))
    .map((row) => ({
      departmentId: row.departmentId!,
      departmentName: row.departmentName ?? '',
      ...withConversion(countsOf(row)),
    }));
  return { total: withConversion(countsOf(rows.find((row) => row.departmentId === null))), departments };
}

/** The funnel's total only (HR's funnel report, a campaign's page). */
export async function insightFunnelTotal(db: Database, filter: InsightFilter): Promise<FunnelCounts> {
  const rows = await countStages(db, filter, 'fi', false);
  return withConversion(countsOf(rows[0]));
}

export const insightFunnelReport: ExportableReport = {
  permission: 'insight.read',
  sheetNameKey: 'insight.funnel.sheetName',
  fileNameKey: 'insight.funnel.fileName',
  columns: (t) => [
    { header: t('insight.funnel.columns.department'), kind: 'text', width: 32 },
    ...insightStages.map((stage) => ({
      header: t(`insight.funnel.stages.${stage}`),
      kind: 'integer' as const,
      width: 14,
    })),
    ...insightStages.slice(1).map((stage) => ({
      header: t(`insight.funnel.conversionTo.${stage}`),
      kind: 'percent' as const,
      width: 18,
    })),
  ],
  async open({ db, locale, params, t }) {
    const funnel = await insightFunnel(db, parseInsightFilter(params), locale);
    const shown = [
      { name: t('insight.funnel.total'), ...funnel.total },
      ...funnel.departments.map((row) => ({ name: row.departmentName, ...row })),
    ];
    async function* rows() {
      for (const row of shown)
        yield [
          row.name,
          ...insightStages.map((stage) => row.counts[stage]),
          ...insightStages.slice(1).map((stage) => row.conversion[stage]),
        ];
    }
    return { count: shown.length, rows: rows() };
  },
};
