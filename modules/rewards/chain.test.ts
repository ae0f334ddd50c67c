import { describe, expect, it } from 'vitest';
import { RewardStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createRewardCase, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { applyRewardStep, availableRewardSteps, rewardStepFor } from './chain';

// The chain is the only way a case's status changes: the table says who may take which step, and
// the database refuses a status written any other way.

const hr = { id: 'hr', roles: [Role.EMPLOYEE, Role.HR], active: true };
const manager = { id: 'manager', roles: [Role.EMPLOYEE, Role.MANAGER], active: true, departmentIds: ['d1'] };
const managerElsewhere = { id: 'other', roles: [Role.EMPLOYEE, Role.MANAGER], active: true, departmentIds: ['d2'] };
const admin = { id: 'admin', roles: [Role.EMPLOYEE, Role.ADMIN], active: true };
const facts = (status: RewardStatus, hasEndorser = true) => ({ status, departmentIds: ['d1'], hasEndorser });

describe('the reward chain', () => {
  const db = testDb();

  it('lets the manager of the department endorse and reject, HR decide, and nobody else anything', () => {
    expect(availableRewardSteps(manager, facts(RewardStatus.PROPOSED))).toEqual(['endorse', 'reject']);
    expect(availableRewardSteps(managerElsewhere, facts(RewardStatus.PROPOSED))).toEqual([]);
    expect(availableRewardSteps(admin, facts(RewardStatus.PROPOSED))).toEqual([]);
    expect(availableRewardSteps(hr, facts(RewardStatus.PROPOSED))).toEqual(['reject']);
    expect(availableRewardSteps(hr, facts(RewardStatus.ENDORSED))).toEqual(['decide', 'recognise', 'reject']);
    expect(availableRewardSteps(manager, facts(RewardStatus.DECIDED))).toEqual([]);
    expect(availableRewardSteps(hr, facts(RewardStatus.DECIDED))).toEqual(['reject']);
    // Batching and paying happen on the batch page; a batched case can no longer be rejected.
    expect(availableRewardSteps(hr, facts(RewardStatus.BATCHED))).toEqual([]);
    expect(rewardStepFor(hr, facts(RewardStatus.DECIDED), 'batch')?.to).toBe(RewardStatus.BATCHED);
    expect(rewardStepFor(hr, facts(RewardStatus.BATCHED), 'pay')?.to).toBe(RewardStatus.PAID);
  });

  it('lets HR decide a proposed case directly only when no manager can endorse it', () => {
    expect(rewardStepFor(hr, facts(RewardStatus.PROPOSED, true), 'decide')).toBeNull();
    expect(rewardStepFor(hr, facts(RewardStatus.PROPOSED, false), 'decide')?.to).toBe(RewardStatus.DECIDED);
    expect(rewardStepFor(hr, facts(RewardStatus.PROPOSED, false), 'recognise')?.to).toBe(RewardStatus.RECOGNISED);
  });

  it('moves a case only from the status its mover read, and the database refuses any other writer', async () => {
    const hrUser = await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] });
    const rewardCase = await createRewardCase(db, { status: RewardStatus.ENDORSED });
    const request = {
      caseIds: [rewardCase.id],
      name: 'decide' as const,
      actor: actorOf(hrUser),
      facts: { departmentIds: [], hasEndorser: true },
      origin: testOrigin,
    };

    const stale = await db.$transaction((tx) => applyRewardStep(tx, { ...request, from: RewardStatus.PROPOSED }));
    expect(stale).toEqual({ ok: false, error: 'notAllowed' });
    await expect(
      db.rewardCase.update({ where: { id: rewardCase.id }, data: { status: RewardStatus.PAID } }),
    ).rejects.toThrow(/outside the chain/);

    const moved = await db.$transaction((tx) => applyRewardStep(tx, { ...request, from: RewardStatus.ENDORSED }));
    expect(moved.ok).toBe(true);
    const again = await db.$transaction((tx) => applyRewardStep(tx, { ...request, from: RewardStatus.ENDORSED }));
    expect(again).toEqual({ ok: false, error: 'conflict' });
    expect((await db.rewardCase.findUniqueOrThrow({ where: { id: rewardCase.id } })).status).toBe(RewardStatus.DECIDED);
    const audit = await db.auditLog.findMany({ where: { targetType: 'reward_case', targetId: String(rewardCase.id) } });
    expect(audit.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ['reward.decide', { status: RewardStatus.ENDORSED }, { status: RewardStatus.DECIDED }],
    ]);
  });
});
