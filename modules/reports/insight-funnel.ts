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

export function withConversion(counts: Record<InsightStage, number>): FunnelCounts {
  const conversion = Object.fromEntries(
    insightStages.map((stage, index) => [
      stage,
      index === 0 ? null : shareBasisPoints(counts[stage], counts[insightStages[index - 1]!]),
    ]),
  ) as Record<InsightStage, number | null>;
  return { counts, conversion };
}

/** Each status that shows a stage after the first, with the furthest stage it shows (an index of `insightStages`). */
const furthestOf: [string, number][] = [
  ...implemented.map((status): [string, number] => [status, 4]),
  ...accelerator.filter((status) => !implemented.includes(status)).map((status): [string, number] => [status, 3]),
  ...candidate.filter((status) => !accelerator.includes(status)).map((status): [string, number] => [status, 2]),
  ...published.filter((status) => !candidate.includes(status)).map((status): [string, number] => [status, 1]),
];

/**
 * Statuses as a small table of `idea_status` values (with a number each) to join on: the casts run
 * once per query, where comparing each timeline row's status as text was most of the query's time.
 */
export function statusTable(statuses: readonly (readonly [string, number])[]): Prisma.Sql {
  return Prisma.sql`(VALUES ${Prisma.join(statuses.map(([status, value]) => Prisma.sql`(${status}::idea_status, ${value}::int)`))})`;
}

/**
 * CTEs `timeline` and `reached`: each idea of the CTE `cohort` (which has id, status, published_at)
 * with `furthest`, the furthest stage it reached by its timeline, its status now or its publication.
 */
export const reachedCtes = Prisma.sql`stage_of (status, furthest) AS ${statusTable(furthestOf)},
    timeline AS (
      SELECT e.idea_id, max(k.furthest) AS furthest
      FROM idea_events e JOIN cohort c ON c.id = e.idea_id JOIN stage_of k ON k.status = e.to_status
      GROUP BY e.idea_id
    ),
    reached AS (
      SELECT c.*, GREATEST(k.furthest, t.furthest, CASE WHEN c.published_at IS NOT NULL THEN 1 ELSE 0 END, 0)
        AS furthest
      FROM cohort c LEFT JOIN timeline t ON t.idea_id = c.id LEFT JOIN stage_of k ON k.status = c.status
    )`;

/** The counts of the CTE `reached` (as `r`) by stage, named as the stages. */
export const stageCountsSql = Prisma.sql`count(r.id) AS submitted,
  count(*) FILTER (WHERE r.furthest >= 1) AS published, count(*) FILTER (WHERE r.furthest >= 2) AS candidate,
  count(*) FILTER (WHERE r.furthest >= 3) AS accelerator, count(*) FILTER (WHERE r.furthest >= 4) AS implemented`;

/** The insight filter, where a campaign's funnel may leave the period out (all its ideas). */
type FunnelFilter = Omit<InsightFilter, 'from' | 'to'> & Partial<Pick<InsightFilter, 'from' | 'to'>>;

function sentWithin(filter: FunnelFilter): Prisma.Sql {
  return filter.from && filter.to
    ? withinPeriodSql(ideaSentSql, { from: filter.from, to: filter.to })
    : Prisma.sql`${ideaSentSql} IS NOT NULL`;
}

type CountRow = { departmentId: string | null; departmentName: string | null } & Record<InsightStage, bigint>;

/** The total (department null) and, when asked, a row per department of the cohort's ideas. */
async function countStages(db: Database, filter: FunnelFilter, locale: AppLocale, byDepartment: boolean) {
  const departmentRows = byDepartment
    ? Prisma.sql`UNION ALL
      SELECT x.department_id, ${stageCountsSql}
      FROM reached r JOIN idea_departments x ON x.idea_id = r.id
      GROUP BY x.department_id`
    : Prisma.empty;
  return db.$queryRaw<CountRow[]>`
    WITH cohort AS (
      SELECT i.id, i.status, i.published_at FROM ideas i
      WHERE ${sentWithin(filter)} ${ideaDepartmentSql(filter)} ${ideaCampaignSql(filter)}
    ),
    ${reachedCtes},
    counted AS (
      SELECT NULL::uuid AS department_id, ${stageCountsSql} FROM reached r
      ${departmentRows}
    )
    SELECT n.department_id AS "departmentId", ${departmentNameSql[locale]} AS "departmentName",
      n.submitted, n.published, n.candidate, n.accelerator, n.implemented
    FROM counted n LEFT JOIN departments d ON d.id = n.department_id
    ORDER BY n.department_id IS NOT NULL, 2`;
}

export function countsOf(row: Partial<Record<InsightStage, bigint>> | undefined): Record<InsightStage, number> {
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

/** The funnel's total only (HR's funnel report). */
export async function insightFunnelTotal(db: Database, filter: FunnelFilter): Promise<FunnelCounts> {
  const rows = await countStages(db, filter, 'fi', false);
  return withConversion(countsOf(rows[0]));
}

/** A campaign page's funnel: every idea ever sent to the campaign. */
export function campaignFunnel(db: Database, campaignId: string): Promise<FunnelCounts> {
  return insightFunnelTotal(db, { campaign: campaignId });
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
