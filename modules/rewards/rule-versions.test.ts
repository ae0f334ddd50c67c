import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, Role, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { actorOf, createDepartment, createManager, createUser, testOrigin } from '@/modules/platform/testing/factories';
import {
  centsFromEuros,
  createRuleVersion,
  currentRuleVersion,
  listRuleVersions,
  ruleFormValues,
  rulesOf,
} from './rule-versions';

const defaults = {
  recognitionOnEvaluation: true,
  implementationCents: 30_000,
  thankYouCents: 10_000,
  savingsShareBasisPoints: 1000,
  savingsMinimumCents: 50_000,
  savingsMaximumCents: 500_000,
};

const form = {
  recognitionOnEvaluation: 'on',
  implementationEuros: '1 234,50',
  thankYouEuros: '150 €',
  savingsSharePercent: '12,5',
  savingsMinimumEuros: '400',
  savingsMaximumEuros: '6 000',
  note: 'Kaupunginhallituksen päätös 12/2026',
};

// The current rules are the newest version in the whole database: this file owns a database of its
// own, so its versions cannot change the rules other test files propose with.
describe('reward rule versions', () => {
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    own = await createEmptyDatabase('rule-versions');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 5 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });

  it('start from the issue’s defaults, version 1', async () => {
    const current = await currentRuleVersion(db);
    expect(current.id).toBe(1);
    expect(rulesOf(current)).toEqual(defaults);
  });

  it('are changed by HR with a new version in force at once; the old one stays as it was; audited', async () => {
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const before = await currentRuleVersion(db);

    const state = await createRuleVersion(db, hr, form, testOrigin);

    expect(state).toMatchObject({ ok: true, message: 'rewards.rules.saved' });
    const current = await currentRuleVersion(db);
    expect(current.id).toBe(state.id);
    expect(current.id).toBeGreaterThan(before.id);
    expect(rulesOf(current)).toEqual({
      recognitionOnEvaluation: true,
      implementationCents: 123_450,
      thankYouCents: 15_000,
      savingsShareBasisPoints: 1250,
      savingsMinimumCents: 40_000,
      savingsMaximumCents: 600_000,
    });
    expect(rulesOf(await db.rewardRuleVersion.findUniqueOrThrow({ where: { id: before.id } }))).toEqual(
      rulesOf(before),
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'reward.rules.version', actorId: hr.id } });
    expect(audit).toMatchObject({
      targetType: 'reward_rule_version',
      targetId: String(current.id),
      before: { version: before.id, implementationCents: before.implementationCents },
      after: { version: current.id, implementationCents: 123_450, note: form.note },
    });

    const [newest] = await listRuleVersions(db);
    expect(newest).toMatchObject({ id: current.id, note: form.note, createdBy: { name: expect.any(String) } });
  });

  it('are changed by an admin too; an unticked recognition turns it off', async () => {
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const unticked = { ...form, recognitionOnEvaluation: undefined, note: 'Ei tunnustuksia' };
    expect(await createRuleVersion(db, admin, unticked, testOrigin)).toMatchObject({
      ok: true,
    });
    expect((await currentRuleVersion(db)).recognitionOnEvaluation).toBe(false);
    const history = await listRuleVersions(db);
    expect(history.map((version) => version.id)).toEqual(
      [...history.map((version) => version.id)].sort((a, b) => b - a),
    );
    expect(history.at(-1)).toMatchObject({ id: 1, note: null, createdBy: null });
  });

  it('are not changed by employees, managers or the signed-out', async () => {
    const employee = actorOf(await createUser(db));
    const { actor: manager } = await createManager(db, (await createDepartment(db)).id);
    const versions = await db.rewardRuleVersion.count();
    for (const actor of [employee, manager])
      expect(await createRuleVersion(db, actor, form, testOrigin)).toMatchObject({
        ok: false,
        message: 'errors.forbidden',
      });
    expect(await createRuleVersion(db, null, form, testOrigin)).toMatchObject({ message: 'errors.signInRequired' });
    expect(await db.rewardRuleVersion.count()).toBe(versions);
  });

  it('refuses bad values at their fields, keeping what was typed, and writes nothing', async () => {
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const versions = await db.rewardRuleVersion.count();
    const typed = {
      recognitionOnEvaluation: 'on',
      implementationEuros: '-300',
      thankYouEuros: '100,505',
      savingsSharePercent: '10,555',
      savingsMinimumEuros: '5 000,01',
      savingsMaximumEuros: '5 000',
      note: '   ',
    };
    const refused = await createRuleVersion(db, hr, typed, testOrigin);
    expect(refused).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: {
        implementationEuros: ['validation.notNegative'],
        thankYouEuros: ['rewards.rules.errors.euros'],
        savingsSharePercent: ['rewards.rules.errors.percent'],
        // Told together with the other errors, not only once they are fixed.
        savingsMaximumEuros: ['rewards.rules.errors.minimumAboveMaximum'],
        note: ['rewards.rules.errors.noteMissing'],
      },
      values: typed,
    });
    const minimumAboveMaximum = await createRuleVersion(
      db,
      hr,
      { ...form, savingsMinimumEuros: '5 000,01', savingsMaximumEuros: '5 000', savingsSharePercent: '101' },
      testOrigin,
    );
    expect(minimumAboveMaximum.fieldErrors).toEqual({
      savingsSharePercent: ['rewards.rules.errors.percent'],
      savingsMaximumEuros: ['rewards.rules.errors.minimumAboveMaximum'],
    });
    const badMinimum = await createRuleVersion(
      db,
      hr,
      { ...form, savingsMinimumEuros: 'paljon', savingsMaximumEuros: '5 000' },
      testOrigin,
    );
    expect(badMinimum.fieldErrors).toEqual({ savingsMinimumEuros: ['rewards.rules.errors.euros'] });
    const onlyMinimumAboveMaximum = await createRuleVersion(
      db,
      hr,
      { ...form, savingsMinimumEuros: '5 000,01', savingsMaximumEuros: '5 000' },
      testOrigin,
    );
    expect(onlyMinimumAboveMaximum.fieldErrors).toEqual({
      savingsMaximumEuros: ['rewards.rules.errors.minimumAboveMaximum'],
    });
    const tooMuch = await createRuleVersion(
      db,
      hr,
      { ...form, implementationEuros: '1 000 000,01', note: 'x'.repeat(501) },
      testOrigin,
    );
    expect(tooMuch.fieldErrors).toEqual({
      implementationEuros: ['rewards.rules.errors.eurosTooLarge'],
      note: ['rewards.rules.errors.noteTooLong'],
    });
    expect(await db.rewardRuleVersion.count()).toBe(versions);
  });

  it('fill the form with the rules as typed, and saving them unchanged gives the same rules', async () => {
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    expect(ruleFormValues(defaults)).toEqual({
      recognitionOnEvaluation: 'on',
      implementationEuros: '300',
      thankYouEuros: '100',
      savingsSharePercent: '10',
      savingsMinimumEuros: '500',
      savingsMaximumEuros: '5000',
      note: '',
    });
    const odd = { ...defaults, implementationCents: 123_405, thankYouCents: 7, savingsShareBasisPoints: 1205 };
    expect(ruleFormValues(odd)).toMatchObject({
      implementationEuros: '1234,05',
      thankYouEuros: '0,07',
      savingsSharePercent: '12,05',
    });
    const saved = await createRuleVersion(db, hr, { ...ruleFormValues(odd), note: 'Sama uudelleen' }, testOrigin);
    expect(saved.ok).toBe(true);
    expect(rulesOf(await currentRuleVersion(db))).toEqual(odd);
  });

  it('read euros as Finns type them', () => {
    expect(centsFromEuros('1 234,50')).toBe(123_450);
    expect(centsFromEuros('1\u00a0234,5 €')).toBe(123_450);
    expect(centsFromEuros('300')).toBe(30_000);
    expect(centsFromEuros('0,07')).toBe(7);
    expect(centsFromEuros('12.5')).toBe(1250);
    for (const text of ['', '12,345', '1.234,50', 'abc', '-1', '1e3', ',5'])
      expect(centsFromEuros(text), text).toBeNull();
  });
});
