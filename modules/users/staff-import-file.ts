import { parse } from 'csv-parse/sync';
import { employeeNumberPattern } from '@/modules/access/employee-number';
import { staffImportLimits } from './staff-import-limits';

// Reading HR's staff file: Finnish or English headers, `;` (Finnish Excel) or `,`, a BOM or none.
// Everything here is about the file alone; the database's side is in staff-import.ts.

export const staffColumns = ['name', 'email', 'employeeNumber', 'department', 'costCentre'] as const;
export type StaffColumn = (typeof staffColumns)[number];

/** Header names per column, compared without case, spaces, dashes or underscores. */
const headerNames: Record<StaffColumn, string[]> = {
  name: ['nimi', 'name'],
  email: ['sähköposti', 'sahkoposti', 'email', 'sähköpostiosoite'],
  employeeNumber: ['henkilönumero', 'henkilonumero', 'employeenumber'],
  department: ['osasto', 'toimiala', 'department'],
  costCentre: ['kustannuspaikka', 'costcentre', 'costcenter'],
};

/** The headers the page's instructions name: Finnish, then English. */
export const shownHeaders: Record<StaffColumn, [string, string]> = {
  name: ['nimi', 'name'],
  email: ['sähköposti', 'email'],
  employeeNumber: ['henkilönumero', 'employee number'],
  department: ['osasto', 'department'],
  costCentre: ['kustannuspaikka', 'cost centre'],
};

const requiredColumns: StaffColumn[] = ['name', 'email', 'employeeNumber', 'department'];

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const maxLength: Record<StaffColumn, number> = {
  name: 120,
  email: 254,
  employeeNumber: 32,
  department: 200,
  costCentre: 64,
};

export type StaffProblemCode =
  | 'tooLarge'
  | 'tooManyRows'
  | 'encoding'
  | 'unreadable'
  | 'empty'
  | 'missingColumn'
  | 'required'
  | 'tooLong'
  | 'email'
  | 'employeeNumberFormat'
  | 'duplicateInFile'
  | 'employeeNumberTaken'
  | 'unknownDepartment';

/** One problem: the spreadsheet row (the header is row 1) and column it is on, when it is on one. */
export interface StaffProblem {
  row: number | null;
  column: StaffColumn | null;
  code: StaffProblemCode;
  /** The other row, for a duplicate. */
  otherRow?: number;
  /** The value that was not found, for an unknown department. */
  value?: string;
}

export interface StaffRow {
  row: number;
  name: string;
  /** Lower-case: people are matched by it. */
  email: string;
  employeeNumber: string;
  department: string;
  /** null when the cell is empty. */
  costCentre: string | null;
}

/** The rows without problems and every problem: the database's checks add theirs for the same rows. */
export interface StaffFile {
  rows: StaffRow[];
  problems: StaffProblem[];
}

const refuse = (code: StaffProblemCode): StaffFile => ({ rows: [], problems: [{ row: null, column: null, code }] });

/** Bytes as uploaded → text; Excel's "CSV (semicolon delimited)" is Windows-1252 and refused. */
export function decodeStaffFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problems: StaffProblem[] } {
  if (bytes.byteLength > staffImportLimits.bytes)
    return { ok: false, problems: [{ row: null, column: null, code: 'tooLarge' }] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, problems: [{ row: null, column: null, code: 'encoding' }] };
  }
}

const headerKey = (header: string) =>
  header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

function columnOf(header: string): StaffColumn | null {
  const key = headerKey(header);
  return staffColumns.find((column) => headerNames[column].includes(key)) ?? null;
}

/** The separator is whichever of `;` and `,` the header line has more of. */
function separatorOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.split(';').length >= header.split(',').length ? ';' : ',';
}

/** Text → rows, or every problem the file has by itself (the database may add more). */
export function readStaffFile(content: string): StaffFile {
  const text = content.replace(/^\uFEFF/, '');
  if (new TextEncoder().encode(text).byteLength > staffImportLimits.bytes) return refuse('tooLarge');
  let records: string[][];
  try {
    records = parse(text, { delimiter: separatorOf(text), relax_column_count: true, skip_empty_lines: false });
  } catch {
    return refuse('unreadable');
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return refuse('empty');
  if (body.length > staffImportLimits.rows) return refuse('tooManyRows');

  const positions = new Map<StaffColumn, number>();
  header.forEach((cell, index) => {
    const column = columnOf(cell);
    if (column && !positions.has(column)) positions.set(column, index);
  });
  const missing = staffColumns.filter((column) => !positions.has(column));
  if (missing.length > 0)
    return { rows: [], problems: missing.map((column) => ({ row: 1, column, code: 'missingColumn' })) };

  const problems: StaffProblem[] = [];
  const rows: StaffRow[] = [];
  const firstRowOf = { email: new Map<string, number>(), employeeNumber: new Map<string, number>() };
  body.forEach((record, index) => {
    const row = index + 2;
    const cell = (column: StaffColumn) => (record[positions.get(column) ?? -1] ?? '').trim();
    // Excel saves rows it once had as separators only; they are not people.
    if (record.every((value) => value.trim() === '')) return;
    const rowProblems: StaffProblem[] = [];
    for (const column of staffColumns) {
      const value = cell(column);
      if (!value && requiredColumns.includes(column)) rowProblems.push({ row, column, code: 'required' });
      else if (value.length > maxLength[column]) rowProblems.push({ row, column, code: 'tooLong' });
    }
    const email = cell('email').toLowerCase();
    const employeeNumber = cell('employeeNumber');
    if (email && !emailPattern.test(email)) rowProblems.push({ row, column: 'email', code: 'email' });
    if (employeeNumber && !employeeNumberPattern.test(employeeNumber))
      rowProblems.push({ row, column: 'employeeNumber', code: 'employeeNumberFormat' });
    for (const [column, value] of [
      ['email', email],
      ['employeeNumber', employeeNumber],
    ] as const) {
      if (!value) continue;
      const otherRow = firstRowOf[column].get(value);
      if (otherRow) rowProblems.push({ row, column, code: 'duplicateInFile', otherRow });
      else firstRowOf[column].set(value, row);
    }
    problems.push(...rowProblems);
    if (rowProblems.length === 0)
      rows.push({
        row,
        name: cell('name'),
        email,
        employeeNumber,
        department: cell('department'),
        costCentre: cell('costCentre') || null,
      });
  });
  if (problems.length === 0 && rows.length === 0) return refuse('empty');
  return { rows, problems };
}
