import type { SheetCell } from '@/modules/platform/spreadsheet';
import { ledgerRows, ledgerTotals, parseLedgerFilter, type LedgerRow } from './ledger';
import type { ExportableReport, ReportTranslator } from './registry';

// The ledger as a download: the page's columns, every row of the filter.

function cells(row: LedgerRow, t: ReportTranslator): SheetCell[] {
  return [
    row.ideaId,
    row.ideaTitle,
    t(`ledger.kinds.${row.kind}`),
    t(`ledger.statuses.${row.status}`),
    row.recipientName,
    row.employeeNumber,
    row.departmentName,
    row.decisionNumber,
    row.decisionDate,
    row.proposedOn,
    row.shareBasisPoints,
    row.amountCents,
    row.paidOn,
  ];
}

export const ledgerReport: ExportableReport = {
  permission: 'report.hr.read',
  sheetNameKey: 'ledger.sheetName',
  fileNameKey: 'ledger.fileName',
  columns: (t) => [
    { header: t('ledger.columns.ideaNumber'), kind: 'integer', width: 10 },
    { header: t('ledger.columns.ideaTitle'), kind: 'text', width: 48 },
    { header: t('ledger.columns.kind'), kind: 'text', width: 18 },
    { header: t('ledger.columns.status'), kind: 'text', width: 14 },
    { header: t('ledger.columns.recipient'), kind: 'text', width: 28 },
    { header: t('ledger.columns.employeeNumber'), kind: 'text', width: 14 },
    { header: t('ledger.columns.department'), kind: 'text', width: 28 },
    { header: t('ledger.columns.decisionNumber'), kind: 'text', width: 14 },
    { header: t('ledger.columns.decisionDate'), kind: 'date', width: 12 },
    { header: t('ledger.columns.proposedOn'), kind: 'date', width: 12 },
    { header: t('ledger.columns.share'), kind: 'percent', width: 10 },
    { header: t('ledger.columns.amount'), kind: 'euros', width: 14 },
    { header: t('ledger.columns.paidOn'), kind: 'date', width: 12 },
  ],
  async open({ db, locale, params, t }) {
    const filter = parseLedgerFilter(params);
    const { count } = await ledgerTotals(db, filter);
    async function* rows() {
      for await (const row of ledgerRows(db, filter, locale)) yield cells(row, t);
    }
    return { count, rows: rows() };
  },
};
