import { describe, expect, it } from 'vitest';
import { createSession, resolveSession } from '@/modules/access/sessions';
import type { Actor } from '@/modules/access/permissions';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createDepartment, createUser } from '@/modules/platform/testing/factories';
import { changeUserDepartment, changeUserRoles, setUserActive } from './admin';
import { listDepartments, searchUsers } from './queries';

const origin = { ip: '192.0.2.10', userAgent: 'vitest', requestId: 'test-request' };
const policy = { idleMinutes: 60, absoluteHours: 12 };

describe('user administration', () => {
  const db = testDb();
  const actorFor = async (roles: Role[]): Promise<Actor> => {
    const user = await createUser(db, { roles });
    return { id: user.id, roles: user.roles, active: true };
  };

  it.each([
    ['anonymous', null, 'errors.signInRequired'],
    ['employee', [Role.EMPLOYEE], 'errors.forbidden'],
    ['moderator', [Role.EMPLOYEE, Role.MODERATOR], 'errors.forbidden'],
    ['manager', [Role.EMPLOYEE, Role.MANAGER], 'errors.forbidden'],
    ['HR', [Role.EMPLOYEE, Role.HR], 'errors.forbidden'],
  ] as const)('refuses %s every change and the user list', async (_who, roles, message) => {
    const actor = roles ? await actorFor([...roles]) : null;
    const target = await createUser(db);
    expect(await changeUserRoles(db, actor, { userId: target.id, roles: [Role.ADMIN] }, origin)).toEqual({
      ok: false,
      message,
    });
    expect(await setUserActive(db, actor, { userId: target.id, active: false }, origin)).toEqual({
      ok: false,
      message,
    });
    expect(await changeUserDepartment(db, actor, { userId: target.id, departmentId: null }, origin)).toEqual({
      ok: false,
      message,
    });
    expect(await searchUsers(db, actor, {}, 'fi')).toBeNull();
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect([unchanged.roles, unchanged.active]).toEqual([[Role.EMPLOYEE], true]);
  });

  it('lets an admin make someone a moderator, effective on their next request, with an audit entry', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const target = await createUser(db);
    const { sessionToken } = await createSession(db, target.id, policy);
    expect(await changeUserRoles(db, admin, { userId: target.id, roles: [Role.MODERATOR] }, origin)).toEqual({
      ok: true,
      message: 'admin.saved',
    });
    expect((await resolveSession(db, sessionToken, policy))?.user.roles).toEqual([Role.EMPLOYEE, Role.MODERATOR]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'user.roles.change', targetId: target.id } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      ip: '192.0.2.10',
      requestId: 'test-request',
      before: { roles: ['EMPLOYEE'] },
      after: { roles: ['EMPLOYEE', 'MODERATOR'] },
    });
  });

  it('signs a deactivated user out at once and lets them back in only after reactivation', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const target = await createUser(db);
    const { sessionToken } = await createSession(db, target.id, policy);
    expect((await setUserActive(db, admin, { userId: target.id, active: false }, origin)).ok).toBe(true);
    expect(await db.session.count({ where: { userId: target.id } })).toBe(0);
    expect(await resolveSession(db, sessionToken, policy)).toBeNull();
    expect((await setUserActive(db, admin, { userId: target.id, active: true }, origin)).ok).toBe(true);
    const actions = await db.auditLog.findMany({
      where: { targetId: target.id },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });

  it('keeps admins from locking themselves out', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    expect(await changeUserRoles(db, admin, { userId: admin.id, roles: [] }, origin)).toEqual({
      ok: false,
      message: 'errors.cannotDemoteSelf',
    });
    expect(await setUserActive(db, admin, { userId: admin.id, active: false }, origin)).toEqual({
      ok: false,
      message: 'errors.cannotDeactivateSelf',
    });
  });

  it('moves a user to another department and rejects malformed input with field errors', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const target = await createUser(db);
    const department = await createDepartment(db);
    expect((await changeUserDepartment(db, admin, { userId: target.id, departmentId: department.id }, origin)).ok).toBe(
      true,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).departmentId).toBe(department.id);
    const invalid = await changeUserRoles(db, admin, { userId: 'not-a-uuid', roles: ['OVERLORD'] }, origin);
    expect(invalid).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { userId: ['validation.invalid'], 'roles.0': ['validation.invalid'] },
    });
  });

  it('offers a person their current department although it is no longer in use, and keeps it on saving', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const closed = await createDepartment(db);
    await db.department.update({ where: { id: closed.id }, data: { active: false } });
    const target = await createUser(db, { departmentId: closed.id });

    expect((await listDepartments(db, 'fi')).map((department) => department.id)).not.toContain(closed.id);
    expect((await listDepartments(db, 'fi', { including: closed.id })).map((department) => department.id)).toContain(
      closed.id,
    );
    expect(await changeUserDepartment(db, admin, { userId: target.id, departmentId: closed.id }, origin)).toEqual({
      ok: true,
      message: 'admin.saved',
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).departmentId).toBe(closed.id);
  });

  it('refuses, at the field, a department that does not exist or is no longer in use', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const current = await createDepartment(db);
    const closed = await createDepartment(db);
    await db.department.update({ where: { id: closed.id }, data: { active: false } });
    const target = await createUser(db, { departmentId: current.id });
    const refused = { ok: false, message: 'errors.invalid', fieldErrors: { departmentId: ['validation.invalid'] } };

    for (const departmentId of ['00000000-0000-4000-8000-000000000000', closed.id]) {
      expect(await changeUserDepartment(db, admin, { userId: target.id, departmentId }, origin)).toEqual(refused);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).departmentId).toBe(current.id);
    expect(await db.auditLog.count({ where: { targetType: 'user', targetId: target.id } })).toBe(0);
  });

  it('finds users by name or e-mail and by role, for admins', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const needle = await createUser(db, { name: 'Hakusana Harvinainen', roles: [Role.EMPLOYEE, Role.HR] });
    const byName = await searchUsers(db, admin, { query: 'hakusana harv' }, 'fi');
    expect(byName?.rows.map((row) => row.id)).toEqual([needle.id]);
    const byRole = await searchUsers(db, admin, { query: 'Hakusana', role: Role.MODERATOR }, 'fi');
    expect(byRole?.rows).toEqual([]);
  });
});
