import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  csvByteOrderMark,
  csvFile,
  csvHeader,
  csvRow,
  xlsxFile,
  xlsxStream,
  type SheetCell,
  type SheetColumn,
} from './spreadsheet';

const words = { yes: 'kyllä', no: 'ei' };
const columns: SheetColumn[] = [
  { header: 'Nimi', kind: 'text' },
  { header: 'Määrä', kind: 'euros' },
  { header: 'Osuus', kind: 'percent' },
  { header: 'Päivä', kind: 'date' },
  { header: 'Sivukulut', kind: 'yesNo' },
  { header: 'Aloite', kind: 'integer' },
];
const rows: SheetCell[][] = [
  ['Aino Ankka', 123_456, 3_333, new Date(Date.UTC(2026, 0, 5)), true, 42],
  ['Keittiö; "hävikki"', 5, 10_000, null, false, null],
];
const createdAt = new Date('2026-11-26T10:00:00Z');

async function readXlsx(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

describe('CSV for Finnish Excel', () => {
  it('starts with a byte-order mark, separates with semicolons and ends lines in CRLF', () => {
    const file = csvFile(columns, rows, words);
    expect(file.startsWith(csvByteOrderMark)).toBe(true);
    expect(file.split('\r\n')).toHaveLength(4);
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replaceAll('\r\n', '')).not.toContain('\n');
    expect(csvHeader(columns)).toBe('\uFEFFNimi;Määrä;Osuus;Päivä;Sivukulut;Aloite\r\n');
  });

  it('writes euros and percentages with a decimal comma, dates as d.m.yyyy, yes/no in words', () => {
    expect(csvRow(columns, rows[0]!, words)).toBe('Aino Ankka;1234,56;33,33;5.1.2026;kyllä;42\r\n');
    expect(csvRow(columns, rows[1]!, words)).toBe('"Keittiö; ""hävikki""";0,05;100,00;;ei;\r\n');
  });

  it('parses back with semicolons and decimal commas to the values given', () => {
    const parsed: string[][] = parse(csvFile(columns, rows, words), { delimiter: ';', bom: true });
    expect(parsed[0]).toEqual(columns.map((column) => column.header));
    expect(parsed[2]![0]).toBe('Keittiö; "hävikki"');
    expect(Math.round(Number(parsed[1]![1]!.replace(',', '.')) * 100)).toBe(123_456);
    expect(Math.round(Number(parsed[1]![2]!.replace(',', '.')) * 100)).toBe(3_333);
  });

  it('neutralises text Excel would run as a formula, in cells and headers', () => {
    const text: SheetColumn[] = [{ header: '=SUM(A1)', kind: 'text' }];
    for (const start of ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvRow(text, [start], words)).toMatch(/^"?'/);
    expect(csvHeader(text)).toBe("\uFEFF'=SUM(A1)\r\n");
    expect(csvRow(text, ['Aino = Ankka'], words)).toBe('Aino = Ankka\r\n');
    // A number column is a number, never text: a negative amount stays a number.
    expect(csvRow([{ header: 'x', kind: 'euros' }], [-150], words)).toBe('-1,50\r\n');
  });
});

describe('XLSX', () => {
  it('holds real numbers and dates with Finnish formats, and the yes/no words', async () => {
    const workbook = await readXlsx(await xlsxFile(columns, rows, words, { sheetName: 'Taulu', createdAt }));
    const sheet = workbook.getWorksheet('Taulu')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((column) => column.header)]);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('Aino Ankka');
    expect(first.getCell(2).value).toBe(1234.56);
    expect(first.getCell(2).numFmt).toBe('#,##0.00 "€"');
    expect(first.getCell(3).value).toBe(33.33);
    expect(first.getCell(4).value).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(first.getCell(4).numFmt).toBe('d.m.yyyy');
    expect(first.getCell(5).value).toBe('kyllä');
    expect(first.getCell(6).value).toBe(42);
    expect(sheet.getRow(3).getCell(4).value).toBeNull();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.created).toEqual(createdAt);
  });

  it('gives the same bytes for the same table and moment, other bytes for another moment', async () => {
    const options = { sheetName: 'Taulu', createdAt };
    const first = await xlsxFile(columns, rows, words, options);
    const second = await xlsxFile(columns, rows, words, options);
    expect(Buffer.compare(first, second)).toBe(0);
    const later = await xlsxFile(columns, rows, words, { ...options, createdAt: new Date('2026-11-27T10:00:00Z') });
    expect(Buffer.compare(first, later)).not.toBe(0);
  });

  it('writes a formula-looking text as text, never as a formula', async () => {
    const text: SheetColumn[] = [{ header: 'Nimi', kind: 'text' }];
    const workbook = await readXlsx(
      await xlsxFile(text, [['=HYPERLINK("http://x","y")']], words, { sheetName: 'T', createdAt }),
    );
    const cell = workbook.getWorksheet('T')!.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('streams the same table row by row', async () => {
    const sheet = xlsxStream(columns, words, { sheetName: 'Virta', createdAt });
    const chunks: Buffer[] = [];
    sheet.output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => sheet.output.on('end', resolve));
    for (const row of rows) sheet.add(row);
    await sheet.finish();
    await ended;
    const streamed = (await readXlsx(Buffer.concat(chunks))).getWorksheet('Virta')!;
    expect(streamed.rowCount).toBe(3);
    expect(streamed.getRow(2).getCell(2).value).toBe(1234.56);
    expect(streamed.getRow(3).getCell(1).value).toBe('Keittiö; "hävikki"');
  });
});
