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

/** The funnel for the filter: its total and one row per department (only the filter's when it names one). */
export async function insightFunnel(db: Database, filter: InsightFilter, locale: AppLocale): Promise<InsightFunnel> {
  const rows = await db.$queryRaw<CountRow[]>`
    WITH cohort AS (
      SELECT i.id, i.status FROM ideas i
      WHERE ${withinPeriodSql(ideaSentSql, filter)} ${ideaDepartmentSql(filter)} ${ideaCampaignSql(filter)}
    ),
    reached AS (
      SELECT c.id,
        ${reachedSql(published)} AS published,
        ${reachedSql(candidate)} AS candidate,
        ${reachedSql(accelerator)} AS accelerator,
        ${reachedSql(implemented)} AS implemented
      FROM cohort c
      LEFT JOIN idea_events e ON e.idea_id = c.id AND e.to_status IS NOT NULL
      GROUP BY c.id, c.status
    ),
    counted AS (
      SELECT x.department_id, count(*) AS submitted,
        count(*) FILTER (WHERE r.published) AS published, count(*) FILTER (WHERE r.candidate) AS candidate,
        count(*) FILTER (WHERE r.accelerator) AS accelerator, count(*) FILTER (WHERE r.implemented) AS implemented
      FROM reached r JOIN idea_departments x ON x.idea_id = r.id
      GROUP BY x.department_id
      UNION ALL
      SELECT NULL, count(*),
        count(*) FILTER (WHERE r.published), count(*) FILTER (WHERE r.candidate),
        count(*) FILTER (WHERE r.accelerator), count(*) FILTER (WHERE r.implemented)
      FROM reached r
    )
    SELECT n.department_id AS "departmentId", ${departmentNameSql[locale]} AS "departmentName",
      n.submitted, n.published, n.candidate, n.accelerator, n.implemented
    FROM counted n LEFT JOIN departments d ON d.id = n.department_id
    ORDER BY n.department_id IS NOT NULL, 2`;
  const countsOf = (row: CountRow | undefined) =>
    Object.fromEntries(insightStages.map((stage) => [stage, Number(row?.[stage] ?? 0)])) as Record<
      InsightStage,
      number
    >;
  const departments = rows
    .filter((row) => row.departmentId !== null && (!filter.department || row.departmentId === filter.department))
    .map((row) => ({
      departmentId: row.departmentId!,
      departmentName: row.departmentName ?? '',
      ...withConversion(countsOf(row)),
    }));
  return { total: withConversion(countsOf(rows.find((row) => row.departmentId === null))), departments };
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
