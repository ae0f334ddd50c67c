import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dateColumn } from '@/modules/accelerator/working-days';
import en from '@/modules/i18n/messages/en.json';
import fi from '@/modules/i18n/messages/fi.json';
import { RewardStatus, Role, type Database } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createRewardCase, createUser, testOrigin, unique } from '@/modules/platform/testing/factories';
import { createPayrollBatch } from './payroll';
import { findPayrollBatch } from './payroll-batches';
import { earningPeriodText, payrollFileResponse, type PayrollFileFormat } from './payroll-file';

const translatorFor = (messages: typeof fi) => {
  const translate = createTranslator({ locale: 'fi', messages, namespace: 'rewards.payroll.file' });
  return (key: string) => translate(key as never);
};
const t = translatorFor(fi);

async function person(db: Database, name: string, costCentre: string | null) {
  const user = await createUser(db, { name });
  return db.user.update({ where: { id: user.id }, data: { employeeNumber: unique('0'), costCentre } });
}

describe('earningPeriodText', () => {
  it('gives a month as first–last day, and a period of one day as that one date', () => {
    expect(earningPeriodText(new Date(Date.UTC(2026, 10, 1)), new Date(Date.UTC(2026, 10, 30)))).toBe(
      '1.11.2026–30.11.2026',
    );
    expect(earningPeriodText(new Date(Date.UTC(2026, 8, 16)), new Date(Date.UTC(2026, 8, 16)))).toBe('16.9.2026');
  });
});

describe('the payroll file', () => {
  const db = testDb();
  let hr: ReturnType<typeof actorOf>;
  let batchId: number;

  beforeAll(async () => {
    hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const author = await person(db, `=HYPERLINK("http://evil.example","Aino") ${unique('n')}`, 'KP 100; keittiö');
    const coAuthor = await person(db, `Östen Öhman ${unique('n')}`, null);
    const within = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 30_001,
      withinOwnDuties: true,
      decisionNumber: 'HR 7/2026',
      decisionDate: dateColumn('2026-11-02'),
      shares: [
        { userId: author.id, shareBasisPoints: 6_667 },
        { userId: coAuthor.id, shareBasisPoints: 3_333 },
      ],
    });
    const outside = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 123_456,
      decisionNumber: 'HR 8/2026',
      decisionDate: dateColumn('2026-10-31'),
      shares: [{ userId: coAuthor.id, shareBasisPoints: 10_000 }],
    });
    const made = await createPayrollBatch(
      db,
      hr,
      { paymentMonth: '2026-12', caseIds: [within.id, outside.id] },
      testOrigin,
    );
    batchId = made.id!;
  });

  const download = async (format: PayrollFileFormat, actor = hr, translate = t) =>
    payrollFileResponse(db, actor, batchId, format, translate);

  const expectedRows = async () => {
    const batch = (await findPayrollBatch(db, hr, batchId))!;
    return batch.lines.map((line) => ({
      employeeNumber: line.employeeNumber,
      name: line.name,
      payCode: line.payCode,
      grossCents: line.grossCents,
      socialInsuranceDue: line.socialInsuranceDue,
      costCentre: line.costCentre ?? '',
      taxYear: line.taxYear,
      decisionNumber: line.decisionNumber,
      ideaId: line.ideaId,
      shareBasisPoints: line.shareBasisPoints,
    }));
  };

  it('is a CSV for Finnish Excel whose rows parse back to the batch lines, columns in order', async () => {
    const response = await download('csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="palkkioera-${batchId}.csv"`);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The byte-order mark is the file's first character (a default TextDecoder would drop it).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Henkilönumero;Nimi;Palkkalaji;Bruttomäärä (€);Sosiaalivakuutusmaksut;Kustannuspaikka;Maksukuukausi;' +
        'Ansaintajakso;Verovuosi;Päätösnumero;Aloitenumero;Osuus (%)',
    );
    // Split on semicolons outside quotes, and read decimal commas back.
    const split = (line: string) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^;]*)(?:;|$)/g)]
        .slice(0, 12)
        .map((match) => match[1]!.replace(/^"([\s\S]*)"$/, '$1').replaceAll('""', '"'));
    const cents = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);
    const parsed = lines.slice(1, -1).map(split);
    const expected = await expectedRows();
    expect(parsed).toHaveLength(3);
    parsed.forEach((cells, index) => {
      const line = expected[index]!;
      expect(cells[0]).toBe(line.employeeNumber);
      expect(cells[1]).toBe(line.name.startsWith('=') ? `'${line.name}` : line.name);
      expect(cells[2]).toBe('202');
      expect(cents(cells[3]!)).toBe(line.grossCents);
      expect(cells[4]).toBe(line.socialInsuranceDue ? 'kyllä' : 'ei');
      expect(cells[5]).toBe(line.costCentre);
      expect(cells[6]).toBe('1.12.2026');
      expect(cells[8]).toBe('2026');
      expect(cells[9]).toBe(line.decisionNumber);
      expect(Number(cells[10])).toBe(line.ideaId);
      expect(cents(cells[11]!)).toBe(line.shareBasisPoints);
    });
    expect(parsed.map((cells) => cells[7])).toEqual(
      expected.map((line) => (line.decisionNumber === 'HR 7/2026' ? '1.11.2026–30.11.2026' : '1.10.2026–31.10.2026')),
    );
    expect(parsed.map((cells) => cells[3])).toContain('1234,56');
    expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
    expect(text).toContain(`;"KP 100; keittiö";`);
  });

  it('is an XLSX whose cells read back as the batch lines, with numbers and dates typed', async () => {
    const response = await download('xlsx');
    expect(response.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="palkkioera-${batchId}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Maksuerä')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Henkilönumero');
    expect(sheet.getRow(1).getCell(12).value).toBe('Osuus (%)');
    const expected = await expectedRows();
    expect(sheet.rowCount).toBe(expected.length + 1);
    expected.forEach((line, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(1).value).toBe(line.employeeNumber);
      expect(row.getCell(2).value).toBe(line.name.startsWith('=') ? `'${line.name}` : line.name);
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(3).value).toBe('202');
      expect(Math.round((row.getCell(4).value as number) * 100)).toBe(line.grossCents);
      expect(row.getCell(5).value).toBe(line.socialInsuranceDue ? 'kyllä' : 'ei');
      expect(row.getCell(6).value ?? '').toBe(line.costCentre);
      expect(row.getCell(7).value).toEqual(dateColumn('2026-12-01'));
      expect(row.getCell(9).value).toBe(2026);
      expect(row.getCell(10).value).toBe(line.decisionNumber);
      expect(row.getCell(11).value).toBe(line.ideaId);
      expect(Math.round((row.getCell(12).value as number) * 100)).toBe(line.shareBasisPoints);
    });
  });

  it('gives the same bytes every time the same batch is downloaded, also a day later', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const first = Buffer.from(await (await download(format)).arrayBuffer());
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 86_400_000 });
      try {
        const second = Buffer.from(await (await download(format)).arrayBuffer());
        expect(Buffer.compare(first, second)).toBe(0);
      } finally {
        vi.useRealTimers();
      }
    }
  });

  it('has its headers in the reader’s language', async () => {
    const bytes = await (await download('csv', hr, translatorFor(en as typeof fi))).arrayBuffer();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFEmployee number;Name;Pay code;Gross amount (€);Social insurance due;Cost centre;Payment month;' +
        'Earning period;Tax year;Decision number;Idea number;Share (%)',
    );
  });

  it('is not found for anyone but HR, and for a batch or format that does not exist', async () => {
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER], [Role.EMPLOYEE, Role.ADMIN]]) {
      const response = await download('csv', actorOf(await createUser(db, { roles })));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('HR 7/2026');
    }
    expect((await payrollFileResponse(db, null, batchId, 'csv', t)).status).toBe(404);
    expect((await payrollFileResponse(db, hr, 2_000_000_000, 'csv', t)).status).toBe(404);
    expect((await payrollFileResponse(db, hr, batchId, undefined, t)).status).toBe(404);
  });
});
