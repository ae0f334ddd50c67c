import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateColumn } from '@/modules/accelerator/working-days';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, NotificationType, RewardStatus, Role, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase, testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createRewardCase,
  createUser,
  testOrigin,
  unique,
} from '@/modules/platform/testing/factories';
import { applyRewardStep } from './chain';
import { getPayCode, setPayCode } from './pay-code';
import { createPayrollBatch, markBatchPaid, readyForPayroll, recipientsMissingEmployeeNumber } from './payroll';

async function createPaidPerson(db: Database, overrides: { costCentre?: string | null; departmentId?: string } = {}) {
  const user = await createUser(db, { departmentId: overrides.departmentId });
  return db.user.update({
    where: { id: user.id },
    data: {
      employeeNumber: unique('E'),
      costCentre: overrides.costCentre === undefined ? unique('KP') : overrides.costCentre,
    },
  });
}

const hrOf = async (db: Database) => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));

describe('payroll batches', () => {
  const db = testDb();

  it('are made only by HR: an employee, a manager, an admin and nobody are refused', async () => {
    const rewardCase = await createRewardCase(db, { status: RewardStatus.DECIDED });
    const department = await createDepartment(db);
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER], [Role.EMPLOYEE, Role.ADMIN]]) {
      const actor = actorOf(await createUser(db, { roles }), [department.id]);
      expect(
        await createPayrollBatch(db, actor, { paymentMonth: '2026-12', caseIds: [rewardCase.id] }, testOrigin),
      ).toMatchObject({ ok: false, message: 'errors.forbidden' });
      expect(await readyForPayroll(db, actor)).toBeNull();
    }
    expect(
      await createPayrollBatch(db, null, { paymentMonth: '2026-12', caseIds: [rewardCase.id] }, testOrigin),
    ).toMatchObject({ ok: false, message: 'errors.signInRequired' });
    expect(await db.rewardCase.findUniqueOrThrow({ where: { id: rewardCase.id } })).toMatchObject({
      status: RewardStatus.DECIDED,
      batchId: null,
    });
  });

  it('names exactly who lacks an employee number, and refuses the batch while anyone in it does', async () => {
    const department = await createDepartment(db, { nameFi: `Siivous ${unique('d')}` });
    const numbered = await createPaidPerson(db);
    const unnumbered = await createUser(db, { departmentId: department.id });
    const blankNumber = await db.user.update({
      where: { id: (await createUser(db)).id },
      data: { employeeNumber: '' },
    });
    const shared = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 60_000,
      shares: [
        { userId: numbered.id, shareBasisPoints: 5_000 },
        { userId: unnumbered.id, shareBasisPoints: 5_000 },
      ],
    });
    const alone = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      shares: [{ userId: blankNumber.id, shareBasisPoints: 10_000 }],
    });
    // Not ready (no money, not decided): nobody needs a number for these.
    const notReadyPerson = await createUser(db);
    await createRewardCase(db, {
      status: RewardStatus.PROPOSED,
      shares: [{ userId: notReadyPerson.id, shareBasisPoints: 10_000 }],
    });
    await createRewardCase(db, {
      status: RewardStatus.RECOGNISED,
      amountCents: 0,
      shares: [{ userId: notReadyPerson.id, shareBasisPoints: 10_000 }],
    });

    const missing = await recipientsMissingEmployeeNumber(db, 'fi');
    const titleOf = async (ideaId: number) =>
      (await db.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { title: true } })).title;
    expect(missing.find((person) => person.userId === unnumbered.id)).toEqual({
      userId: unnumbered.id,
      name: unnumbered.name,
      departmentName: department.nameFi,
      adminHref: `/admin/users/${unnumbered.id}`,
      cases: [{ id: shared.id, ideaId: shared.ideaId, ideaTitle: await titleOf(shared.ideaId) }],
    });
    expect(missing.find((person) => person.userId === blankNumber.id)).toMatchObject({
      departmentName: null,
      cases: [{ id: alone.id, ideaId: alone.ideaId }],
    });
    expect(missing.map((person) => person.userId)).not.toContain(numbered.id);
    expect(missing.map((person) => person.userId)).not.toContain(notReadyPerson.id);

    const hr = await hrOf(db);
    const refused = await createPayrollBatch(
      db,
      hr,
      { paymentMonth: '2026-12', caseIds: [shared.id, alone.id] },
      testOrigin,
    );
    expect(refused).toMatchObject({ ok: false, message: 'rewards.payroll.errors.missingEmployeeNumbers' });
    expect(refused.missing?.map((person) => person.userId).sort()).toEqual([unnumbered.id, blankNumber.id].sort());
    expect(await db.payrollLine.count({ where: { caseId: { in: [shared.id, alone.id] } } })).toBe(0);
    expect(
      await db.rewardCase.findMany({ where: { id: { in: [shared.id, alone.id] } }, select: { status: true } }),
    ).toEqual([{ status: RewardStatus.DECIDED }, { status: RewardStatus.DECIDED }]);

    await db.user.update({ where: { id: unnumbered.id }, data: { employeeNumber: unique('E') } });
    expect(
      await createPayrollBatch(db, hr, { paymentMonth: '2026-12', caseIds: [shared.id] }, testOrigin),
    ).toMatchObject({ ok: true });
  });

  it('snapshots one line per share with everything payroll needs, and moves the cases to BATCHED', async () => {
    const department = await createDepartment(db);
    const author = await createPaidPerson(db, { departmentId: department.id });
    const coAuthor = await createPaidPerson(db, { costCentre: null });
    const within = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 30_001,
      withinOwnDuties: true,
      decisionNumber: 'HR 12/2026',
      decisionDate: dateColumn('2026-02-14'),
      shares: [
        { userId: author.id, shareBasisPoints: 6_667 },
        { userId: coAuthor.id, shareBasisPoints: 3_333 },
      ],
    });
    const outside = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 10_000,
      decisionNumber: 'HR 13/2026',
      decisionDate: dateColumn('2026-12-31'),
      shares: [{ userId: author.id, shareBasisPoints: 10_000 }],
    });
    const hr = await hrOf(db);
    const made = await createPayrollBatch(
      db,
      hr,
      { paymentMonth: '2027-01', caseIds: [within.id, outside.id] },
      testOrigin,
    );
    expect(made).toMatchObject({ ok: true, message: 'rewards.payroll.created' });
    const batchId = made.id!;
    const batch = await db.payrollBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ paymentMonth: dateColumn('2027-01-01'), createdById: hr.id, paidAt: null });

    const lines = await db.payrollLine.findMany({ where: { batchId }, orderBy: { id: 'asc' } });
    const shareCents = within.shares.find((share) => share.userId === author.id)!.amountCents;
    expect(lines.find((line) => line.caseId === within.id && line.userId === author.id)).toMatchObject({
      employeeNumber: author.employeeNumber,
      name: author.name,
      payCode: '202',
      grossCents: shareCents,
      socialInsuranceDue: true,
      costCentre: author.costCentre,
      earningPeriodStart: dateColumn('2026-02-01'),
      earningPeriodEnd: dateColumn('2026-02-28'),
      taxYear: 2027,
      decisionNumber: 'HR 12/2026',
      ideaId: within.ideaId,
      shareBasisPoints: 6_667,
    });
    expect(lines.find((line) => line.caseId === within.id && line.userId === coAuthor.id)).toMatchObject({
      costCentre: '',
      shareBasisPoints: 3_333,
    });
    expect(lines.find((line) => line.caseId === outside.id)).toMatchObject({
      socialInsuranceDue: false,
      earningPeriodStart: dateColumn('2026-12-01'),
      earningPeriodEnd: dateColumn('2026-12-31'),
      taxYear: 2027,
      grossCents: 10_000,
    });
    expect(lines).toHaveLength(3);
    expect(lines.filter((line) => line.caseId === within.id).reduce((sum, line) => sum + line.grossCents, 0)).toBe(
      30_001,
    );

    const cases = await db.rewardCase.findMany({ where: { id: { in: [within.id, outside.id] } } });
    expect(
      cases.every((rewardCase) => rewardCase.status === RewardStatus.BATCHED && rewardCase.batchId === batchId),
    ).toBe(true);
    const audit = await db.auditLog.findMany({
      where: {
        OR: [
          { targetType: 'payroll_batch', targetId: String(batchId) },
          { action: 'reward.batch', targetId: { in: [String(within.id), String(outside.id)] } },
        ],
      },
    });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['payroll.batch.create', 'reward.batch', 'reward.batch']);
    expect(audit.find((entry) => entry.action === 'payroll.batch.create')?.after).toEqual({
      paymentMonth: '2027-01',
      cases: 2,
      lines: 3,
    });
    const written = JSON.stringify(audit.map((entry) => [entry.before, entry.after]));
    for (const secret of [author.name, coAuthor.name, author.employeeNumber!, String(shareCents), '30001', '10000'])
      expect(written).not.toContain(secret);
  });

  it('leaves out what is not ready: a case already batched, one at 0 €, one not decided', async () => {
    const person = await createPaidPerson(db);
    const share = [{ userId: person.id, shareBasisPoints: 10_000 }];
    const proposed = await createRewardCase(db, { status: RewardStatus.ENDORSED, shares: share });
    const zero = await createRewardCase(db, { status: RewardStatus.DECIDED, amountCents: 0, shares: share });
    const hr = await hrOf(db);
    expect(
      await createPayrollBatch(db, hr, { paymentMonth: '2026-12', caseIds: [proposed.id, zero.id] }, testOrigin),
    ).toEqual({ ok: false, message: 'rewards.payroll.errors.nothingReady' });
    const ready = await createRewardCase(db, { status: RewardStatus.DECIDED, shares: share });
    expect(
      await createPayrollBatch(db, hr, { paymentMonth: '2026-12', caseIds: [ready.id] }, testOrigin),
    ).toMatchObject({ ok: true });
    expect(await createPayrollBatch(db, hr, { paymentMonth: '2026-12', caseIds: [ready.id] }, testOrigin)).toEqual({
      ok: false,
      message: 'rewards.payroll.errors.nothingReady',
    });
    expect(await db.payrollLine.count({ where: { caseId: ready.id } })).toBe(1);
  });

  it('checks its input: a payment month and at least one case', async () => {
    const hr = await hrOf(db);
    for (const paymentMonth of ['', '2026-13', '12/2026', '1999-01', undefined])
      expect(await createPayrollBatch(db, hr, { paymentMonth, caseIds: [1] }, testOrigin)).toMatchObject({
        ok: false,
        fieldErrors: { paymentMonth: ['rewards.payroll.errors.paymentMonth'] },
      });
    expect(await createPayrollBatch(db, hr, { paymentMonth: '2026-12', caseIds: [] }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { caseIds: ['rewards.payroll.errors.noneSelected'] },
    });
  });

  it('puts a reward in exactly one batch when two batches are made at once', async () => {
    const people = await Promise.all([createPaidPerson(db), createPaidPerson(db), createPaidPerson(db)]);
    const cases = [];
    for (let index = 0; index < 12; index += 1)
      cases.push(
        await createRewardCase(db, {
          status: RewardStatus.DECIDED,
          amountCents: 10_000 + index,
          shares: [
            { userId: people[index % 3]!.id, shareBasisPoints: 5_000 },
            { userId: people[(index + 1) % 3]!.id, shareBasisPoints: 5_000 },
          ],
        }),
      );
    const caseIds = cases.map((rewardCase) => rewardCase.id);
    const [first, second] = [await hrOf(db), await hrOf(db)];
    const results = await Promise.all([
      createPayrollBatch(db, first, { paymentMonth: '2026-12', caseIds }, testOrigin),
      createPayrollBatch(db, second, { paymentMonth: '2026-12', caseIds: [...caseIds].reverse() }, testOrigin),
    ]);
    expect(results.some((result) => result.ok)).toBe(true);
    for (const result of results)
      if (!result.ok) expect(result).toEqual({ ok: false, message: 'rewards.payroll.errors.nothingReady' });

    const after = await db.rewardCase.findMany({
      where: { id: { in: caseIds } },
      select: { status: true, batchId: true },
    });
    expect(after.every((rewardCase) => rewardCase.status === RewardStatus.BATCHED && rewardCase.batchId !== null)).toBe(
      true,
    );
    const lines = await db.payrollLine.findMany({ where: { caseId: { in: caseIds } } });
    expect(lines).toHaveLength(24);
    expect(new Set(lines.map((line) => `${line.caseId}:${line.userId}`)).size).toBe(24);
    const batchOfCase = new Map(after.map((rewardCase, index) => [caseIds[index], rewardCase.batchId]));
    for (const line of lines) {
      const rewardCase = await db.rewardCase.findUniqueOrThrow({
        where: { id: line.caseId },
        select: { batchId: true },
      });
      expect(line.batchId).toBe(rewardCase.batchId);
    }
    expect(batchOfCase.size).toBe(12);
  });

  it('is marked paid once: every case PAID, the date kept, recipients told without amounts', async () => {
    const [author, coAuthor] = [await createPaidPerson(db), await createPaidPerson(db)];
    const rewardCase = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      shares: [
        { userId: author.id, shareBasisPoints: 5_000 },
        { userId: coAuthor.id, shareBasisPoints: 5_000 },
      ],
    });
    const other = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      shares: [{ userId: author.id, shareBasisPoints: 10_000 }],
    });
    const hr = await hrOf(db);
    const { id: batchId } = await createPayrollBatch(
      db,
      hr,
      { paymentMonth: '2026-12', caseIds: [rewardCase.id, other.id] },
      testOrigin,
    );

    const employee = actorOf(await createUser(db));
    expect(await markBatchPaid(db, employee, { batchId, paymentDate: '2026-12-15' }, testOrigin)).toMatchObject({
      ok: false,
      message: 'errors.forbidden',
    });
    expect(await markBatchPaid(db, hr, { batchId, paymentDate: '15.12.2026' }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { paymentDate: ['rewards.payroll.errors.paymentDate'] },
    });
    expect(await markBatchPaid(db, hr, { batchId: 2_000_000_000, paymentDate: '2026-12-15' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.notFound',
    });

    expect(await markBatchPaid(db, hr, { batchId, paymentDate: '2026-12-15' }, testOrigin)).toEqual({
      ok: true,
      message: 'rewards.payroll.paid',
      id: batchId,
    });
    const cases = await db.rewardCase.findMany({ where: { batchId } });
    expect(cases.map((each) => each.status)).toEqual([RewardStatus.PAID, RewardStatus.PAID]);
    expect(cases.every((each) => each.paidAt instanceof Date)).toBe(true);
    expect(await db.payrollBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({
      paidById: hr.id,
      paymentDate: dateColumn('2026-12-15'),
    });
    const notifications = await db.notification.findMany({
      where: { type: NotificationType.REWARD_PAID, recipientId: { in: [author.id, coAuthor.id, hr.id] } },
      select: { recipientId: true, ideaId: true },
    });
    expect(notifications).toHaveLength(3);
    expect(
      notifications
        .filter((each) => each.recipientId === author.id)
        .map((each) => each.ideaId)
        .sort(),
    ).toEqual([rewardCase.ideaId, other.ideaId].sort());
    expect(notifications.filter((each) => each.recipientId === coAuthor.id)).toEqual([
      { recipientId: coAuthor.id, ideaId: rewardCase.ideaId },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: 'payroll.batch.pay', targetId: String(batchId) },
    });
    expect(audit.after).toEqual({ paymentDate: '2026-12-15', cases: 2 });

    expect(await markBatchPaid(db, hr, { batchId, paymentDate: '2026-12-20' }, testOrigin)).toEqual({
      ok: false,
      message: 'rewards.payroll.errors.alreadyPaid',
    });
    expect((await db.payrollBatch.findUniqueOrThrow({ where: { id: batchId } })).paymentDate).toEqual(
      dateColumn('2026-12-15'),
    );
  });

  it('never changes a batch once made: the case cannot be rejected, a renamed person keeps the line', async () => {
    const person = await createPaidPerson(db);
    const rewardCase = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      shares: [{ userId: person.id, shareBasisPoints: 10_000 }],
    });
    const hr = await hrOf(db);
    const { id: batchId } = await createPayrollBatch(
      db,
      hr,
      { paymentMonth: '2026-12', caseIds: [rewardCase.id] },
      testOrigin,
    );
    const rejected = await db.$transaction((tx) =>
      applyRewardStep(tx, {
        caseIds: [rewardCase.id],
        name: 'reject',
        actor: hr,
        from: RewardStatus.BATCHED,
        facts: { departmentIds: [], hasEndorser: false },
        origin: testOrigin,
      }),
    );
    expect(rejected).toEqual({ ok: false, error: 'notAllowed' });
    await db.user.update({ where: { id: person.id }, data: { name: 'Uusi Nimi', employeeNumber: unique('E') } });
    expect(await db.payrollLine.findFirstOrThrow({ where: { batchId } })).toMatchObject({
      name: person.name,
      employeeNumber: person.employeeNumber,
    });
  });
});

// The pay code and "every ready case" are about the whole database: this part owns one of its own,
// so other test files' ready cases and settings cannot meet it.
describe('payroll batches in a database of their own', () => {
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    own = await createEmptyDatabase('payroll');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 5 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });

  it('counts only the ready cases that can go into a batch, and marks the ones a missing employee number holds back', async () => {
    const person = await createPaidPerson(db);
    const unnumbered = await createUser(db);
    const payable = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 30_000,
      shares: [{ userId: person.id, shareBasisPoints: 10_000 }],
    });
    const held = await createRewardCase(db, {
      status: RewardStatus.DECIDED,
      amountCents: 30_000,
      shares: [
        { userId: person.id, shareBasisPoints: 5_000 },
        { userId: unnumbered.id, shareBasisPoints: 5_000 },
      ],
    });
    const hr = await hrOf(db);
    const ready = (await readyForPayroll(db, hr))!;
    expect(ready).toMatchObject({ count: 1, totalCents: 30_000, blockedCount: 1 });
    expect(ready.cases.map((each) => [each.id, each.blocked])).toEqual([
      [payable.id, false],
      [held.id, true],
    ]);
    // Once the number is there, both are paid as usual (and out of the way of the next test).
    await db.user.update({ where: { id: unnumbered.id }, data: { employeeNumber: unique('E') } });
    expect(await readyForPayroll(db, hr)).toMatchObject({ count: 2, totalCents: 60_000, blockedCount: 0 });
    expect(await createPayrollBatch(db, hr, { paymentMonth: '2026-12' }, testOrigin)).toMatchObject({ ok: true });
  });

  it('takes every ready case when none are chosen, and lists them with their total first', async () => {
    const person = await createPaidPerson(db);
    const share = [{ userId: person.id, shareBasisPoints: 10_000 }];
    const cases = [
      await createRewardCase(db, { status: RewardStatus.DECIDED, amountCents: 30_000, shares: share }),
      await createRewardCase(db, { status: RewardStatus.DECIDED, amountCents: 12_345, shares: share }),
    ];
    await createRewardCase(db, { status: RewardStatus.ENDORSED, shares: share });
    const hr = await hrOf(db);
    expect(await readyForPayroll(db, hr)).toMatchObject({ count: 2, totalCents: 42_345 });
    expect((await readyForPayroll(db, hr))?.cases.map((each) => each.id)).toEqual(cases.map((each) => each.id));

    const made = await createPayrollBatch(db, hr, { paymentMonth: '2026-12' }, testOrigin);
    expect(made).toMatchObject({ ok: true });
    expect(await db.payrollLine.count({ where: { batchId: made.id } })).toBe(2);
    expect(await readyForPayroll(db, hr)).toMatchObject({ cases: [], count: 0, totalCents: 0, blockedCount: 0 });
    expect(await createPayrollBatch(db, hr, { paymentMonth: '2026-12' }, testOrigin)).toEqual({
      ok: false,
      message: 'rewards.payroll.errors.nothingReady',
    });
  });

  it('copies the pay code HR sets into new lines; lines already made keep theirs', async () => {
    const hr = await hrOf(db);
    expect(await getPayCode(db)).toBe('202');
    const person = await createPaidPerson(db);
    const share = [{ userId: person.id, shareBasisPoints: 10_000 }];
    const before = await createRewardCase(db, { status: RewardStatus.DECIDED, shares: share });
    const { id: firstBatch } = await createPayrollBatch(
      db,
      hr,
      { paymentMonth: '2026-12', caseIds: [before.id] },
      testOrigin,
    );

    const employee = actorOf(await createUser(db));
    expect(await setPayCode(db, employee, { payCode: '9999' }, testOrigin)).toMatchObject({
      ok: false,
      message: 'errors.forbidden',
    });
    expect(await setPayCode(db, hr, { payCode: '=1+1' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { payCode: ['rewards.payroll.errors.payCode'] },
      values: { payCode: '=1+1' },
    });
    expect(await setPayCode(db, hr, { payCode: ' 2020 ' }, testOrigin)).toEqual({
      ok: true,
      message: 'rewards.payroll.payCode.saved',
    });
    expect(await getPayCode(db)).toBe('2020');
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { action: 'settings.pay-code' },
        select: { before: true, after: true },
      }),
    ).toEqual({ before: { value: '202' }, after: { value: '2020' } });

    const after = await createRewardCase(db, { status: RewardStatus.DECIDED, shares: share });
    const { id: secondBatch } = await createPayrollBatch(
      db,
      hr,
      { paymentMonth: '2026-12', caseIds: [after.id] },
      testOrigin,
    );
    expect((await db.payrollLine.findFirstOrThrow({ where: { batchId: firstBatch } })).payCode).toBe('202');
    expect((await db.payrollLine.findFirstOrThrow({ where: { batchId: secondBatch } })).payCode).toBe('2020');
  });
});
