import { describe, expect, it } from 'vitest';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createDepartment, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { updateProfile } from './profile';

describe('own profile', () => {
  const db = testDb();

  it('lets a person change their own name, department and language, and no one else’s', async () => {
    const person = await createUser(db);
    const colleague = await createUser(db);
    const department = await createDepartment(db);
    const input = { userId: person.id, name: 'Uusi Nimi', departmentId: department.id, locale: 'sv' };
    expect(await updateProfile(db, actorOf(colleague), input, testOrigin)).toEqual({
      ok: false,
      message: 'errors.forbidden',
    });
    expect(await updateProfile(db, actorOf(person), input, testOrigin)).toEqual({ ok: true, message: 'profile.saved' });
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: person.id },
        select: { name: true, departmentId: true, locale: true },
      }),
    ).toEqual({
      name: 'Uusi Nimi',
      departmentId: department.id,
      locale: 'sv',
    });
  });

  it('explains bad input field by field', async () => {
    const person = await createUser(db);
    const result = await updateProfile(
      db,
      actorOf(person),
      { userId: person.id, name: ' x ', departmentId: null, locale: 'de' },
      testOrigin,
    );
    expect(result).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { name: ['validation.nameTooShort'], locale: ['validation.invalid'] },
    });
  });

  it('saves the consent to be named on Kiitos! and its withdrawal, each in the audit log, and leaves it alone when not given', async () => {
    const person = await createUser(db);
    const input = { userId: person.id, name: person.name, departmentId: null, locale: 'fi' };
    const consent = async () =>
      (await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { namedInHallOfFame: true } }))
        .namedInHallOfFame;
    expect(await updateProfile(db, actorOf(person), { ...input, namedInHallOfFame: true }, testOrigin)).toEqual({
      ok: true,
      message: 'profile.saved',
    });
    expect(await consent()).toBe(true);
    await updateProfile(db, actorOf(person), input, testOrigin);
    expect(await consent()).toBe(true);
    await updateProfile(db, actorOf(person), { ...input, namedInHallOfFame: false }, testOrigin);
    expect(await consent()).toBe(false);
    const entries = await db.auditLog.findMany({
      where: { action: 'user.profile.update', targetId: person.id },
      orderBy: { id: 'asc' },
      select: { before: true, after: true },
    });
    expect(
      entries.map((entry) => [
        (entry.before as { namedInHallOfFame: boolean }).namedInHallOfFame,
        (entry.after as { namedInHallOfFame?: boolean }).namedInHallOfFame,
      ]),
    ).toEqual([
      [false, true],
      [true, undefined],
      [true, false],
    ]);
  });
});
