import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmBenefit, recordBenefit } from '@/modules/accelerator/card';
import type { Actor } from '@/modules/access/permissions';
import { applyTransition } from '@/modules/ideas/transition';
import type { TransitionName } from '@/modules/ideas/lifecycle';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, IdeaStatus, Role, type Database } from '@/modules/platform/db/client';
import { NotificationType, RewardKind, RewardStatus } from '@/modules/platform/db/generated/enums';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createManager,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { ensureRewardsProposed, proposePendingRewards, withinOwnDutiesByMajority } from './proposals';
import { createRuleVersion, currentRuleVersion } from './rule-versions';

// The queue and the current rules are one per database: this file owns a database of its own, so
// its drains take only its own queue rows and other files' stage changes stay where they are.
describe('proposing reward cases from the queue', () => {
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };
  let coordinator: Actor;

  beforeAll(async () => {
    own = await createEmptyDatabase('reward-proposals');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 10 });
    coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });

  /** An idea shortlisted in a managed department, with an accelerator card. */
  async function candidate(overrides: { expectedSavingsEur?: number; coAuthors?: number; unconfirmed?: number } = {}) {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const idea = await createIdea(db, { status: IdeaStatus.SHORTLISTED, departmentIds: [department.id] });
    if (overrides.expectedSavingsEur !== undefined)
      await db.idea.update({ where: { id: idea.id }, data: { expectedSavingsEur: overrides.expectedSavingsEur } });
    const coAuthors = [];
    for (let index = 0; index < (overrides.coAuthors ?? 0) + (overrides.unconfirmed ?? 0); index += 1) {
      const user = await createUser(db);
      const confirmed = index < (overrides.coAuthors ?? 0);
      await db.ideaCoAuthor.create({
        data: { ideaId: idea.id, userId: user.id, confirmedAt: confirmed ? new Date(Date.now() + index) : null },
      });
      if (confirmed) coAuthors.push(user.id);
    }
    await db.acceleratorCard.create({ data: { ideaId: idea.id } });
    return { idea, manager, recipients: [idea.authorId, ...coAuthors] };
  }

  async function move(ideaId: number, ...names: TransitionName[]) {
    for (const name of names)
      expect(
        await db.$transaction((tx) => applyTransition(tx, { ideaId, name, actor: coordinator, origin: testOrigin })),
      ).toMatchObject({ ok: true });
  }

  async function evaluation(ideaId: number, answer: { withinOwnDuties?: boolean; submitted?: boolean } = {}) {
    const evaluator = await createUser(db);
    await db.evaluation.create({
      data: {
        ideaId,
        evaluatorId: evaluator.id,
        submittedAt: answer.submitted === false ? null : new Date(),
        withinOwnDuties: answer.withinOwnDuties ?? null,
      },
    });
  }

  const caseOf = (ideaId: number, kind: RewardKind) =>
    db.rewardCase.findUnique({
      where: { ideaId_kind: { ideaId, kind } },
      include: { shares: { orderBy: { amountCents: 'desc' } } },
    });

  const queued = (ideaId: number) => db.rewardTrigger.count({ where: { ideaId } });

  it('recognises an idea reaching evaluation, then proposes 300 € when it enters implementation', async () => {
    const { idea, manager, recipients } = await candidate({ coAuthors: 2, unconfirmed: 1 });

    await move(idea.id, 'promote');
    expect(await queued(idea.id)).toBe(1);
    expect(await proposePendingRewards(db)).toMatchObject({ proposed: 1 });
    expect(await queued(idea.id)).toBe(0);
    const recognition = await caseOf(idea.id, RewardKind.RECOGNITION);
    expect(recognition).toMatchObject({ status: RewardStatus.RECOGNISED, amountCents: 0, withinOwnDuties: false });
    expect(recognition?.shares.map((share) => share.userId).sort()).toEqual([...recipients].sort());
    expect(recognition?.shares.every((share) => share.amountCents === 0)).toBe(true);
    // Recognition waits for nobody: no manager is asked to endorse it.
    expect(await db.notification.count({ where: { recipientId: manager.user.id } })).toBe(0);

    await evaluation(idea.id, { withinOwnDuties: false });
    await move(idea.id, 'implement');
    expect(await proposePendingRewards(db)).toMatchObject({ proposed: 1 });
    const implementation = await caseOf(idea.id, RewardKind.IMPLEMENTATION);
    expect(implementation).toMatchObject({
      status: RewardStatus.PROPOSED,
      computedCents: 30_000,
      amountCents: 30_000,
      withinOwnDuties: false,
      basisSavingsCents: null,
      ruleVersionId: (await currentRuleVersion(db)).id,
    });
    // Equal shares of 300 € between the author and the two confirmed co-authors (not the unconfirmed one).
    expect(implementation?.shares.map((share) => [share.shareBasisPoints, share.amountCents])).toEqual([
      [3334, 10_000],
      [3333, 10_000],
      [3333, 10_000],
    ]);
    expect(implementation?.shares.find((share) => share.shareBasisPoints === 3334)?.userId).toBe(idea.authorId);
    expect(
      await db.notification.findMany({
        where: { recipientId: manager.user.id },
        select: { type: true, actorId: true },
      }),
    ).toEqual([{ type: NotificationType.REWARD_TO_ENDORSE, actorId: null }]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: 'reward.propose', targetId: String(implementation?.id) },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toMatchObject({ actorId: null, after: { status: RewardStatus.PROPOSED } });
    const written = JSON.stringify(audit);
    expect(written).not.toMatch(/30000|10000|amount|cents/i);
    for (const recipient of recipients) expect(written).not.toContain(recipient);

    // Implemented with only qualitative benefit: 100 € split exactly, the author's share first.
    await move(idea.id, 'complete');
    expect(await proposePendingRewards(db)).toMatchObject({ proposed: 1 });
    const thanks = await caseOf(idea.id, RewardKind.THANK_YOU);
    expect(thanks?.amountCents).toBe(10_000);
    expect(thanks?.shares.map((share) => share.amountCents)).toEqual([3334, 3333, 3333]);
    expect(await proposePendingRewards(db)).toEqual({ taken: 0, proposed: 0 });
  });

  it('gives an idea within the author’s own duties a 0 € case for HR to decide, and tells the manager', async () => {
    const { idea, manager } = await candidate();
    await move(idea.id, 'promote');
    // One yes, one no (a tie counts as yes); an unsubmitted "no" and a blank answer do not count.
    await evaluation(idea.id, { withinOwnDuties: true });
    await evaluation(idea.id, { withinOwnDuties: false });
    await evaluation(idea.id, { withinOwnDuties: false, submitted: false });
    await evaluation(idea.id);
    await move(idea.id, 'implement');
    await ensureRewardsProposed(db);

    expect(await caseOf(idea.id, RewardKind.IMPLEMENTATION)).toMatchObject({
      status: RewardStatus.PROPOSED,
      computedCents: 0,
      amountCents: 0,
      withinOwnDuties: true,
    });
    expect(
      await db.notification.count({
        where: { recipientId: manager.user.id, type: NotificationType.REWARD_TO_ENDORSE },
      }),
    ).toBe(1);
  });

  it('decides "own duties" by the majority of submitted answers; a tie is yes, no answers is no', () => {
    expect(withinOwnDutiesByMajority({ yes: 0, no: 0 })).toBe(false);
    expect(withinOwnDutiesByMajority({ yes: 1, no: 1 })).toBe(true);
    expect(withinOwnDutiesByMajority({ yes: 2, no: 1 })).toBe(true);
    expect(withinOwnDutiesByMajority({ yes: 1, no: 2 })).toBe(false);
    expect(withinOwnDutiesByMajority({ yes: 0, no: 3 })).toBe(false);
  });

  it('rewards realised savings when the benefit is confirmed, and nothing when they are below the reward', async () => {
    const saving = await candidate({ expectedSavingsEur: 5000 });
    const small = await candidate({ expectedSavingsEur: 1000 });
    for (const { idea } of [saving, small]) await move(idea.id, 'promote', 'implement', 'complete');
    await ensureRewardsProposed(db);
    // Savings were expected: no thank-you reward.
    expect(await caseOf(saving.idea.id, RewardKind.THANK_YOU)).toBeNull();

    for (const [{ idea }, euros] of [
      [saving, '4 000'],
      [small, '400'],
    ] as const) {
      expect(
        await recordBenefit(db, coordinator, { ideaId: idea.id, realisedSavingsEur: euros }, testOrigin),
      ).toMatchObject({ ok: true });
      expect(await confirmBenefit(db, coordinator, { ideaId: idea.id }, testOrigin)).toMatchObject({ ok: true });
    }
    expect(await queued(saving.idea.id)).toBe(1);
    expect(await proposePendingRewards(db)).toEqual({ taken: 2, proposed: 1 });

    expect(await caseOf(saving.idea.id, RewardKind.SAVINGS)).toMatchObject({
      status: RewardStatus.PROPOSED,
      amountCents: 50_000,
      basisSavingsCents: 400_000,
    });
    // 400 € saved cannot carry the 500 € minimum: no case, and the queue row is gone.
    expect(await caseOf(small.idea.id, RewardKind.SAVINGS)).toBeNull();
    expect(await queued(small.idea.id)).toBe(0);
  });

  it('proposes each case once when drains race, also when the queue holds the same work twice', async () => {
    const ideas = [];
    for (let index = 0; index < 6; index += 1) {
      const { idea } = await candidate({ coAuthors: index % 3 });
      await move(idea.id, 'promote', 'implement');
      await db.rewardTrigger.create({ data: { ideaId: idea.id, kind: RewardKind.IMPLEMENTATION } });
      ideas.push(idea);
    }
    // 6 ideas × (recognition + implementation twice) = 18 rows, taken two at a time by four drains.
    for (let round = 0; round < 10 && (await db.rewardTrigger.count()) > 0; round += 1)
      await Promise.all(Array.from({ length: 4 }, () => proposePendingRewards(db, { limit: 2 })));

    expect(await db.rewardTrigger.count()).toBe(0);
    for (const idea of ideas) {
      const cases = await db.rewardCase.findMany({ where: { ideaId: idea.id }, include: { shares: true } });
      expect(cases.map((rewardCase) => rewardCase.kind).sort()).toEqual([
        RewardKind.IMPLEMENTATION,
        RewardKind.RECOGNITION,
      ]);
      const implementation = cases.find((rewardCase) => rewardCase.kind === RewardKind.IMPLEMENTATION)!;
      expect(implementation.shares.reduce((sum, share) => sum + share.amountCents, 0)).toBe(30_000);
      expect(implementation.shares.reduce((sum, share) => sum + share.shareBasisPoints, 0)).toBe(10_000);
      expect(
        await db.auditLog.count({ where: { action: 'reward.propose', targetId: String(implementation.id) } }),
      ).toBe(1);
    }
  });

  it('computes with the current rule version and records it on the case', async () => {
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const changed = await createRuleVersion(
      db,
      hr,
      {
        recognitionOnEvaluation: '',
        implementationEuros: '450',
        thankYouEuros: '100',
        savingsSharePercent: '10',
        savingsMinimumEuros: '500',
        savingsMaximumEuros: '5 000',
        note: 'Toteutuspalkkio korotettu',
      },
      testOrigin,
    );
    const { idea } = await candidate();
    await move(idea.id, 'promote', 'implement');
    await ensureRewardsProposed(db, { limit: 1 });

    // Recognition is off in the new rules: no case at evaluation.
    expect(await caseOf(idea.id, RewardKind.RECOGNITION)).toBeNull();
    expect(await caseOf(idea.id, RewardKind.IMPLEMENTATION)).toMatchObject({
      ruleVersionId: changed.id,
      amountCents: 45_000,
    });
    expect(await queued(idea.id)).toBe(0);
  });
});
