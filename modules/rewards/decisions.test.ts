import { describe, expect, it } from 'vitest';
import type { Actor } from '@/modules/access/permissions';
import { IdeaStatus, NotificationType, RewardStatus, Role, type Database } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createManager,
  createRewardCase,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { shareField } from './case-schemas';
import { decideRewardCase, editRewardShares, endorseRewardCase, rejectRewardCase } from './decisions';

const decision = { decisionNumber: 'HR 12/2026', decisionDate: '2026-11-20', amount: '300,00' };

async function setUp(db: Database, status: RewardStatus = RewardStatus.PROPOSED) {
  const department = await createDepartment(db);
  const manager = await createManager(db, department.id);
  const coAuthor = await createUser(db);
  const idea = await createIdea(db, { status: IdeaStatus.IMPLEMENTATION, departmentIds: [department.id] });
  const rewardCase = await createRewardCase(db, {
    ideaId: idea.id,
    status,
    amountCents: 30_000,
    shares: [
      { userId: idea.authorId, shareBasisPoints: 5_000 },
      { userId: coAuthor.id, shareBasisPoints: 5_000 },
    ],
  });
  const other = await createDepartment(db);
  const role = async (roles: Role[], departmentIds: string[] = []) =>
    actorOf(await createUser(db, { roles }), departmentIds);
  const people: Record<string, Actor> = {
    colleague: await role([Role.EMPLOYEE], [department.id]),
    recipient: actorOf(await db.user.findUniqueOrThrow({ where: { id: idea.authorId } })),
    'manager of the department': manager.actor,
    'manager elsewhere': actorOf((await createManager(db, other.id)).user, [other.id]),
    coordinator: await role([Role.EMPLOYEE, Role.COORDINATOR]),
    HR: await role([Role.EMPLOYEE, Role.HR]),
    admin: await role([Role.EMPLOYEE, Role.ADMIN]),
  };
  return { department, manager, coAuthor, idea, rewardCase, people };
}

const statusOf = async (db: Database, id: number) =>
  (await db.rewardCase.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe('the reward chain from the case page', () => {
  const db = testDb();

  it('lets only the manager of the idea’s department endorse; the others do not learn the case exists', async () => {
    const { rewardCase, people } = await setUp(db);
    const input = { caseId: rewardCase.id, status: RewardStatus.PROPOSED };
    for (const who of ['colleague', 'manager elsewhere', 'coordinator', 'admin'])
      expect(await endorseRewardCase(db, people[who]!, input, testOrigin), who).toEqual({
        ok: false,
        message: 'errors.notFound',
      });
    // The recipient knows of the case (Omat palkkiot) but may not move it.
    expect((await endorseRewardCase(db, people.recipient!, input, testOrigin)).message).toBe('errors.forbidden');
    expect((await endorseRewardCase(db, people.HR!, input, testOrigin)).ok).toBe(false);
    expect(await statusOf(db, rewardCase.id)).toBe(RewardStatus.PROPOSED);
    expect(await endorseRewardCase(db, people['manager of the department']!, input, testOrigin)).toMatchObject({
      ok: true,
    });
    expect(await statusOf(db, rewardCase.id)).toBe(RewardStatus.ENDORSED);
  });

  it('lets only HR decide, with the decision number and date, and tells the recipients without an amount', async () => {
    const { rewardCase, people, coAuthor, idea } = await setUp(db, RewardStatus.ENDORSED);
    const input = { caseId: rewardCase.id, status: RewardStatus.ENDORSED, ...decision };
    for (const who of [
      'colleague',
      'recipient',
      'manager elsewhere',
      'coordinator',
      'admin',
      'manager of the department',
    ])
      expect((await decideRewardCase(db, people[who]!, input, testOrigin)).ok, who).toBe(false);
    expect(await decideRewardCase(db, people.HR!, input, testOrigin)).toMatchObject({ ok: true });
    const decided = await db.rewardCase.findUniqueOrThrow({ where: { id: rewardCase.id } });
    expect(decided).toMatchObject({ status: RewardStatus.DECIDED, decisionNumber: 'HR 12/2026', amountCents: 30_000 });
    expect(decided.decisionDate?.toISOString().slice(0, 10)).toBe('2026-11-20');
    const told = await db.notification.findMany({
      where: { ideaId: idea.id, type: NotificationType.REWARD_DECIDED },
      select: { recipientId: true },
    });
    expect(told.map((row) => row.recipientId).toSorted()).toEqual([idea.authorId, coAuthor.id].toSorted());
  });

  it('needs a reason when HR changes what the rules gave, and splits the new amount exactly', async () => {
    const { rewardCase, people } = await setUp(db, RewardStatus.ENDORSED);
    const input = { caseId: rewardCase.id, status: RewardStatus.ENDORSED, ...decision, amount: '1 234,51' };
    expect(await decideRewardCase(db, people.HR!, input, testOrigin)).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { reason: ['rewards.cases.errors.reasonForChange'] },
    });
    expect(
      await decideRewardCase(db, people.HR!, { ...input, reason: 'Säästöt olivat arvioitua suuremmat' }, testOrigin),
    ).toMatchObject({ ok: true });
    const decided = await db.rewardCase.findUniqueOrThrow({ where: { id: rewardCase.id }, include: { shares: true } });
    expect(decided.amountCents).toBe(123_451);
    expect(decided.amountChangeReason).toBe('Säästöt olivat arvioitua suuremmat');
    expect(decided.shares.map((share) => share.amountCents).toSorted()).toEqual([61_725, 61_726]);
  });

  it('needs a reason to pay money on an own-duties case; 0 € is recognition', async () => {
    const department = await createDepartment(db);
    const ownDuties = await createRewardCase(db, {
      departmentIds: [department.id],
      status: RewardStatus.ENDORSED,
      amountCents: 0,
      withinOwnDuties: true,
    });
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const input = { caseId: ownDuties.id, status: RewardStatus.ENDORSED, ...decision };
    expect((await decideRewardCase(db, hr, input, testOrigin)).fieldErrors).toEqual({
      reason: ['rewards.cases.errors.reasonForChange'],
    });
    expect(await decideRewardCase(db, hr, { ...input, amount: '0' }, testOrigin)).toMatchObject({ ok: true });
    expect(await statusOf(db, ownDuties.id)).toBe(RewardStatus.RECOGNISED);

    const paidOwnDuties = await createRewardCase(db, {
      departmentIds: [department.id],
      status: RewardStatus.ENDORSED,
      amountCents: 30_000,
      withinOwnDuties: true,
    });
    const paying = { caseId: paidOwnDuties.id, status: RewardStatus.ENDORSED, ...decision };
    expect((await decideRewardCase(db, hr, paying, testOrigin)).fieldErrors).toEqual({
      reason: ['rewards.cases.errors.reasonForOwnDuties'],
    });
    expect(await decideRewardCase(db, hr, { ...paying, reason: 'Ylitti tehtävät selvästi' }, testOrigin)).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it('gives exactly one of two HR people deciding at once the case; the other is told where it is', async () => {
    const { rewardCase, people } = await setUp(db, RewardStatus.ENDORSED);
    const other = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const input = { caseId: rewardCase.id, status: RewardStatus.ENDORSED, ...decision };
    const results = await Promise.all([
      decideRewardCase(db, people.HR!, input, testOrigin),
      decideRewardCase(db, other, { ...input, decisionNumber: 'HR 13/2026' }, testOrigin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({
      ok: false,
      message: 'rewards.cases.errors.alreadyHandled',
      currentStatus: RewardStatus.DECIDED,
    });
    expect(await db.auditLog.count({ where: { targetType: 'reward_case', targetId: String(rewardCase.id) } })).toBe(1);
  });

  it('lets the manager reject before the decision and HR until the batch, with a reason', async () => {
    const first = await setUp(db, RewardStatus.ENDORSED);
    const manager = first.people['manager of the department']!;
    const input = { caseId: first.rewardCase.id, status: RewardStatus.ENDORSED };
    expect((await rejectRewardCase(db, manager, { ...input, reason: ' ' }, testOrigin)).fieldErrors).toEqual({
      reason: ['rewards.cases.errors.rejectReason'],
    });
    for (const who of ['colleague', 'manager elsewhere', 'coordinator', 'admin'])
      expect(
        (await rejectRewardCase(db, first.people[who]!, { ...input, reason: 'Ei' }, testOrigin)).message,
        who,
      ).toBe('errors.notFound');
    expect((await rejectRewardCase(db, first.people.recipient!, { ...input, reason: 'Ei' }, testOrigin)).ok).toBe(
      false,
    );
    expect(await rejectRewardCase(db, manager, { ...input, reason: 'Ei uusi idea' }, testOrigin)).toMatchObject({
      ok: true,
    });
    const rejected = await db.rewardCase.findUniqueOrThrow({ where: { id: first.rewardCase.id } });
    expect(rejected).toMatchObject({ status: RewardStatus.REJECTED, rejectionReason: 'Ei uusi idea' });
    expect(
      await db.notification.count({ where: { ideaId: first.idea.id, type: NotificationType.REWARD_REJECTED } }),
    ).toBe(2);

    const decided = await setUp(db, RewardStatus.DECIDED);
    const decidedInput = { caseId: decided.rewardCase.id, status: RewardStatus.DECIDED, reason: 'Virheellinen päätös' };
    expect(
      (await rejectRewardCase(db, decided.people['manager of the department']!, decidedInput, testOrigin)).ok,
    ).toBe(false);
    expect((await rejectRewardCase(db, decided.people.HR!, decidedInput, testOrigin)).ok).toBe(true);

    const batched = await setUp(db, RewardStatus.BATCHED);
    const batchedInput = { caseId: batched.rewardCase.id, status: RewardStatus.BATCHED, reason: 'Liian myöhään' };
    expect((await rejectRewardCase(db, batched.people.HR!, batchedInput, testOrigin)).ok).toBe(false);
    expect(await statusOf(db, batched.rewardCase.id)).toBe(RewardStatus.BATCHED);
  });

  it('refuses shares that do not sum to exactly 100 %, naming each field; saves exact cents otherwise', async () => {
    const { rewardCase, people, idea, coAuthor } = await setUp(db);
    const manager = people['manager of the department']!;
    const shares = (author: string, co: string) => ({ [idea.authorId]: author, [coAuthor.id]: co });
    const base = { caseId: rewardCase.id, status: RewardStatus.PROPOSED };
    expect(await editRewardShares(db, manager, { ...base, shares: shares('33,33', '66,66') }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: {
        [shareField(idea.authorId)]: ['rewards.cases.errors.sharesSum'],
        [shareField(coAuthor.id)]: ['rewards.cases.errors.sharesSum'],
      },
    });
    expect(
      (await editRewardShares(db, manager, { ...base, shares: shares('abc', '50') }, testOrigin)).fieldErrors,
    ).toEqual({ [shareField(idea.authorId)]: ['rewards.cases.errors.sharePercent'] });
    expect(
      (await editRewardShares(db, people.colleague!, { ...base, shares: shares('50', '50') }, testOrigin)).message,
    ).toBe('errors.notFound');
    expect(
      await editRewardShares(db, manager, { ...base, shares: shares('33,34', '66,66') }, testOrigin),
    ).toMatchObject({ ok: true });
    const saved = await db.rewardShare.findMany({ where: { caseId: rewardCase.id } });
    const byUser = new Map(saved.map((share) => [share.userId, share]));
    expect(byUser.get(idea.authorId)).toMatchObject({ shareBasisPoints: 3_334, amountCents: 10_002 });
    expect(byUser.get(coAuthor.id)).toMatchObject({ shareBasisPoints: 6_666, amountCents: 19_998 });

    await endorseRewardCase(db, manager, base, testOrigin);
    const afterEndorsing = { caseId: rewardCase.id, status: RewardStatus.ENDORSED, shares: shares('50', '50') };
    expect((await editRewardShares(db, manager, afterEndorsing, testOrigin)).ok).toBe(false);
    expect((await editRewardShares(db, people.HR!, afterEndorsing, testOrigin)).ok).toBe(true);
  });

  it('writes no amount into the audit log, whatever the step', async () => {
    const { rewardCase, people, idea, coAuthor } = await setUp(db);
    const base = { caseId: rewardCase.id };
    await editRewardShares(
      db,
      people.HR!,
      { ...base, status: RewardStatus.PROPOSED, shares: { [idea.authorId]: '60', [coAuthor.id]: '40' } },
      testOrigin,
    );
    await endorseRewardCase(
      db,
      people['manager of the department']!,
      { ...base, status: RewardStatus.PROPOSED },
      testOrigin,
    );
    await decideRewardCase(
      db,
      people.HR!,
      { ...base, status: RewardStatus.ENDORSED, ...decision, amount: '777,77', reason: 'Muutettu' },
      testOrigin,
    );
    const rows = await db.auditLog.findMany({ where: { targetType: 'reward_case', targetId: String(rewardCase.id) } });
    expect(rows.map((row) => row.action)).toEqual(['reward.shares', 'reward.endorse', 'reward.decide']);
    const text = JSON.stringify(rows.map((row) => [row.before, row.after]));
    for (const amount of ['77777', '777', '46666', '31111', '30000', 'Muutettu', coAuthor.id, idea.authorId])
      expect(text).not.toContain(amount);
  });
});
