import { describe, expect, it } from 'vitest';
import { createSession, resolveSession } from '@/modules/access/sessions';
import type { Actor } from '@/modules/access/permissions';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createDepartment, createManager, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { managedDepartmentNames, setManagedDepartments } from './admin-managed-departments';

const policy = { idleMinutes: 60, absoluteHours: 12 };

describe('the departments a manager manages besides their own', () => {
  const db = testDb();
  const actorFor = async (roles: Role[]): Promise<Actor> => {
    const user = await createUser(db, { roles });
    return { id: user.id, roles: user.roles, active: true };
  };
  const save = (actor: Actor | null, userId: string, departmentIds: string[]) =>
    setManagedDepartments(db, actor, { userId, departmentIds }, testOrigin);
  const managedBy = async (userId: string) =>
    (await db.managedDepartment.findMany({ where: { userId }, select: { departmentId: true } }))
      .map((row) => row.departmentId)
      .sort();

  it('are set by an admin, reach the manager on their next request, and are audited', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const own = await createDepartment(db);
    const [first, second] = [await createDepartment(db), await createDepartment(db)];
    const { user: manager } = await createManager(db, own.id);
    const { sessionToken } = await createSession(db, manager.id, policy);

    // The own department and a repeat are dropped: the own one is always the manager's.
    const input = { userId: manager.id, departmentIds: [first.id, own.id, second.id, first.id] };
    expect(await setManagedDepartments(db, admin, input, testOrigin)).toEqual({ ok: true, message: 'admin.saved' });
    const wanted = [first.id, second.id].sort();
    expect(await managedBy(manager.id)).toEqual(wanted);
    expect([...((await resolveSession(db, sessionToken, policy))?.user.departmentIds ?? [])].sort()).toEqual(
      [own.id, ...wanted].sort(),
    );

    expect((await save(admin, manager.id, [second.id])).ok).toBe(true);
    expect(await managedBy(manager.id)).toEqual([second.id]);
    const entries = await db.auditLog.findMany({
      where: { action: 'user.managed-departments.change', targetId: manager.id },
      orderBy: { id: 'asc' },
    });
    expect(entries).toMatchObject([
      { actorId: admin.id, targetType: 'user', before: { departmentIds: [] }, after: { departmentIds: wanted } },
      { before: { departmentIds: wanted }, after: { departmentIds: [second.id] } },
    ]);

    // Saving the same list again changes nothing and writes no entry.
    expect((await save(admin, manager.id, [second.id])).ok).toBe(true);
    const entryCount = { action: 'user.managed-departments.change', targetId: manager.id };
    expect(await db.auditLog.count({ where: entryCount })).toBe(2);

    const names = await managedDepartmentNames(db, admin, [manager.id], 'fi');
    expect(names.get(manager.id)).toEqual([{ id: second.id, name: second.nameFi }]);
  });

  it('are given only to managers, though a former manager’s list may be emptied', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const department = await createDepartment(db);
    const coordinator = await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] });
    expect(await save(admin, coordinator.id, [department.id])).toEqual({ ok: false, message: 'admin.notManager' });
    expect(await managedBy(coordinator.id)).toEqual([]);

    const former = await createUser(db);
    await db.managedDepartment.create({ data: { userId: former.id, departmentId: department.id } });
    expect((await save(admin, former.id, [])).ok).toBe(true);
    expect(await managedBy(former.id)).toEqual([]);
  });

  it('refuses, at the field, a department that does not exist or is no longer in use, but keeps one already managed', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const { user: manager } = await createManager(db, (await createDepartment(db)).id);
    const closed = await createDepartment(db);
    const kept = await createDepartment(db);
    await db.managedDepartment.create({ data: { userId: manager.id, departmentId: kept.id } });
    await db.department.updateMany({ where: { id: { in: [closed.id, kept.id] } }, data: { active: false } });
    const refused = { ok: false, message: 'errors.invalid', fieldErrors: { departmentIds: ['validation.invalid'] } };

    for (const unusable of ['00000000-0000-4000-8000-000000000000', closed.id]) {
      const input = { userId: manager.id, departmentIds: [kept.id, unusable] };
      expect(await setManagedDepartments(db, admin, input, testOrigin)).toEqual(refused);
    }
    expect(await managedBy(manager.id)).toEqual([kept.id]);
    expect((await save(admin, manager.id, [kept.id])).ok).toBe(true);
    expect(await managedBy(manager.id)).toEqual([kept.id]);
    expect(await save(admin, manager.id, ['nope'])).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { 'departmentIds.0': ['validation.invalid'] },
    });
  });

  it.each([
    ['anonymous', null, 'errors.signInRequired'],
    ['employee', [Role.EMPLOYEE], 'errors.forbidden'],
    ['manager', [Role.EMPLOYEE, Role.MANAGER], 'errors.forbidden'],
    ['coordinator', [Role.EMPLOYEE, Role.COORDINATOR], 'errors.forbidden'],
    ['HR', [Role.EMPLOYEE, Role.HR], 'errors.forbidden'],
  ] as const)('cannot be changed or read by a %s', async (_who, roles, message) => {
    const actor = roles ? await actorFor([...roles]) : null;
    const { user: manager } = await createManager(db, (await createDepartment(db)).id);
    const other = await createDepartment(db);
    expect(await save(actor, manager.id, [other.id])).toEqual({ ok: false, message });
    expect(await managedBy(manager.id)).toEqual([]);
    await db.managedDepartment.create({ data: { userId: manager.id, departmentId: other.id } });
    expect((await managedDepartmentNames(db, actor, [manager.id], 'fi')).size).toBe(0);
  });
});
