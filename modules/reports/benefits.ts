import { dateColumn } from '@/modules/accelerator/working-days';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { helsinkiDaySql, parseReportPeriod, type ReportPeriod } from './period';
import type { ExportableReport } from './registry';

// The benefits register: each idea implemented in the period (the day it became implemented), what
// it was expected to save (the author's estimate on the idea, and the evaluators' average) against
// what it did save (the accelerator card's realised first-year savings), the rewards paid for it,
// and the realised savings per euro of reward. Money in cents.

export interface BenefitRow {
  ideaId: number;
  title: string;
  /** Calendar day (UTC midnight). */
  implementedOn: Date;
  ideaEstimateCents: number | null;
  evaluationEstimateCents: number | null;
  realisedCents: number | null;
  benefitConfirmed: boolean;
  rewardsPaidCents: number;
  /** Realised savings per euro of reward, as cents per euro (1234 = 12,34 €); null when nothing was paid or realised. */
  realisedPerEuroCents: number | null;
}

export interface BenefitsRegister {
  rows: BenefitRow[];
  totals: {
    ideas: number;
    /** Null when no idea in the register has the estimate (nobody estimated is not 0 €). */
    ideaEstimateCents: number | null;
    evaluationEstimateCents: number | null;
    realisedCents: number;
    rewardsPaidCents: number;
    realisedPerEuroCents: number | null;
  };
}

/** Realised cents per euro paid; null when either is missing or nothing was paid. */
export function perEuroCents(realisedCents: number | null, paidCents: number): number | null {
  return realisedCents === null || paidCents <= 0 ? null : Math.round((realisedCents * 100) / paidCents);
}

export async function benefitsRegister(db: Database, period: ReportPeriod): Promise<BenefitsRegister> {
  const department = period.department
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM idea_departments x WHERE x.idea_id = i.id AND x.department_id = ${period.department}::uuid)`
    : Prisma.empty;
  const implementedOn = helsinkiDaySql(Prisma.sql`i.status_changed_at`);
  const rows = await db.$queryRaw<
    {
      ideaId: number;
      title: string;
      implementedOn: Date;
      ideaEstimateCents: Prisma.Decimal | null;
      evaluationEstimateCents: Prisma.Decimal | null;
      realisedCents: number | null;
      benefitConfirmed: boolean;
      rewardsPaidCents: bigint;
    }[]
  >`
    SELECT i.id AS "ideaId", i.title, ${implementedOn} AS "implementedOn",
      round(i.expected_savings_eur * 100) AS "ideaEstimateCents",
      (SELECT round(avg(e.estimated_savings_cents)) FROM evaluations e
        WHERE e.idea_id = i.id AND e.submitted_at IS NOT NULL) AS "evaluationEstimateCents",
      card.realised_savings_cents AS "realisedCents",
      (card.benefit_confirmed_at IS NOT NULL) AS "benefitConfirmed",
      COALESCE((SELECT sum(c.amount_cents) FROM reward_cases c WHERE c.idea_id = i.id AND c.status = 'paid'), 0)
        AS "rewardsPaidCents"
    FROM ideas i
    LEFT JOIN accelerator_cards card ON card.idea_id = i.id
    WHERE i.status = 'implemented'
      AND ${implementedOn} BETWEEN ${dateColumn(period.from)}::date AND ${dateColumn(period.to)}::date ${department}
    ORDER BY i.status_changed_at DESC, i.id DESC`;
  const register = rows.map((row) => {
    const rewardsPaidCents = Number(row.rewardsPaidCents);
    return {
      ideaId: row.ideaId,
      title: row.title,
      implementedOn: row.implementedOn,
      ideaEstimateCents: row.ideaEstimateCents === null ? null : Number(row.ideaEstimateCents),
      evaluationEstimateCents: row.evaluationEstimateCents === null ? null : Number(row.evaluationEstimateCents),
      realisedCents: row.realisedCents,
      benefitConfirmed: row.benefitConfirmed,
      rewardsPaidCents,
      realisedPerEuroCents: perEuroCents(row.realisedCents, rewardsPaidCents),
    };
  });
  const total = (pick: (row: BenefitRow) => number | null) => register.reduce((sum, row) => sum + (pick(row) ?? 0), 0);
  const totalOfGiven = (pick: (row: BenefitRow) => number | null) =>
    register.some((row) => pick(row) !== null) ? total(pick) : null;
  const realisedCents = total((row) => row.realisedCents);
  const rewardsPaidCents = total((row) => row.rewardsPaidCents);
  return {
    rows: register,
    totals: {
      ideas: register.length,
      ideaEstimateCents: totalOfGiven((row) => row.ideaEstimateCents),
      evaluationEstimateCents: totalOfGiven((row) => row.evaluationEstimateCents),
      realisedCents,
      rewardsPaidCents,
      realisedPerEuroCents: perEuroCents(realisedCents, rewardsPaidCents),
    },
  };
}

export const benefitsReport: ExportableReport = {
  permission: 'report.hr.read',
  sheetNameKey: 'charts.benefits.sheetName',
  fileNameKey: 'charts.benefits.fileName',
  columns: (t) => [
    { header: t('charts.benefits.columns.ideaNumber'), kind: 'integer', width: 10 },
    { header: t('charts.benefits.columns.idea'), kind: 'text', width: 48 },
    { header: t('charts.benefits.columns.implementedOn'), kind: 'date', width: 12 },
    { header: t('charts.benefits.columns.ideaEstimate'), kind: 'euros', width: 16 },
    { header: t('charts.benefits.columns.evaluationEstimate'), kind: 'euros', width: 16 },
    { header: t('charts.benefits.columns.realised'), kind: 'euros', width: 16 },
    { header: t('charts.benefits.columns.confirmed'), kind: 'yesNo', width: 12 },
    { header: t('charts.benefits.columns.rewardsPaid'), kind: 'euros', width: 16 },
    { header: t('charts.benefits.columns.perEuro'), kind: 'euros', width: 16 },
  ],
  async open({ db, params, t }) {
    const { rows: register, totals } = await benefitsRegister(db, parseReportPeriod(params));
    async function* rows() {
      for (const row of register)
        yield [
          row.ideaId,
          row.title,
          row.implementedOn,
          row.ideaEstimateCents,
          row.evaluationEstimateCents,
          row.realisedCents,
          row.benefitConfirmed,
          row.rewardsPaidCents,
          row.realisedPerEuroCents,
        ];
      yield [
        null,
        t('charts.benefits.total'),
        null,
        totals.ideaEstimateCents,
        totals.evaluationEstimateCents,
        totals.realisedCents,
        null,
        totals.rewardsPaidCents,
        totals.realisedPerEuroCents,
      ];
    }
    return { count: register.length + 1, rows: rows() };
  },
};
