import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { can } from '@/modules/access/permissions';
import fi from '@/modules/i18n/messages/fi.json';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createDepartment, createIdea, createUser } from '@/modules/platform/testing/factories';
import { reportDownload, type ExportFormat } from './export';

const db = testDb();
const translate = createTranslator({ locale: 'fi', messages: fi, namespace: 'reports' });
const t = (key: string) => translate(key as never);
const period = { from: '2007-09-01', to: '2007-09-30' };
const insightReports = [
  'insight-funnel',
  'insight-participation',
  'insight-stages',
  'insight-benefits',
  'insight-campaigns',
];

async function download(roles: Role[], id: string, format: ExportFormat = 'csv', params = new URLSearchParams(period)) {
  const actor = actorOf(await createUser(db, { roles }));
  return reportDownload(actor, id, format, { db, locale: 'fi', params, t });
}

describe('insight downloads', () => {
  it.each([
    ['a manager', [Role.EMPLOYEE, Role.MANAGER]],
    ['the coordinator', [Role.EMPLOYEE, Role.COORDINATOR]],
    ['HR', [Role.EMPLOYEE, Role.HR]],
    ['an admin', [Role.EMPLOYEE, Role.ADMIN]],
  ])('are open to %s, as CSV and XLSX', async (_who, roles) => {
    for (const id of insightReports)
      for (const format of ['csv', 'xlsx'] as const) {
        const result = await download(roles, id, format);
        expect(result.ok, `${id} ${format}`).toBe(true);
        if (result.ok) await result.response.arrayBuffer();
      }
  });

  it.each([
    ['an employee', [Role.EMPLOYEE]],
    ['a moderator', [Role.EMPLOYEE, Role.MODERATOR]],
  ])('do not exist for %s', async (_who, roles) => {
    expect(can(actorOf({ id: 'x', roles }), 'insight.read')).toBe(false);
    for (const id of insightReports)
      expect(await download(roles, id)).toEqual({ ok: false, status: 404, error: 'unknownReport' });
  });

  it('leaves HR\u2019s own reports closed to a manager', async () => {
    expect(await download([Role.EMPLOYEE, Role.MANAGER], 'ledger')).toMatchObject({ ok: false, status: 404 });
  });

  it('downloads the funnel with its total first and a row per department, as the page shows it', async () => {
    const department = await createDepartment(db);
    const idea = await createIdea(db, { status: IdeaStatus.PUBLISHED, departmentIds: [department.id] });
    await db.idea.update({ where: { id: idea.id }, data: { submittedAt: new Date('2007-09-12T10:00:00Z') } });
    const result = await download([Role.EMPLOYEE, Role.MANAGER], 'insight-funnel', 'csv', new URLSearchParams(period));
    if (!result.ok) throw new Error('refused');
    const lines = (await result.response.text()).trim().split('\r\n');
    expect(lines[0]).toContain(t('insight.funnel.columns.department'));
    expect(lines[0]).toContain(t('insight.funnel.conversionTo.implemented'));
    expect(lines[1]!.startsWith(`${t('insight.funnel.total')};1;1;0;0;0;`)).toBe(true);
    expect(lines).toContain(`${department.nameFi};1;1;0;0;0;100,00;0,00;;`);
  });

  it('leaves the rewards paid out of the benefits download: they are HR\u2019s', async () => {
    const result = await download([Role.EMPLOYEE, Role.MANAGER], 'insight-benefits');
    if (!result.ok) throw new Error('refused');
    const header = (await result.response.text()).split('\r\n')[0]!;
    expect(header).toContain(t('charts.benefits.columns.realised'));
    expect(header).not.toContain(t('charts.benefits.columns.rewardsPaid'));
  });
});
