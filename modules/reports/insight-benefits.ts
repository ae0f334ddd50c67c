import { benefitsRegister, benefitsReport, type BenefitRow } from './benefits';
import { parseInsightFilter } from './insight-filter';
import { participationReport } from './participation';
import type { ExportableReport } from './registry';

// Implemented ideas and their realised benefits for management, from HR's benefits register. The
// rewards paid per idea stay HR's: what one author was paid is not a management figure, so the
// insight download leaves the reward columns out. Participation is HR's report as it is (groups
// under five people hidden), opened with the insight permission.

export interface BenefitMonth {
  /** YYYY-MM in Helsinki. */
  month: string;
  ideas: number;
  realisedCents: number;
}

/** The register's ideas by the month they were implemented, oldest first. */
export function benefitsByMonth(rows: readonly BenefitRow[]): BenefitMonth[] {
  const months = new Map<string, BenefitMonth>();
  for (const row of rows) {
    const month = row.implementedOn.toISOString().slice(0, 7);
    const entry = months.get(month) ?? { month, ideas: 0, realisedCents: 0 };
    entry.ideas += 1;
    entry.realisedCents += row.realisedCents ?? 0;
    months.set(month, entry);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** The register's columns up to "confirmed": idea, day, the estimates and the realised savings. */
const managementColumns = 7;

export const insightBenefitsReport: ExportableReport = {
  permission: 'insight.read',
  sheetNameKey: benefitsReport.sheetNameKey,
  fileNameKey: benefitsReport.fileNameKey,
  columns: (t) => benefitsReport.columns(t).slice(0, managementColumns),
  async open({ db, params, t }) {
    const { rows: register, totals } = await benefitsRegister(db, parseInsightFilter(params));
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
        ];
      yield [
        null,
        t('charts.benefits.total'),
        null,
        totals.ideaEstimateCents,
        totals.evaluationEstimateCents,
        totals.realisedCents,
        null,
      ];
    }
    return { count: register.length + 1, rows: rows() };
  },
};

export const insightParticipationReport: ExportableReport = { ...participationReport, permission: 'insight.read' };
