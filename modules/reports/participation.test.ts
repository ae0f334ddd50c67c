import { createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it } from 'vitest';
import fi from '@/modules/i18n/messages/fi.json';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createDepartment, createIdea, createUser } from '@/modules/platform/testing/factories';
import { reportDownload } from './export';
import { MIN_GROUP_SIZE, participation, protectSmallGroups, type ParticipationGroup } from './participation';

const db = testDb();
// A period of its own: nothing else in the test database happened then.
const period = { from: '2012-03-01', to: '2012-03-31' };
const during = new Date('2012-03-15T10:00:00Z');

function group(departmentId: string, staff: number, active = 0): ParticipationGroup {
  return { departmentId, departmentName: departmentId, staff, posted: active, voted: 0, commented: 0, active };
}

describe('participation by department', () => {
  let large: string;
  let small: string;
  let smallName: string;

  beforeAll(async () => {
    large = (await createDepartment(db)).id;
    const smallDepartment = await createDepartment(db);
    small = smallDepartment.id;
    smallName = smallDepartment.nameFi;
    const staff = await Promise.all(Array.from({ length: 6 }, () => createUser(db, { departmentId: large })));
    const few = await Promise.all(Array.from({ length: 4 }, () => createUser(db, { departmentId: small })));
    const leaver = await createUser(db, { departmentId: large });
    await db.user.update({ where: { id: leaver.id }, data: { active: false } });
    const idea = await createIdea(db);
    // Posted in the period (twice: counted once), voted, commented; one voted only outside the period.
    for (const author of [staff[0]!, staff[0]!, few[0]!]) {
      const posted = await createIdea(db, { authorId: author.id, status: IdeaStatus.PUBLISHED, publishedAt: during });
      await db.idea.update({ where: { id: posted.id }, data: { submittedAt: during } });
    }
    await db.vote.createMany({
      data: [
        { ideaId: idea.id, userId: staff[0]!.id, createdAt: during },
        { ideaId: idea.id, userId: staff[1]!.id, createdAt: during },
        { ideaId: idea.id, userId: staff[2]!.id, createdAt: new Date('2012-04-01T10:00:00Z') },
        { ideaId: idea.id, userId: leaver.id, createdAt: during },
      ],
    });
    await db.comment.createMany({
      data: [
        { ideaId: idea.id, authorId: staff[3]!.id, body: 'Hyvä.', createdAt: during },
        { ideaId: idea.id, authorId: staff[4]!.id, body: 'Poistettu.', createdAt: during, deletedAt: during },
      ],
    });
  });

  it('counts each active person once per activity, as a share of the department\u2019s active staff', async () => {
    const report = await participation(db, period, 'fi');
    expect(report.groups.find((row) => row.departmentId === large)).toMatchObject({
      staff: 6,
      posted: 1,
      voted: 2,
      commented: 1,
      active: 3,
    });
  });

  it('never shows a 4-person department on its own, on the page or in the download', async () => {
    const report = await participation(db, period, 'fi');
    expect(report.groups.some((row) => row.departmentId === small)).toBe(false);
    expect(report.mergedDepartments).toBeGreaterThanOrEqual(1);
    const translate = createTranslator({ locale: 'fi', messages: fi, namespace: 'reports' });
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const download = await reportDownload(hr, 'participation', 'csv', {
      db,
      locale: 'fi',
      params: new URLSearchParams(period),
      t: (key) => translate(key as never),
    });
    if (!download.ok) throw new Error('refused');
    const text = await download.response.text();
    expect(text).not.toContain(smallName);
    expect(text).toContain(translate('charts.participation.total'));
  });

  it('merges small departments into one row when together they reach the limit, and hides it when not', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    const alone = protectSmallGroups([group('big', 5, 2), group('four', 4, 1)]);
    expect(alone.groups.map((row) => row.departmentId)).toEqual(['big']);
    expect(alone).toMatchObject({ mergedDepartments: 1, smallGroupsHidden: true });
    // The total covers the shown groups only: no subtracting a hidden group out of it.
    expect(alone.total).toEqual({ staff: 5, posted: 2, voted: 0, commented: 0, active: 2 });
    const together = protectSmallGroups([group('big', 7, 2), group('three', 3, 1), group('two', 2, 1)]);
    expect(together.groups).toEqual([
      group('big', 7, 2),
      { departmentId: null, departmentName: null, staff: 5, posted: 2, voted: 0, commented: 0, active: 2 },
    ]);
    expect(together).toMatchObject({ mergedDepartments: 2, smallGroupsHidden: false });
    expect(together.total.staff).toBe(12);
  });
});
