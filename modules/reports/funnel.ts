import { dateColumn } from '@/modules/accelerator/working-days';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { helsinkiDaySql, parseReportPeriod, shareBasisPoints, type ReportPeriod } from './period';
import type { ExportableReport } from './registry';

// The idea funnel of a period, as a cohort: the ideas sent in the period (submitted, or published
// straight away) and how far each has got since: published, reached evaluation in the accelerator,
// implemented. A stage counts once reached, even if the idea later moved on or stopped (its
// timeline says so); the current status covers ideas that carry no timeline of their own.

export const funnelStages = ['submitted', 'published', 'evaluation', 'implemented'] as const;
export type FunnelStage = (typeof funnelStages)[number];

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /** Of the previous stage, in basis points (null for the first stage or an empty previous one). */
  fromPreviousBasisPoints: number | null;
  /** Of the submitted, in basis points. */
  fromSubmittedBasisPoints: number | null;
}

const evaluationOrLater = Prisma.sql`('evaluation', 'experiment', 'implementation', 'implemented')`;

function reached(statuses: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(i.status IN ${statuses} OR EXISTS (
    SELECT 1 FROM idea_events e WHERE e.idea_id = i.id AND e.to_status IN ${statuses}))`;
}

export async function ideaFunnel(db: Database, period: ReportPeriod): Promise<FunnelStep[]> {
  const sent = helsinkiDaySql(Prisma.sql`COALESCE(i.submitted_at, i.published_at)`);
  const department = period.department
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM idea_departments x WHERE x.idea_id = i.id AND x.department_id = ${period.department}::uuid)`
    : Prisma.empty;
  const [row] = await db.$queryRaw<{ submitted: bigint; published: bigint; evaluation: bigint; implemented: bigint }[]>`
    SELECT count(*) AS submitted,
      count(*) FILTER (WHERE i.published_at IS NOT NULL) AS published,
      count(*) FILTER (WHERE ${reached(evaluationOrLater)}) AS evaluation,
      count(*) FILTER (WHERE ${reached(Prisma.sql`('implemented')`)}) AS implemented
    FROM ideas i
    WHERE ${sent} BETWEEN ${dateColumn(period.from)}::date AND ${dateColumn(period.to)}::date ${department}`;
  const counts = funnelStages.map((stage) => Number(row?.[stage] ?? 0));
  return funnelStages.map((stage, index) => ({
    stage,
    count: counts[index]!,
    fromPreviousBasisPoints: index === 0 ? null : shareBasisPoints(counts[index]!, counts[index - 1]!),
    fromSubmittedBasisPoints: shareBasisPoints(counts[index]!, counts[0]!),
  }));
}

export const funnelReport: ExportableReport = {
  permission: 'report.hr.read',
  sheetNameKey: 'charts.funnel.sheetName',
  fileNameKey: 'charts.funnel.fileName',
  columns: (t) => [
    { header: t('charts.funnel.columns.stage'), kind: 'text', width: 28 },
    { header: t('charts.funnel.columns.count'), kind: 'integer', width: 12 },
    { header: t('charts.funnel.columns.fromPrevious'), kind: 'percent', width: 16 },
    { header: t('charts.funnel.columns.fromSubmitted'), kind: 'percent', width: 16 },
  ],
  async open({ db, params, t }) {
    const steps = await ideaFunnel(db, parseReportPeriod(params));
    async function* rows() {
      for (const step of steps)
        yield [
          t(`charts.funnel.stages.${step.stage}`),
          step.count,
          step.fromPreviousBasisPoints,
          step.fromSubmittedBasisPoints,
        ];
    }
    return { count: steps.length, rows: rows() };
  },
};
