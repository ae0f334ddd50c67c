import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/modules/access/permissions';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, Role, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { createUser, testOrigin } from '@/modules/platform/testing/factories';
import { getNumberSettingValues, setNumberSettings } from './number-settings';
import { getNumberSetting } from './settings';

// The settings are one per database: this file owns a database of its own, so changing the vote
// threshold cannot disturb other test files running at the same time.
describe('the accelerator number settings', () => {
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    own = await createEmptyDatabase('number-settings');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 5 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });

  const actorFor = async (roles: Role[]): Promise<Actor> => {
    const user = await createUser(db, { roles });
    return { id: user.id, roles: user.roles, active: true };
  };

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('start from the defaults: 10 votes, 15 working days, 24 hours of moderation wait and 3 reports', async () => {
    vi.stubEnv('MODERATION_FLAG_THRESHOLD', undefined);
    expect(await getNumberSettingValues(db)).toEqual({
      candidateVotes: 10,
      evaluationDays: 15,
      moderationWaitingHours: 24,
      flagThreshold: 3,
    });
  });

  it('take the report threshold from MODERATION_FLAG_THRESHOLD until an admin sets it, then from the setting', async () => {
    vi.stubEnv('MODERATION_FLAG_THRESHOLD', '5');
    expect(await getNumberSetting(db, 'moderation.flag-threshold')).toBe(5);
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    expect(await setNumberSettings(db, admin, { flagThreshold: '2' }, testOrigin)).toEqual({
      ok: true,
      message: 'settings.saved',
    });
    expect(await getNumberSetting(db, 'moderation.flag-threshold')).toBe(2);
    expect(await db.auditLog.findMany({ where: { targetType: 'setting', actorId: admin.id } })).toMatchObject([
      {
        action: 'settings.flag-threshold',
        targetId: 'moderation.flag-threshold',
        before: { value: 5 },
        after: { value: 2 },
      },
    ]);
    const refused = await setNumberSettings(db, admin, { flagThreshold: '51' }, testOrigin);
    expect(refused.fieldErrors).toEqual({ flagThreshold: ['settings.errors.flagThresholdRange'] });
    await db.appSetting.delete({ where: { key: 'moderation.flag-threshold' } });
  });

  it('save only the fields a form sends: the moderation form leaves the accelerator numbers as they are', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const before = await getNumberSettingValues(db);
    expect(await setNumberSettings(db, admin, { moderationWaitingHours: '8' }, testOrigin)).toEqual({
      ok: true,
      message: 'settings.saved',
    });
    expect(await getNumberSettingValues(db)).toEqual({ ...before, moderationWaitingHours: 8 });
    expect(await db.auditLog.findMany({ where: { targetType: 'setting', actorId: admin.id } })).toMatchObject([
      {
        action: 'settings.moderation-waiting-hours',
        targetId: 'moderation.waiting-hours',
        before: { value: 24 },
        after: { value: 8 },
      },
    ]);
    const refused = await setNumberSettings(db, admin, { moderationWaitingHours: '721' }, testOrigin);
    expect(refused.fieldErrors).toEqual({ moderationWaitingHours: ['settings.errors.moderationWaitingHoursRange'] });
    expect(await getNumberSetting(db, 'moderation.waiting-hours')).toBe(8);
  });

  it('are saved by an admin, read at once, and each change is audited with before and after', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    expect(await setNumberSettings(db, admin, { candidateVotes: '25', evaluationDays: '15' }, testOrigin)).toEqual({
      ok: true,
      message: 'settings.saved',
    });
    expect(await getNumberSetting(db, 'accelerator.candidate-votes')).toBe(25);
    const entries = await db.auditLog.findMany({ where: { targetType: 'setting', actorId: admin.id } });
    // The unchanged evaluation days leave no entry.
    expect(entries).toMatchObject([
      {
        action: 'settings.candidate-votes',
        targetId: 'accelerator.candidate-votes',
        before: { value: 10 },
        after: { value: 25 },
      },
    ]);

    expect((await setNumberSettings(db, admin, { candidateVotes: '25', evaluationDays: '20' }, testOrigin)).ok).toBe(
      true,
    );
    expect(await getNumberSettingValues(db)).toMatchObject({ candidateVotes: 25, evaluationDays: 20 });
    expect(
      await db.auditLog.findFirst({ where: { action: 'settings.evaluation-days', actorId: admin.id } }),
    ).toMatchObject({ before: { value: 15 }, after: { value: 20 } });
  });

  it('refuses values out of range or not whole numbers, at the field, keeping what was typed', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const refused = await setNumberSettings(db, admin, { candidateVotes: '0', evaluationDays: '2,5' }, testOrigin);
    expect(refused).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: {
        candidateVotes: ['settings.errors.candidateVotesRange'],
        evaluationDays: ['validation.wholeNumber'],
      },
      values: { candidateVotes: '0', evaluationDays: '2,5' },
    });
    const tooMany = await setNumberSettings(db, admin, { candidateVotes: '', evaluationDays: '121' }, testOrigin);
    expect(tooMany.fieldErrors).toEqual({
      candidateVotes: ['settings.errors.required'],
      evaluationDays: ['settings.errors.evaluationDaysRange'],
    });
    expect(await db.auditLog.count({ where: { targetType: 'setting', actorId: admin.id } })).toBe(0);
  });

  it.each([
    ['anonymous', null, 'errors.signInRequired'],
    ['employee', [Role.EMPLOYEE], 'errors.forbidden'],
    ['manager', [Role.EMPLOYEE, Role.MANAGER], 'errors.forbidden'],
    ['coordinator', [Role.EMPLOYEE, Role.COORDINATOR], 'errors.forbidden'],
    ['moderator', [Role.EMPLOYEE, Role.MODERATOR], 'errors.forbidden'],
  ] as const)('cannot be changed by a %s', async (_who, roles, message) => {
    const actor = roles ? await actorFor([...roles]) : null;
    const before = await getNumberSettingValues(db);
    const refused = await setNumberSettings(db, actor, { candidateVotes: '3', evaluationDays: '3' }, testOrigin);
    expect(refused).toMatchObject({ ok: false, message });
    expect(await getNumberSettingValues(db)).toEqual(before);
  });
});
