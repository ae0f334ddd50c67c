import type { Database } from '@/modules/platform/db/client';
import { insightFunnelTotal, type InsightStage } from './insight-funnel';
import { parseReportPeriod, shareBasisPoints, type ReportPeriod } from './period';
import type { ExportableReport } from './registry';

// The idea funnel of a period, as a cohort: the ideas sent in the period (submitted, or published
// straight away) and how far each has got since: published, reached evaluation in the accelerator,
// implemented. A stage counts once reached, even if the idea later moved on or stopped (its
// timeline says so); the current status covers ideas that carry no timeline of their own. Counted
// by management insight's funnel (insight-funnel.ts), so both say the same.

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

/** HR's stages are insight's without the candidates: the same counting, so the two never disagree. */
const insightStageOf: Record<FunnelStage, InsightStage> = {
  submitted: 'submitted',
  published: 'published',
  evaluation: 'accelerator',
  implemented: 'implemented',
};

export async function ideaFunnel(db: Database, period: ReportPeriod): Promise<FunnelStep[]> {
  const { counts: byStage } = await insightFunnelTotal(db, period);
  const counts = funnelStages.map((stage) => byStage[insightStageOf[stage]]);
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
