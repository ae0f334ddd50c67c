import { describe, expect, it } from 'vitest';
import { IdeaStatus, RewardKind, RewardStatus, Role } from '@/modules/platform/db/client';
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
import { caseFiltersFrom, findRewardCase, listRewardCases } from './cases';
import { endorseRewardCase } from './decisions';

describe('reward cases for HR and endorsing managers', () => {
  const db = testDb();

  it('lists every case for HR with filters and the money of the matched cases by stage', async () => {
    const department = await createDepartment(db);
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    const idea = await createIdea(db, { title: 'Kahvinkeitin säästää', departmentIds: [department.id] });
    await createRewardCase(db, { ideaId: idea.id, kind: RewardKind.IMPLEMENTATION, amountCents: 30_000 });
    await createRewardCase(db, { ideaId: idea.id, kind: RewardKind.SAVINGS, amountCents: 55_050 });
    await createRewardCase(db, { departmentIds: [department.id], status: RewardStatus.DECIDED, amountCents: 10_000 });
    // A rejected case's amount is not owed to anyone: it is counted, but not as money.
    await createRewardCase(db, { departmentIds: [department.id], status: RewardStatus.REJECTED, amountCents: 10_000 });

    const byDepartment = await listRewardCases(db, hr, caseFiltersFrom({ department: department.id }));
    expect(byDepartment).toMatchObject({
      scope: 'hr',
      total: 4,
      totals: {
        waiting: { count: 2, cents: 85_050 },
        decided: { count: 1, cents: 10_000 },
        paid: { count: 0, cents: 0 },
      },
    });
    // What waits (proposed) comes before what is decided.
    expect(byDepartment!.items.map((item) => item.status)).toEqual([
      RewardStatus.PROPOSED,
      RewardStatus.PROPOSED,
      RewardStatus.DECIDED,
      RewardStatus.REJECTED,
    ]);
    const savings = await listRewardCases(db, hr, caseFiltersFrom({ department: department.id, kind: 'SAVINGS' }));
    expect(savings).toMatchObject({ total: 1, totals: { waiting: { count: 1, cents: 55_050 } } });
    expect((await listRewardCases(db, hr, caseFiltersFrom({ q: `#${idea.id}` })))!.total).toBe(2);
    expect((await listRewardCases(db, hr, caseFiltersFrom({ q: 'KAHVINKEITIN' })))!.total).toBeGreaterThanOrEqual(2);
    expect(
      (await listRewardCases(db, hr, caseFiltersFrom({ department: department.id, status: 'REJECTED' })))!.totals,
    ).toEqual({ waiting: { count: 0, cents: 0 }, decided: { count: 0, cents: 0 }, paid: { count: 0, cents: 0 } });
    // Nonsense in the address is no filter, not an error.
    expect(caseFiltersFrom({ status: 'nonsense', page: '-3', department: 'x' })).toEqual({ page: 1 });
  });

  it('lists a manager only their departments’ cases, and nobody else any', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const mine = await createRewardCase(db, { departmentIds: [department.id] });
    await createRewardCase(db, { departmentIds: [(await createDepartment(db)).id] });
    const list = await listRewardCases(db, manager.actor, caseFiltersFrom({}));
    expect(list).toMatchObject({ scope: 'endorser', total: 1 });
    expect(list!.items.map((item) => item.id)).toEqual([mine.id]);
    expect(list!.departments.map((entry) => entry.id)).toEqual([department.id]);
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.ADMIN], [Role.EMPLOYEE, Role.COORDINATOR]])
      expect(await listRewardCases(db, actorOf(await createUser(db, { roles })), caseFiltersFrom({}))).toBeNull();
  });

  it('shows one case to HR, its endorser and (their share only) a recipient; anyone else gets not found', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const coAuthor = await createUser(db);
    const idea = await createIdea(db, {
      status: IdeaStatus.IMPLEMENTATION,
      departmentIds: [department.id],
      anonymous: true,
    });
    const rewardCase = await createRewardCase(db, {
      ideaId: idea.id,
      amountCents: 30_000,
      shares: [
        { userId: idea.authorId, shareBasisPoints: 6_000 },
        { userId: coAuthor.id, shareBasisPoints: 4_000 },
      ],
    });
    await endorseRewardCase(db, manager.actor, { caseId: rewardCase.id, status: RewardStatus.PROPOSED }, testOrigin);
    const author = await db.user.findUniqueOrThrow({ where: { id: idea.authorId } });

    const hr = await findRewardCase(
      db,
      actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] })),
      rewardCase.id,
    );
    expect(hr).toMatchObject({ viewer: { kind: 'hr' }, amountCents: 30_000, status: RewardStatus.ENDORSED });
    expect(hr!.shares.map((share) => share.name)).toEqual([author.name, coAuthor.name]);
    expect(hr!.steps.map((step) => [step.action, step.sentenceKey])).toEqual([['reward.endorse', 'reward_endorse']]);
    expect(hr!.available).toEqual(expect.arrayContaining(['decide', 'recognise', 'reject']));

    // The manager sees amounts, but not who wrote an anonymous idea.
    const endorser = await findRewardCase(db, manager.actor, rewardCase.id);
    expect(endorser).toMatchObject({ viewer: { kind: 'endorser' }, amountCents: 30_000 });
    expect(endorser!.shares.map((share) => [share.name, share.amountCents])).toEqual([
      [null, 18_000],
      [null, 12_000],
    ]);

    const recipient = await findRewardCase(db, actorOf(coAuthor), rewardCase.id);
    expect(recipient).toMatchObject({ viewer: { kind: 'recipient' }, amountCents: null, available: [] });
    expect(recipient!.shares).toEqual([
      { userId: coAuthor.id, name: coAuthor.name, shareBasisPoints: 4_000, amountCents: 12_000 },
    ]);

    const elsewhere = await createManager(db, (await createDepartment(db)).id);
    for (const actor of [
      actorOf(await createUser(db, { departmentId: department.id }), [department.id]),
      elsewhere.actor,
      actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] })),
      actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] })),
    ])
      expect(await findRewardCase(db, actor, rewardCase.id)).toBeNull();
    expect(await findRewardCase(db, manager.actor, 999_999_999)).toBeNull();
  });
});
