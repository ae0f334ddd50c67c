import type { Actor } from '@/modules/access/permissions';
import { calendarDayOf } from '@/modules/accelerator/working-days';
import type { Database } from '@/modules/platform/db/client';
import { csvFile, xlsxFile, type SheetCell, type SheetColumn, type SheetWords } from '@/modules/platform/spreadsheet';
import { findPayrollBatch, type PayrollBatchDetails, type PayrollLineRow } from './payroll-batches';

// A payroll batch as the file payroll reads: CSV as Finnish Excel opens it and XLSX. Everything comes
// from the batch's snapshot lines and its creation time, so the same batch always gives the same
// bytes, whenever and however often it is downloaded.

export type PayrollFileFormat = 'csv' | 'xlsx';

export function payrollFileFormat(text: string): PayrollFileFormat | undefined {
  return text === 'csv' || text === 'xlsx' ? text : undefined;
}

/** A message under `rewards.payroll.file` in the reader's language. */
export type PayrollFileTranslator = (key: string) => string;

export function payrollColumns(t: PayrollFileTranslator): SheetColumn[] {
  return [
    { header: t('columns.employeeNumber'), kind: 'text', width: 14 },
    { header: t('columns.name'), kind: 'text', width: 30 },
    { header: t('columns.payCode'), kind: 'text', width: 10 },
    { header: t('columns.gross'), kind: 'euros', width: 14 },
    { header: t('columns.socialInsuranceDue'), kind: 'yesNo', width: 12 },
    { header: t('columns.costCentre'), kind: 'text', width: 16 },
    { header: t('columns.paymentMonth'), kind: 'date', width: 14 },
    { header: t('columns.earningPeriod'), kind: 'text', width: 24 },
    { header: t('columns.taxYear'), kind: 'integer', width: 10 },
    { header: t('columns.decisionNumber'), kind: 'text', width: 16 },
    { header: t('columns.ideaNumber'), kind: 'integer', width: 12 },
    { header: t('columns.share'), kind: 'percent', width: 10 },
  ];
}

/** d.m.yyyy of a `@db.Date` value. */
function day(date: Date): string {
  const [year, month, dayOfMonth] = calendarDayOf(date).split('-').map(Number) as [number, number, number];
  return `${dayOfMonth}.${month}.${year}`;
}

/** "1.11.2026–30.11.2026", or one day when the period starts and ends on the same day; the page shows the same. */
export function earningPeriodText(start: Date, end: Date): string {
  return calendarDayOf(start) === calendarDayOf(end) ? day(start) : `${day(start)}–${day(end)}`;
}

export function payrollCells(line: PayrollLineRow, paymentMonth: Date): SheetCell[] {
  return [
    line.employeeNumber,
    line.name,
    line.payCode,
    line.grossCents,
    line.socialInsuranceDue,
    line.costCentre,
    paymentMonth,
    earningPeriodText(line.earningPeriodStart, line.earningPeriodEnd),
    line.taxYear,
    line.decisionNumber,
    line.ideaId,
    line.shareBasisPoints,
  ];
}

const contentTypes: Record<PayrollFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function payrollFileName(batchId: number, format: PayrollFileFormat): string {
  return `palkkioera-${batchId}.${format}`;
}

/** The file's bytes for a batch already read. */
export async function payrollFileBytes(
  batch: PayrollBatchDetails,
  format: PayrollFileFormat,
  t: PayrollFileTranslator,
): Promise<Uint8Array> {
  const columns = payrollColumns(t);
  const rows = batch.lines.map((line) => payrollCells(line, batch.paymentMonth));
  const words: SheetWords = { yes: t('yes'), no: t('no') };
  if (format === 'csv') return new TextEncoder().encode(csvFile(columns, rows, words));
  return xlsxFile(columns, rows, words, { sheetName: t('sheetName'), createdAt: batch.createdAt });
}

/**
 * The download of a batch's file for `actor`: only for those who make payroll batches. Anyone else,
 * and any batch that does not exist, gets the same "not found".
 */
export async function payrollFileResponse(
  db: Database,
  actor: Actor | null,
  batchId: number,
  format: PayrollFileFormat | undefined,
  t: PayrollFileTranslator,
): Promise<Response> {
  const batch = format ? await findPayrollBatch(db, actor, batchId) : null;
  if (!batch || !format)
    return Response.json({ error: 'notFound' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const bytes = await payrollFileBytes(batch, format, t);
  return new Response(new Blob([new Uint8Array(bytes)]), {
    headers: {
      'Content-Type': contentTypes[format],
      'Content-Disposition': `attachment; filename="${payrollFileName(batch.id, format)}"`,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
