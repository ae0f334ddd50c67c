import { can, type Action, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Prisma } from '@/modules/platform/db/client';
import { RewardStatus } from '@/modules/platform/db/generated/enums';

// The reward chain: every state of a reward case, every step, who may take it. Server code changes
// a case's status only through `applyRewardStep`, which asks `rewardStepFor`; pages ask
// `availableRewardSteps` which controls to show. A database trigger refuses any other writer of
// `reward_cases.status` (migration 20261126215004_rewards).

export type RewardStepName = 'endorse' | 'decide' | 'recognise' | 'batch' | 'pay' | 'reject';

export interface RewardStep {
  name: RewardStepName;
  from: readonly RewardStatus[];
  to: RewardStatus;
  action: Action;
  reasonRequired: boolean;
  /** Only when no manager can endorse the case (its idea names no department with a manager). */
  withoutEndorser?: boolean;
  /** Taken by making or paying a payroll batch, never offered as a button on a case. */
  throughBatch?: boolean;
}

const S = RewardStatus;

export const rewardSteps: readonly RewardStep[] = [
  { name: 'endorse', from: [S.PROPOSED], to: S.ENDORSED, action: 'reward.endorse', reasonRequired: false },
  { name: 'decide', from: [S.ENDORSED], to: S.DECIDED, action: 'reward.decide', reasonRequired: false },
  // Nobody can endorse an idea without a managed department: HR decides it directly.
  {
    name: 'decide',
    from: [S.PROPOSED],
    to: S.DECIDED,
    action: 'reward.decide',
    reasonRequired: false,
    withoutEndorser: true,
  },
  // Decided at 0 €: recognition without money, never in a payroll batch.
  { name: 'recognise', from: [S.ENDORSED], to: S.RECOGNISED, action: 'reward.decide', reasonRequired: false },
  {
    name: 'recognise',
    from: [S.PROPOSED],
    to: S.RECOGNISED,
    action: 'reward.decide',
    reasonRequired: false,
    withoutEndorser: true,
  },
  { name: 'batch', from: [S.DECIDED], to: S.BATCHED, action: 'reward.pay', reasonRequired: false, throughBatch: true },
  { name: 'pay', from: [S.BATCHED], to: S.PAID, action: 'reward.pay', reasonRequired: false, throughBatch: true },
  // The endorsing manager may turn a case down before HR decides; HR until it is in a batch.
  { name: 'reject', from: [S.PROPOSED, S.ENDORSED], to: S.REJECTED, action: 'reward.endorse', reasonRequired: true },
  {
    name: 'reject',
    from: [S.PROPOSED, S.ENDORSED, S.DECIDED],
    to: S.REJECTED,
    action: 'reward.decide',
    reasonRequired: true,
  },
];

/** What the chain needs to know about a case to say who may move it. */
export interface RewardCaseFacts {
  status: RewardStatus;
  /** The idea's departments: a manager endorses the cases of their departments' ideas. */
  departmentIds: readonly string[];
  /** Whether some active manager's departments include one of the idea's. */
  hasEndorser: boolean;
}

function allows(step: RewardStep, actor: Actor | null, facts: RewardCaseFacts): boolean {
  if (!step.from.includes(facts.status)) return false;
  if (step.withoutEndorser && facts.hasEndorser) return false;
  return can(actor, step.action, { ownerIds: [], departmentIds: facts.departmentIds });
}

/** The step this actor may take on this case under that name, or null. */
export function rewardStepFor(actor: Actor | null, facts: RewardCaseFacts, name: RewardStepName): RewardStep | null {
  return rewardSteps.find((step) => step.name === name && allows(step, actor, facts)) ?? null;
}

/** The steps a person may take on the case from its page (batch steps happen on the batch page). */
export function availableRewardSteps(actor: Actor | null, facts: RewardCaseFacts): RewardStepName[] {
  const names = rewardSteps.filter((step) => !step.throughBatch && allows(step, actor, facts)).map((step) => step.name);
  return [...new Set(names)];
}

export type RewardStepOutcome =
  { ok: true; step: RewardStep } | { ok: false; error: 'notFound' | 'notAllowed' | 'conflict' };

export interface RewardStepRequest {
  caseIds: readonly number[];
  name: RewardStepName;
  actor: Actor;
  /** The status the caller read: a case that has moved since is left alone (`conflict`). */
  from: RewardStatus;
  facts: Omit<RewardCaseFacts, 'status'>;
  /** Columns written with the status (decision number, batch, rejection reason…). */
  also?: Omit<Prisma.RewardCaseUncheckedUpdateManyInput, 'status'>;
  origin: RequestOrigin;
  /** Recorded in the audit entry: never an amount or a recipient (admins read the audit log). */
  auditDetails?: Prisma.InputJsonObject;
}

/**
 * The one way a reward case's status changes, inside the caller's transaction: the chain must allow
 * the step from the status read; every case must still have that status (else `conflict` and the
 * caller rolls back); one audit entry per case, without amounts.
 */
export async function applyRewardStep(
  tx: Prisma.TransactionClient,
  request: RewardStepRequest,
): Promise<RewardStepOutcome> {
  const step = rewardStepFor(request.actor, { ...request.facts, status: request.from }, request.name);
  if (!step) return { ok: false, error: 'notAllowed' };
  if (request.caseIds.length === 0) return { ok: false, error: 'notFound' };
  await tx.$queryRaw`SELECT set_config('vau.reward_chain', ${step.to.toLowerCase()}, true)`;
  const changed = await tx.rewardCase.updateMany({
    where: { id: { in: [...request.caseIds] }, status: request.from },
    data: { ...request.also, status: step.to },
  });
  await tx.$queryRaw`SELECT set_config('vau.reward_chain', '', true)`;
  if (changed.count !== request.caseIds.length) return { ok: false, error: 'conflict' };
  for (const caseId of request.caseIds) {
    await recordAudit(
      tx,
      {
        actorId: request.actor.id,
        action: `reward.${step.name}`,
        targetType: 'reward_case',
        targetId: String(caseId),
        before: { status: request.from },
        after: { status: step.to, ...request.auditDetails },
      },
      request.origin,
    );
  }
  return { ok: true, step };
}
