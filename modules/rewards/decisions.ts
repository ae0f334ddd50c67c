import type { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Action, type Actor } from '@/modules/access/permissions';
import { dateColumn } from '@/modules/accelerator/working-days';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { notify } from '@/modules/ideas/notifications';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { NotificationType, type RewardStatus } from '@/modules/platform/db/generated/enums';
import { rewardViewer } from './access';
import { caseFactsOf, mayEditShares } from './cases';
import { decideInput, endorseInput, rejectInput, shareField, sharesInput } from './case-schemas';
import { applyRewardStep, type RewardStepName } from './chain';
import { basisPointsFromPercent, splitCents, wholeShare } from './split';

// The steps people take on a reward case from its page: a manager endorses, HR decides (or
// recognises at 0 €), either rejects with a reason, and the split between recipients is edited.
// Each goes authenticate → zod → permission → transaction (through `applyRewardStep`, which
// audits without amounts) → notify the recipients (no amounts) ; the route revalidates.

type Tx = Prisma.TransactionClient;

/** A form's answer; when someone else moved the case first, where the case is now. */
export interface CaseFormState extends FormState {
  currentStatus?: RewardStatus;
}

/** Thrown inside a transaction to roll it back and answer the form. */
class Refusal extends Error {
  constructor(readonly state: CaseFormState) {
    super(state.message);
  }
}

interface CaseRow {
  id: number;
  ideaId: number;
  status: RewardStatus;
  computedCents: number;
  amountCents: number;
  withinOwnDuties: boolean;
  departmentIds: string[];
  shares: { userId: string; shareBasisPoints: number }[];
}

async function readCase(db: Database | Tx, caseId: number): Promise<CaseRow | null> {
  const row = await db.rewardCase.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      ideaId: true,
      status: true,
      computedCents: true,
      amountCents: true,
      withinOwnDuties: true,
      idea: { select: { departments: { select: { departmentId: true } } } },
      shares: { orderBy: { userId: 'asc' }, select: { userId: true, shareBasisPoints: true } },
    },
  });
  if (!row) return null;
  const { idea, ...rest } = row;
  return { ...rest, departmentIds: idea.departments.map((department) => department.departmentId) };
}

/** HR acts with `reward.decide`; anyone else with the department-scoped `reward.endorse`. */
function actionOf(actor: Actor | null): Action {
  return can(actor, 'reward.decide') ? 'reward.decide' : 'reward.endorse';
}

/**
 * Authenticate, validate, authorise for this case. A case the person may not see is "not found",
 * the same answer as for a case that does not exist.
 */
async function begin<Schema extends z.ZodType<{ caseId: number; status: RewardStatus }>>(
  db: Database,
  actor: Actor | null,
  schema: Schema,
  raw: unknown,
  action: Action | null,
) {
  let found: CaseRow | null = null;
  const start = await beginMutation(actor, schema, raw, action ?? actionOf(actor), async (input) => {
    found = await readCase(db, input.caseId);
    return { ownerIds: [], departmentIds: found?.departmentIds ?? [] };
  });
  const rewardCase = found as CaseRow | null;
  if (!start.ok) {
    const visible =
      rewardCase &&
      rewardViewer(actor, {
        departmentIds: rewardCase.departmentIds,
        recipientIds: rewardCase.shares.map((share) => share.userId),
      });
    if (start.state.message === 'errors.forbidden' && !visible)
      return { ok: false as const, state: { ok: false, message: 'errors.notFound' } };
    return { ok: false as const, state: start.state };
  }
  if (!rewardCase) return { ok: false as const, state: { ok: false, message: 'errors.notFound' } };
  return { ok: true as const, actor: start.actor, input: start.input, rewardCase };
}

/** Someone else moved the case after this person read it: say so, and where it is now. */
async function lostRace(db: Database, caseId: number): Promise<CaseFormState> {
  const now = await db.rewardCase.findUnique({ where: { id: caseId }, select: { status: true } });
  return { ok: false, message: 'rewards.cases.errors.alreadyHandled', currentStatus: now?.status };
}

async function step(
  db: Database,
  tx: Tx,
  actor: Actor,
  rewardCase: CaseRow,
  from: RewardStatus,
  name: RewardStepName,
  also: Prisma.RewardCaseUncheckedUpdateManyInput,
  origin: RequestOrigin,
): Promise<void> {
  const facts = await caseFactsOf(tx, from, rewardCase.departmentIds);
  const outcome = await applyRewardStep(tx, { caseIds: [rewardCase.id], name, actor, from, facts, also, origin });
  if (outcome.ok) return;
  if (outcome.error === 'conflict' || from !== rewardCase.status) throw new Refusal(await lostRace(db, rewardCase.id));
  throw new Refusal({ ok: false, message: 'errors.forbidden' });
}

async function run(work: () => Promise<CaseFormState>): Promise<CaseFormState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.state;
    throw error;
  }
}

const recipientsOf = (rewardCase: CaseRow) => rewardCase.shares.map((share) => share.userId);

/** The manager of the idea's department endorses the proposed case. */
export async function endorseRewardCase(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<CaseFormState> {
  const start = await begin(db, actor, endorseInput, raw, 'reward.endorse');
  if (!start.ok) return start.state;
  const { rewardCase, input } = start;
  return run(() =>
    db.$transaction(async (tx) => {
      await step(
        db,
        tx,
        start.actor,
        rewardCase,
        input.status,
        'endorse',
        {
          endorsedById: start.actor.id,
          endorsedAt: new Date(),
        },
        origin,
      );
      return { ok: true, message: 'rewards.cases.endorsed', id: rewardCase.id };
    }),
  );
}

/**
 * HR decides: decision number and date, the amount (what the rules gave unless changed with a
 * reason; a reason also when paying money for an idea within the author's own duties). 0 € is
 * recognition without money. The shares keep their percentages; their cents follow the amount.
 */
export async function decideRewardCase(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<CaseFormState> {
  const start = await begin(db, actor, decideInput, raw, 'reward.decide');
  if (!start.ok) return start.state;
  const { rewardCase, input } = start;
  const changed = input.amount !== rewardCase.computedCents;
  const ownDutiesPaid = rewardCase.withinOwnDuties && input.amount > 0;
  if ((changed || ownDutiesPaid) && !input.reason)
    return {
      ok: false,
      message: 'errors.invalid',
      fieldErrors: {
        reason: [changed ? 'rewards.cases.errors.reasonForChange' : 'rewards.cases.errors.reasonForOwnDuties'],
      },
    };
  return run(() =>
    db.$transaction(async (tx) => {
      await step(
        db,
        tx,
        start.actor,
        rewardCase,
        input.status,
        input.amount === 0 ? 'recognise' : 'decide',
        {
          decidedById: start.actor.id,
          decidedAt: new Date(),
          decisionNumber: input.decisionNumber,
          decisionDate: dateColumn(input.decisionDate),
          amountCents: input.amount,
          amountChangeReason: changed || ownDutiesPaid ? input.reason : null,
        },
        origin,
      );
      await writeShareCents(tx, rewardCase.id, input.amount, rewardCase.shares);
      await notify(tx, recipientsOf(rewardCase), {
        type: NotificationType.REWARD_DECIDED,
        actorId: start.actor.id,
        ideaId: rewardCase.ideaId,
      });
      return { ok: true, message: 'rewards.cases.decided', id: rewardCase.id };
    }),
  );
}

/** Turns the case down with a reason: the endorsing manager before HR decides, HR until it is batched. */
export async function rejectRewardCase(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<CaseFormState> {
  const start = await begin(db, actor, rejectInput, raw, null);
  if (!start.ok) return start.state;
  const { rewardCase, input } = start;
  return run(() =>
    db.$transaction(async (tx) => {
      await step(
        db,
        tx,
        start.actor,
        rewardCase,
        input.status,
        'reject',
        {
          rejectedById: start.actor.id,
          rejectedAt: new Date(),
          rejectionReason: input.reason,
        },
        origin,
      );
      await notify(tx, recipientsOf(rewardCase), {
        type: NotificationType.REWARD_REJECTED,
        actorId: start.actor.id,
        ideaId: rewardCase.ideaId,
      });
      return { ok: true, message: 'rewards.cases.rejected', id: rewardCase.id };
    }),
  );
}

async function writeShareCents(
  tx: Tx,
  caseId: number,
  amountCents: number,
  shares: readonly { userId: string; shareBasisPoints: number }[],
): Promise<void> {
  const cents = splitCents(
    amountCents,
    shares.map((share) => share.shareBasisPoints),
  );
  for (const [index, share] of shares.entries())
    await tx.rewardShare.update({
      where: { caseId_userId: { caseId, userId: share.userId } },
      data: { shareBasisPoints: share.shareBasisPoints, amountCents: cents[index]! },
    });
}

/**
 * New percentages for the case's recipients (two decimals, summing to exactly 100 %); the cents
 * are split from the case's amount so they sum to it exactly. HR until the case is batched, the
 * endorsing manager before endorsing. Audited without amounts or names.
 */
export async function editRewardShares(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<CaseFormState> {
  const start = await begin(db, actor, sharesInput, raw, null);
  if (!start.ok) return start.state;
  const { rewardCase, input } = start;
  const fieldErrors: Record<string, string[]> = {};
  const shares = rewardCase.shares.map((share) => {
    const typed = input.shares[share.userId];
    const basisPoints = typed === undefined ? null : basisPointsFromPercent(typed);
    if (basisPoints === null) fieldErrors[shareField(share.userId)] = ['rewards.cases.errors.sharePercent'];
    return { userId: share.userId, shareBasisPoints: basisPoints ?? 0 };
  });
  const sum = shares.reduce((total, share) => total + share.shareBasisPoints, 0);
  if (Object.keys(fieldErrors).length === 0 && sum !== wholeShare)
    for (const share of shares) fieldErrors[shareField(share.userId)] = ['rewards.cases.errors.sharesSum'];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, message: 'errors.invalid', fieldErrors };
  return run(() =>
    db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string; amount_cents: number }[]>`
        SELECT status::text AS status, amount_cents FROM reward_cases WHERE id = ${rewardCase.id} FOR UPDATE`;
      if (!locked || locked.status.toUpperCase() !== input.status) throw new Refusal(await lostRace(db, rewardCase.id));
      const facts = await caseFactsOf(tx, input.status, rewardCase.departmentIds);
      if (!mayEditShares(start.actor, facts)) throw new Refusal({ ok: false, message: 'errors.forbidden' });
      await writeShareCents(tx, rewardCase.id, locked.amount_cents, shares);
      await recordAudit(
        tx,
        {
          actorId: start.actor.id,
          action: 'reward.shares',
          targetType: 'reward_case',
          targetId: String(rewardCase.id),
          after: { recipients: shares.length },
        },
        origin,
      );
      return { ok: true, message: 'rewards.cases.sharesSaved', id: rewardCase.id };
    }),
  );
}
