import { describe, expect, it } from 'vitest';
import { EmailCadence, NotificationKind, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { defaultCadence, notificationKinds } from './kinds';
import { loadEmailPreferences, resetEmailPreferences, saveEmailPreferences } from './preferences';

const defaults = () => ({ ...defaultCadence });

describe('e-mail preferences', () => {
  const db = testDb();

  it('start from every kind’s default, in the page’s order, with the address mail goes to', async () => {
    const person = await createUser(db);
    const preferences = await loadEmailPreferences(db, actorOf(person));
    expect(preferences).toEqual({
      address: person.email,
      customised: false,
      choices: notificationKinds.map((kind) => ({
        kind,
        cadence: defaultCadence[kind],
        defaultCadence: defaultCadence[kind],
        // An employee's roles send no tasks: the page does not offer that kind to them.
        offered: kind !== NotificationKind.TASKS,
      })),
    });
    const moderator = await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] });
    const moderatorsChoices = (await loadEmailPreferences(db, actorOf(moderator)))!.choices;
    expect(moderatorsChoices.every((choice) => choice.offered)).toBe(true);
  });

  it('say when there is no address to send to', async () => {
    const person = await createUser(db);
    await db.user.update({ where: { id: person.id }, data: { email: null } });
    expect((await loadEmailPreferences(db, actorOf(person)))?.address).toBeNull();
  });

  it('save a cadence for each kind, writing rows only for the kinds that changed', async () => {
    const person = await createUser(db);
    const actor = actorOf(person);
    const chosen = { ...defaults(), MENTIONS: EmailCadence.WEEKLY, FOLLOWED: EmailCadence.OFF };
    expect(await saveEmailPreferences(db, actor, chosen, testOrigin)).toEqual({
      ok: true,
      message: 'notificationPreferences.saved',
    });
    const rows = await db.notificationPreference.findMany({
      where: { userId: person.id },
      select: { kind: true, cadence: true },
      orderBy: { kind: 'asc' },
    });
    expect(rows).toEqual([
      { kind: NotificationKind.MENTIONS, cadence: EmailCadence.WEEKLY },
      { kind: NotificationKind.FOLLOWED, cadence: EmailCadence.OFF },
    ]);
    const loaded = await loadEmailPreferences(db, actor);
    expect(Object.fromEntries(loaded!.choices.map((choice) => [choice.kind, choice.cadence]))).toEqual(chosen);
    expect(loaded?.customised).toBe(true);

    const audit = await db.auditLog.findMany({ where: { targetId: person.id }, select: { action: true, after: true } });
    expect(audit).toEqual([
      { action: 'user.email-preferences.update', after: { MENTIONS: 'WEEKLY', FOLLOWED: 'OFF' } },
    ]);
  });

  it('change one kind at a time and leave the others’ rows alone; saving the same again writes nothing', async () => {
    const person = await createUser(db);
    const actor = actorOf(person);
    await saveEmailPreferences(db, actor, { ...defaults(), REWARDS: EmailCadence.DAILY }, testOrigin);
    const before = await db.notificationPreference.findUniqueOrThrow({
      where: { userId_kind: { userId: person.id, kind: NotificationKind.REWARDS } },
    });
    await saveEmailPreferences(
      db,
      actor,
      { ...defaults(), REWARDS: EmailCadence.DAILY, TASKS: EmailCadence.WEEKLY },
      testOrigin,
    );
    const after = await db.notificationPreference.findUniqueOrThrow({
      where: { userId_kind: { userId: person.id, kind: NotificationKind.REWARDS } },
    });
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(
      await saveEmailPreferences(
        db,
        actor,
        { ...defaults(), REWARDS: EmailCadence.DAILY, TASKS: EmailCadence.WEEKLY },
        testOrigin,
      ),
    ).toEqual({ ok: true, message: 'notificationPreferences.unchanged' });
    expect(await db.auditLog.count({ where: { targetId: person.id } })).toBe(2);
  });

  it('reset every kind to its default', async () => {
    const person = await createUser(db);
    const actor = actorOf(person);
    await saveEmailPreferences(db, actor, { ...defaults(), MY_IDEAS: EmailCadence.OFF }, testOrigin);
    expect(await resetEmailPreferences(db, actor, testOrigin)).toEqual({
      ok: true,
      message: 'notificationPreferences.resetDone',
    });
    expect(await db.notificationPreference.count({ where: { userId: person.id } })).toBe(0);
    expect((await loadEmailPreferences(db, actor))?.customised).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: person.id, action: 'user.email-preferences.reset' },
      select: { before: true, after: true },
    });
    expect(audit).toEqual({ before: { MY_IDEAS: 'OFF' }, after: { MY_IDEAS: 'INSTANT' } });
  });

  it('refuse a save that leaves a kind out or names a cadence that does not exist, keeping the rows', async () => {
    const person = await createUser(db);
    const actor = actorOf(person);
    const missing: Partial<Record<NotificationKind, EmailCadence>> = { ...defaults(), MENTIONS: EmailCadence.OFF };
    delete missing.FOLLOWED;
    expect((await saveEmailPreferences(db, actor, missing, testOrigin)).message).toBe('errors.invalid');
    expect(
      (await saveEmailPreferences(db, actor, { ...defaults(), MENTIONS: 'HOURLY' }, testOrigin)).fieldErrors,
    ).toEqual({ MENTIONS: ['validation.invalid'] });
    expect(await db.notificationPreference.count({ where: { userId: person.id } })).toBe(0);
  });

  it('are only a signed-in, active person’s own', async () => {
    const person = await createUser(db);
    const gone = { ...actorOf(person), active: false };
    expect(await loadEmailPreferences(db, null)).toBeNull();
    expect(await loadEmailPreferences(db, gone)).toBeNull();
    expect((await saveEmailPreferences(db, null, defaults(), testOrigin)).message).toBe('errors.signInRequired');
    expect((await resetEmailPreferences(db, gone, testOrigin)).message).toBe('errors.signInRequired');
    // Every role edits its own e-mail choices (everyone is an employee too; a lone role still may not).
    const admin = actorOf(await createUser(db, { roles: [Role.ADMIN] }));
    expect((await saveEmailPreferences(db, admin, defaults(), testOrigin)).message).toBe('errors.forbidden');
  });
});
