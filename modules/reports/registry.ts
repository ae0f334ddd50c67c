import type { Action } from '@/modules/access/permissions';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import type { SheetCell, SheetColumn } from '@/modules/platform/spreadsheet';
import { benefitsReport } from './benefits';
import { budgetsReport } from './budgets';
import { funnelReport } from './funnel';
import { insightBenefitsReport, insightParticipationReport } from './insight-benefits';
import { insightCampaignsReport } from './insight-campaigns';
import { insightFunnelReport } from './insight-funnel';
import { insightStagesReport } from './insight-stages';
import { ledgerReport } from './ledger-export';
import { participationReport } from './participation';
import { rewardsByDepartmentReport } from './rewards-by-department';
import { rewardsByMonthReport } from './rewards-by-month';

// The reports that download as CSV and XLSX through /api/reports/<id>?format=csv|xlsx&<filters>.
// Each names its columns (translated headers), the permission a reader needs and how to yield its
// rows for a filter read from the same query parameters as its page. Rows are an async iterator
// fetched a page at a time (keyset), never the whole table in memory. To add a report: write its
// `ExportableReport` next to the report and add one line to `reports` below.

/** A message under `reports.` in the reader's language (e.g. t('ledger.columns.amount')). */
export type ReportTranslator = (key: string) => string;

export interface ReportRequest {
  db: Database;
  locale: AppLocale;
  /** The download's query parameters: the report's filters (and format, which reports ignore). */
  params: URLSearchParams;
  t: ReportTranslator;
}

export interface ReportRows {
  /** How many rows the download will hold, known before the first byte (the progress header). */
  count: number;
  rows: AsyncIterable<readonly SheetCell[]>;
}

export interface ExportableReport {
  permission: Extract<Action, 'report.hr.read' | 'insight.read'>;
  /** Key under `reports.` of the sheet's name. */
  sheetNameKey: string;
  /** Key under `reports.` of the file's name without the date and extension (e.g. "palkkiot"). */
  fileNameKey: string;
  columns(t: ReportTranslator): SheetColumn[];
  open(request: ReportRequest): Promise<ReportRows>;
}

export const reports = {
  ledger: ledgerReport,
  'rewards-by-month': rewardsByMonthReport,
  'rewards-by-department': rewardsByDepartmentReport,
  funnel: funnelReport,
  participation: participationReport,
  benefits: benefitsReport,
  budgets: budgetsReport,
  'insight-funnel': insightFunnelReport,
  'insight-participation': insightParticipationReport,
  'insight-stages': insightStagesReport,
  'insight-benefits': insightBenefitsReport,
  'insight-campaigns': insightCampaignsReport,
} satisfies Record<string, ExportableReport>;

export type ReportId = keyof typeof reports;

export function findReport(id: string): ExportableReport | undefined {
  return Object.hasOwn(reports, id) ? reports[id as ReportId] : undefined;
}
