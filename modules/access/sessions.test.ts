import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createUser } from '@/modules/platform/testing/factories';
import { createSession, deleteSession, resolveSession } from './sessions';

const policy = { idleMinutes: 60, absoluteHours: 12 };
const start = new Date('2026-11-23T08:00:00Z');
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('sessions', () => {
  const db = testDb();

  it('resolve to the signed-in user until idle too long, and slide while used', async () => {
    const user = await createUser(db);
    const { sessionToken } = await createSession(db, user.id, policy, start);
    expect((await resolveSession(db, sessionToken, policy, later(59)))?.user.id).toBe(user.id);
    // Used at 59 minutes, so it lasts until 119.
    expect((await resolveSession(db, sessionToken, policy, later(118)))?.user.id).toBe(user.id);
    expect(await resolveSession(db, sessionToken, policy, later(118 + 60))).toBeNull();
    expect(await db.session.count({ where: { sessionToken } })).toBe(0);
  });

  it('end at the absolute limit however active they are', async () => {
    const user = await createUser(db);
    const { sessionToken } = await createSession(db, user.id, policy, start);
    for (let minute = 50; minute < 12 * 60; minute += 50) {
      expect(await resolveSession(db, sessionToken, policy, later(minute)), `minute ${minute}`).not.toBeNull();
    }
    expect(await resolveSession(db, sessionToken, policy, later(12 * 60))).toBeNull();
  });

  it('refuse a deactivated user on the very next request', async () => {
    const user = await createUser(db);
    const { sessionToken } = await createSession(db, user.id, policy, start);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveSession(db, sessionToken, policy, later(1))).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: true } });
    expect(await resolveSession(db, sessionToken, policy, later(2))).toBeNull();
  });

  it('carry role changes on the very next request', async () => {
    const user = await createUser(db);
    const { sessionToken } = await createSession(db, user.id, policy, start);
    expect((await resolveSession(db, sessionToken, policy, later(1)))?.user.roles).toEqual([Role.EMPLOYEE]);
    await db.user.update({ where: { id: user.id }, data: { roles: [Role.EMPLOYEE, Role.MODERATOR] } });
    expect((await resolveSession(db, sessionToken, policy, later(2)))?.user.roles).toEqual([
      Role.EMPLOYEE,
      Role.MODERATOR,
    ]);
  });

  it('cannot be replayed after sign-out, nor guessed', async () => {
    const user = await createUser(db);
    const { sessionToken } = await createSession(db, user.id, policy, start);
    expect(await deleteSession(db, sessionToken)).toBe(user.id);
    expect(await resolveSession(db, sessionToken, policy, later(1))).toBeNull();
    expect(await resolveSession(db, `${sessionToken.slice(0, -1)}x`, policy, later(1))).toBeNull();
    expect(sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
