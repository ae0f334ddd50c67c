import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateColumn } from '@/modules/accelerator/working-days';
import fi from '@/modules/i18n/messages/fi.json';
import { IdeaStatus, RewardKind, RewardStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createRewardCase,
  createUser,
  unique,
} from '@/modules/platform/testing/factories';
import { reportDownload, ROW_COUNT_HEADER, type ExportFormat } from './export';

describe('report downloads', () => {
  const db = testDb();
  const translate = createTranslator({ locale: 'fi', messages: fi, namespace: 'reports' });
  const t = (key: string) => translate(key as never);
  const now = new Date('2026-11-26T10:00:00Z');
  let departmentId: string;
  let recipientName: string;
  let employeeNumber: string;
  let ideaId: number;
  let otherIdeaId: number;

  beforeAll(async () => {
    departmentId = (await createDepartment(db, { nameFi: 'Ruokapalvelut; keittiö' })).id;
    const recipient = await createUser(db, { departmentId, name: `=Aino "Ankka" ${unique('x')}` });
    employeeNumber = unique('0');
    await db.user.update({ where: { id: recipient.id }, data: { employeeNumber } });
    recipientName = recipient.name;
    const colleague = await createUser(db, { departmentId });
    ideaId = (
      await createIdea(db, { authorId: recipient.id, status: IdeaStatus.IMPLEMENTATION, title: 'Keittiö; hävikki' })
    ).id;
    await createRewardCase(db, {
      ideaId,
      status: RewardStatus.DECIDED,
      amountCents: 30_001,
      shares: [
        { userId: recipient.id, shareBasisPoints: 6_667 },
        { userId: colleague.id, shareBasisPoints: 3_333 },
      ],
      decisionNumber: 'HR 7/2026',
      decisionDate: dateColumn('2026-11-02'),
    });
    await db.rewardCase.updateMany({ where: { ideaId }, data: { createdAt: now } });
    otherIdeaId = (await createIdea(db, { authorId: recipient.id, status: IdeaStatus.IMPLEMENTED })).id;
    await createRewardCase(db, {
      ideaId: otherIdeaId,
      kind: RewardKind.THANK_YOU,
      amountCents: 10_000,
      shares: [{ userId: recipient.id, shareBasisPoints: 10_000 }],
    });
    await db.rewardCase.updateMany({ where: { ideaId: otherIdeaId }, data: { createdAt: now } });
  });

  const hr = async () => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
  const download = async (actor: ReturnType<typeof actorOf> | null, format: ExportFormat | undefined, id = 'ledger') =>
    reportDownload(
      actor,
      id,
      format,
      { db, locale: 'fi', params: new URLSearchParams({ department: departmentId, person: employeeNumber }), t },
      now,
    );

  it('streams the ledger as CSV that parses back to the rows, with headers for the browser', async () => {
    const result = await download(await hr(), 'csv');
    if (!result.ok) throw new Error(result.error);
    const { headers } = result.response;
    expect(headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('Cache-Control')).toContain('no-store');
    expect(headers.get('Content-Disposition')).toBe(
      `attachment; filename="palkkiokirjanpito-2026-11-26.csv"; filename*=UTF-8''palkkiokirjanpito-2026-11-26.csv`,
    );
    expect(headers.get(ROW_COUNT_HEADER)).toBe('2');
    const bytes = new Uint8Array(await result.response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const table = parse(text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
    expect(table).toEqual([
      [
        'Aloitenumero',
        'Aloite',
        'Laji',
        'Tila',
        'Saaja',
        'Henkilönumero',
        'Yksikkö',
        'Päätösnumero',
        'Päätöspäivä',
        'Ehdotettu',
        'Osuus %',
        'Summa',
        'Maksupäivä',
      ],
      [
        String(otherIdeaId),
        expect.any(String),
        'Kiitospalkkio',
        'Ehdotettu',
        `'${recipientName}`,
        employeeNumber,
        'Ruokapalvelut; keittiö',
        '',
        '',
        '26.11.2026',
        '100,00',
        '100,00',
        '',
      ],
      [
        String(ideaId),
        'Keittiö; hävikki',
        'Aloitepalkkio (toteutukseen)',
        'Päätetty',
        `'${recipientName}`,
        employeeNumber,
        'Ruokapalvelut; keittiö',
        'HR 7/2026',
        '2.11.2026',
        '26.11.2026',
        '66,67',
        '200,02',
        '',
      ],
    ]);
  });

  it('streams the ledger as XLSX that reads back to the same rows, typed', async () => {
    const result = await download(await hr(), 'xlsx');
    if (!result.ok) throw new Error(result.error);
    expect(result.response.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(result.response.headers.get(ROW_COUNT_HEADER)).toBe('2');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await result.response.arrayBuffer());
    const sheet = workbook.getWorksheet('Palkkiot')!;
    const values = (rowNumber: number) => (sheet.getRow(rowNumber).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(3);
    expect(values(1)[0]).toBe('Aloitenumero');
    expect(values(3)).toEqual([
      ideaId,
      'Keittiö; hävikki',
      'Aloitepalkkio (toteutukseen)',
      'Päätetty',
      `'${recipientName}`,
      employeeNumber,
      'Ruokapalvelut; keittiö',
      'HR 7/2026',
      dateColumn('2026-11-02'),
      dateColumn('2026-11-26'),
      66.67,
      200.02,
    ]);
  });

  it('gives everyone but HR nothing: the same answer as for a report that does not exist', async () => {
    const department = (await createDepartment(db)).id;
    const others = [
      [Role.EMPLOYEE],
      [Role.EMPLOYEE, Role.MANAGER],
      [Role.EMPLOYEE, Role.ADMIN],
      [Role.EMPLOYEE, Role.MODERATOR],
      [Role.EMPLOYEE, Role.COORDINATOR],
    ];
    for (const roles of others) {
      const actor = actorOf(await createUser(db, { roles, departmentId: department }), [departmentId]);
      expect(await download(actor, 'csv')).toEqual({ ok: false, status: 404, error: 'unknownReport' });
    }
    expect(await download(null, 'csv')).toEqual({ ok: false, status: 404, error: 'unknownReport' });
    expect(await download(await hr(), 'csv', 'payroll-secrets')).toEqual({
      ok: false,
      status: 404,
      error: 'unknownReport',
    });
    expect(await download(await hr(), 'csv', 'toString')).toMatchObject({ ok: false, status: 404 });
    expect(await download(await hr(), undefined)).toEqual({ ok: false, status: 400, error: 'unknownFormat' });
  });
});
