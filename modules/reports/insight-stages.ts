import { dateColumn, helsinkiToday } from '@/modules/accelerator/working-days';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { getNumberSetting } from '@/modules/settings/settings';
import {
  ideaCampaignSql,
  ideaDepartmentSql,
  ideaSentSql,
  parseInsightFilter,
  withinPeriodSql,
  type InsightFilter,
} from './insight-filter';
import { statusTable } from './insight-funnel';
import type { ExportableReport } from './registry';

// How long ideas spend in each stage, read from their timelines (status changes in `idea_events`).
// A stay runs from the change into a stage to the next status change; an idea's time in a stage is
// the sum of its stays there (back and forth counts every stay). An idea is measured for a stage
// once it has left it: one still there has no final time yet and is counted as "still there".
// The ideas are the funnel's cohort: sent in the period, in the department and campaign.

export const timedStages = [
  'submitted',
  'published',
  'shortlisted',
  'evaluation',
  'experiment',
  'implementation',
] as const;
export type TimedStage = (typeof timedStages)[number];

export interface StageTime {
  stage: TimedStage;
  /** Ideas that have left the stage (measured). */
  ideas: number;
  /** Of the measured ideas' total time in the stage, in seconds; null when none was measured. */
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** Ideas in the stage now (not measured yet). */
  stillThere: number;
}

export async function timeInStages(db: Database, filter: InsightFilter): Promise<StageTime[]> {
  const rows = await db.$queryRaw<
    { stage: TimedStage; ideas: bigint; median: number | null; p90: number | null; stillThere: bigint }[]
  >`
    WITH cohort AS (
      SELECT i.id FROM ideas i
      WHERE ${withinPeriodSql(ideaSentSql, filter)} ${ideaDepartmentSql(filter)} ${ideaCampaignSql(filter)}
    ),
    stays AS (
      SELECT e.idea_id, e.to_status AS stage,
        lead(e.created_at) OVER (PARTITION BY e.idea_id ORDER BY e.created_at, e.id) AS left_at, e.created_at
      FROM idea_events e JOIN cohort c ON c.id = e.idea_id
      WHERE e.to_status IS NOT NULL
    ),
    timed (status, n) AS ${statusTable(timedStages.map((stage, index) => [stage, index] as const))},
    per_idea AS (
      SELECT idea_id, stage, sum(date_part('epoch', left_at - created_at)) AS seconds,
        bool_or(left_at IS NULL) AS still_there
      FROM stays JOIN timed ON timed.status = stays.stage
      GROUP BY idea_id, stage
    )
    SELECT stage::text AS stage, count(*) FILTER (WHERE NOT still_there) AS ideas,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE NOT still_there) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE NOT still_there) AS p90,
      count(*) FILTER (WHERE still_there) AS "stillThere"
    FROM per_idea
    GROUP BY stage`;
  return timedStages.map((stage) => {
    const row = rows.find((found) => found.stage === stage);
    return {
      stage,
      ideas: Number(row?.ideas ?? 0),
      medianSeconds: row?.median ?? null,
      p90Seconds: row?.p90 ?? null,
      stillThere: Number(row?.stillThere ?? 0),
    };
  });
}

export interface OverdueCounts {
  /** Ideas waiting for moderation longer than the moderation reminder's hours (`moderation.waiting-hours`). */
  moderation: number;
  moderationHours: number;
  /** Ideas in evaluation past their evaluation due day. */
  evaluations: number;
  /** Experiments and implementations past their due day. */
  work: number;
}

/** What is late now (not in the period): the department and campaign narrow it. */
export async function overdueCounts(db: Database, filter: InsightFilter, now = new Date()): Promise<OverdueCounts> {
  const moderationHours = await getNumberSetting(db, 'moderation.waiting-hours');
  const waitedSince = new Date(now.getTime() - moderationHours * 3_600_000);
  const today = dateColumn(helsinkiToday(now));
  const narrowed = Prisma.sql`${ideaDepartmentSql(filter)} ${ideaCampaignSql(filter)}`;
  const [row] = await db.$queryRaw<{ moderation: bigint; evaluations: bigint; work: bigint }[]>`
    SELECT
      (SELECT count(*) FROM ideas i
        WHERE i.status = 'submitted' AND COALESCE(i.submitted_at, i.created_at) < ${waitedSince} ${narrowed})
        AS moderation,
      (SELECT count(*) FROM accelerator_cards c JOIN ideas i ON i.id = c.idea_id
        WHERE c.stage = 'evaluation' AND c.evaluation_due_on < ${today}::date ${narrowed}) AS evaluations,
      (SELECT count(*) FROM accelerator_cards c JOIN ideas i ON i.id = c.idea_id
        WHERE c.stage IN ('experiment', 'implementation') AND c.due_on < ${today}::date ${narrowed}) AS work`;
  return {
    moderation: Number(row?.moderation ?? 0),
    moderationHours,
    evaluations: Number(row?.evaluations ?? 0),
    work: Number(row?.work ?? 0),
  };
}

const hours = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 3600));

export const insightStagesReport: ExportableReport = {
  permission: 'insight.read',
  sheetNameKey: 'insight.stages.sheetName',
  fileNameKey: 'insight.stages.fileName',
  columns: (t) => [
    { header: t('insight.stages.columns.stage'), kind: 'text', width: 28 },
    { header: t('insight.stages.columns.ideas'), kind: 'integer', width: 14 },
    { header: t('insight.stages.columns.medianHours'), kind: 'integer', width: 16 },
    { header: t('insight.stages.columns.p90Hours'), kind: 'integer', width: 16 },
    { header: t('insight.stages.columns.stillThere'), kind: 'integer', width: 14 },
  ],
  async open({ db, params, t }) {
    const stages = await timeInStages(db, parseInsightFilter(params));
    async function* rows() {
      for (const row of stages)
        yield [
          t(`insight.stages.names.${row.stage}`),
          row.ideas,
          hours(row.medianSeconds),
          hours(row.p90Seconds),
          row.stillThere,
        ];
    }
    return { count: stages.length, rows: rows() };
  },
};
