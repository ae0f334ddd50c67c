import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough, type Writable } from 'node:stream';

// Tables handed to Excel, as Finnish Excel opens them: CSV with semicolons, decimal commas and a
// UTF-8 byte-order mark, and XLSX with real numbers and dates. Cells are typed by their column, so
// a report states once that a column is euros and every row follows. Text that Excel would run as
// a formula (=, +, -, @ and control characters first) is written with a leading apostrophe.

export type ColumnKind = 'text' | 'integer' | 'euros' | 'percent' | 'date' | 'yesNo';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
  /** XLSX column width in characters. */
  width?: number;
}

/**
 * One cell: text; integer; euros as integer cents; percent as basis points (10000 = 100 %); date
 * as a `@db.Date` value (UTC midnight of the calendar day); yes/no as a boolean.
 */
export type SheetCell = string | number | boolean | Date | null;

export interface SheetWords {
  yes: string;
  no: string;
}

const formulaStart = /^[=+\-@\t\r]/;

function safeText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function decimalComma(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

/** d.m.yyyy of a calendar day stored as UTC midnight. */
function finnishDate(day: Date): string {
  return `${day.getUTCDate()}.${day.getUTCMonth() + 1}.${day.getUTCFullYear()}`;
}

function csvValue(cell: SheetCell, kind: ColumnKind, words: SheetWords): string {
  if (cell === null || cell === '') return '';
  switch (kind) {
    case 'integer':
      return String(cell);
    case 'euros':
      return decimalComma(Number(cell) / 100, 2);
    case 'percent':
      return decimalComma(Number(cell) / 100, 2);
    case 'date':
      return cell instanceof Date ? finnishDate(cell) : String(cell);
    case 'yesNo':
      return cell ? words.yes : words.no;
    case 'text':
      return safeText(String(cell));
  }
}

function quoted(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The byte-order mark Excel needs to read UTF-8. */
export const csvByteOrderMark = '\uFEFF';

/** The header line (with the byte-order mark) of a CSV file. */
export function csvHeader(columns: readonly SheetColumn[]): string {
  return `${csvByteOrderMark}${columns.map((column) => quoted(safeText(column.header))).join(';')}\r\n`;
}

/** One CSV line, ending in CRLF. */
export function csvRow(columns: readonly SheetColumn[], row: readonly SheetCell[], words: SheetWords): string {
  return `${columns.map((column, index) => quoted(csvValue(row[index] ?? null, column.kind, words))).join(';')}\r\n`;
}

/** A whole CSV file. */
export function csvFile(
  columns: readonly SheetColumn[],
  rows: Iterable<readonly SheetCell[]>,
  words: SheetWords,
): string {
  let text = csvHeader(columns);
  for (const row of rows) text += csvRow(columns, row, words);
  return text;
}

const numberFormats: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '0',
  euros: '#,##0.00 "€"',
  percent: '0.00" %"',
  date: 'd.m.yyyy',
  yesNo: undefined,
};

function xlsxValue(cell: SheetCell, kind: ColumnKind, words: SheetWords): ExcelJS.CellValue {
  if (cell === null) return null;
  switch (kind) {
    case 'euros':
      return Number(cell) / 100;
    case 'percent':
      return Number(cell) / 100;
    case 'integer':
      return Number(cell);
    case 'date':
      return cell instanceof Date ? cell : String(cell);
    case 'yesNo':
      return cell ? words.yes : words.no;
    case 'text':
      return safeText(String(cell));
  }
}

export interface XlsxOptions {
  sheetName: string;
  /** Written as the workbook's created and modified time: the same table gives the same file. */
  createdAt: Date;
}

/** The header row stays in view; given when the sheet is added (the streaming writer's views are read-only). */
const frozenHeader: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', ySplit: 1 }] };

function defineSheet(worksheet: ExcelJS.Worksheet, columns: readonly SheetColumn[]): void {
  worksheet.columns = columns.map((column, index) => ({
    key: String(index),
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length + 2),
    style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
}

/** A whole XLSX file in memory (for files of a few thousand rows; larger ones stream). */
export async function xlsxFile(
  columns: readonly SheetColumn[],
  rows: Iterable<readonly SheetCell[]>,
  words: SheetWords,
  options: XlsxOptions,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'VAU';
  workbook.created = options.createdAt;
  workbook.modified = options.createdAt;
  const worksheet = workbook.addWorksheet(options.sheetName, frozenHeader);
  defineSheet(worksheet, columns);
  for (const row of rows) worksheet.addRow(row.map((cell, index) => xlsxValue(cell, columns[index]!.kind, words)));
  return withFixedTimes(Buffer.from(await workbook.xlsx.writeBuffer()), options.createdAt);
}

/** The zip's entries carry the time they were written; the same moment for all gives the same bytes. */
async function withFixedTimes(file: Buffer, moment: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  zip.forEach((_, entry) => {
    entry.date = moment;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * An XLSX file written row by row to a stream, for large exports: rows are committed as they come,
 * so memory stays flat. Call `add` for each row, then `finish`.
 */
export function xlsxStream(columns: readonly SheetColumn[], words: SheetWords, options: XlsxOptions) {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output as Writable, useStyles: true });
  workbook.creator = 'VAU';
  workbook.created = options.createdAt;
  workbook.modified = options.createdAt;
  const worksheet = workbook.addWorksheet(options.sheetName, frozenHeader);
  defineSheet(worksheet, columns);
  return {
    output,
    add(row: readonly SheetCell[]): void {
      worksheet.addRow(row.map((cell, index) => xlsxValue(cell, columns[index]!.kind, words))).commit();
    },
    async finish(): Promise<void> {
      worksheet.commit();
      await workbook.commit();
    },
  };
}
