import type { RequestOrigin } from '@/modules/audit/audit-log';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { NotificationType } from '@/modules/platform/db/generated/enums';
import { getNumberSetting } from '@/modules/settings/settings';
import { candidateRecipients } from '@/modules/users/managers';
import { notify } from './notifications';
import { applyTransition, type TransitionActor, type TransitionOutcome } from './transition';

type Tx = Prisma.TransactionClient;

// A published idea becomes a candidate for the accelerator (SHORTLISTED) when a person nominates it
// or when it reaches the vote threshold. Either way the candidate is routed to the people who decide
// on it. This lives with ideas (not the accelerator) because a vote can make a candidate, and ideas
// may not import the accelerator.

/**
 * Makes the idea a candidate through the lifecycle (a person's `nominate`, VAU's `auto-nominate`)
 * and tells the managers of its departments, or the coordinators (CANDIDATE_ROUTED). The note of
 * a person who nominates is the transition's public reason.
 */
export async function makeCandidate(
  tx: Tx,
  request: {
    ideaId: number;
    actor: TransitionActor;
    note?: string | null;
    origin: RequestOrigin;
    auditDetails?: Record<string, Prisma.InputJsonValue>;
  },
): Promise<TransitionOutcome> {
  const { ideaId, actor, note = null, origin, auditDetails } = request;
  const moved = await applyTransition(tx, {
    ideaId,
    name: actor === 'system' ? 'auto-nominate' : 'nominate',
    actor,
    reason: note,
    origin,
    auditDetails,
  });
  if (!moved.ok) return moved;
  const departments = await tx.ideaDepartment.findMany({ where: { ideaId }, select: { departmentId: true } });
  const recipients = await candidateRecipients(
    tx,
    departments.map((row) => row.departmentId),
  );
  await notify(tx, recipients, {
    type: NotificationType.CANDIDATE_ROUTED,
    actorId: actor === 'system' ? null : actor.id,
    ideaId,
  });
  return moved;
}

/** VAU applying its own rule: the audit entry has no request of its own to name. */
const ruleOrigin: RequestOrigin = { ip: null, userAgent: null, requestId: null };

/**
 * After a vote: a published idea with at least the threshold's votes becomes a candidate. Safe to
 * call any number of times, at once too: the lifecycle moves only a PUBLISHED idea, and only one
 * of two simultaneous moves wins (the other gets `conflict` and writes nothing).
 */
export async function nominateOnVotes(db: Database, ideaId: number, voteCount: number): Promise<boolean> {
  const threshold = await getNumberSetting(db, 'accelerator.candidate-votes');
  if (voteCount < threshold) return false;
  return db.$transaction(async (tx) => {
    const moved = await makeCandidate(tx, {
      ideaId,
      actor: 'system',
      origin: ruleOrigin,
      auditDetails: { votes: voteCount, threshold },
    });
    return moved.ok;
  });
}
