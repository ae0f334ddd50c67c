import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createDepartment, createManager, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { setRewardBudget } from './budgets';

const db = testDb();

describe('setting a department\u2019s reward budget', () => {
  it('lets HR and admins set and change it, audited with department, year and amount', async () => {
    const department = await createDepartment(db);
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const input = { departmentId: department.id, year: '2026' };

    expect(await setRewardBudget(db, hr, { ...input, amountEuros: '1 234,50' }, testOrigin)).toMatchObject({
      ok: true,
    });
    expect(await setRewardBudget(db, admin, { ...input, amountEuros: '5000' }, testOrigin)).toMatchObject({ ok: true });
    expect(
      await db.rewardBudget.findUnique({ where: { departmentId_year: { departmentId: department.id, year: 2026 } } }),
    ).toMatchObject({ amountCents: 500_000 });
    const entries = await db.auditLog.findMany({
      where: { action: 'reward.budget.set', targetId: department.id },
      orderBy: { id: 'asc' },
      select: { actorId: true, targetType: true, before: true, after: true },
    });
    expect(entries).toEqual([
      {
        actorId: hr.id,
        targetType: 'department',
        before: null,
        after: { department: department.slug, year: 2026, amountCents: 123_450 },
      },
      {
        actorId: admin.id,
        targetType: 'department',
        before: { department: department.slug, year: 2026, amountCents: 123_450 },
        after: { department: department.slug, year: 2026, amountCents: 500_000 },
      },
    ]);
  });

  it('refuses everyone else, and writes nothing', async () => {
    const department = await createDepartment(db);
    const input = { departmentId: department.id, year: '2026', amountEuros: '100' };
    const manager = (await createManager(db, department.id)).actor;
    for (const role of [Role.EMPLOYEE, Role.MODERATOR, Role.COORDINATOR]) {
      const actor = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, role] }));
      expect(await setRewardBudget(db, actor, input, testOrigin)).toMatchObject({
        ok: false,
        message: 'errors.forbidden',
      });
    }
    expect(await setRewardBudget(db, manager, input, testOrigin)).toMatchObject({ message: 'errors.forbidden' });
    expect(await setRewardBudget(db, null, input, testOrigin)).toMatchObject({ message: 'errors.signInRequired' });
    expect(await db.rewardBudget.count({ where: { departmentId: department.id } })).toBe(0);
  });

  it('refuses a malformed amount, year or department and keeps what was typed', async () => {
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const department = await createDepartment(db);
    const refused = await setRewardBudget(
      db,
      hr,
      { departmentId: department.id, year: '99', amountEuros: '12,345' },
      testOrigin,
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { year: ['reports.budgets.errors.year'], amountEuros: ['reports.budgets.errors.amount'] },
      values: { departmentId: department.id, year: '99', amountEuros: '12,345' },
    });
    expect(
      await setRewardBudget(db, hr, { departmentId: department.id, year: '2026', amountEuros: '-5' }, testOrigin),
    ).toMatchObject({ fieldErrors: { amountEuros: ['validation.notNegative'] } });
    expect(
      await setRewardBudget(db, hr, { departmentId: department.id, year: '2026', amountEuros: '20000001' }, testOrigin),
    ).toMatchObject({ fieldErrors: { amountEuros: ['reports.budgets.errors.amount'] } });
    await db.department.update({ where: { id: department.id }, data: { active: false } });
    expect(
      await setRewardBudget(db, hr, { departmentId: department.id, year: '2026', amountEuros: '5' }, testOrigin),
    ).toMatchObject({ fieldErrors: { departmentId: ['reports.budgets.errors.department'] } });
    expect(await db.rewardBudget.count({ where: { departmentId: department.id } })).toBe(0);
  });
});
