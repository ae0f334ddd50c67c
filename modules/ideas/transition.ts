import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Prisma } from '@/modules/platform/db/client';
import { IdeaEventType, IdeaStatus, NotificationType } from '@/modules/platform/db/generated/enums';
import { destinationOf, systemTransitionFor, transitionFor, type TransitionName } from './lifecycle';
import { notify, notifyFollowers } from './notifications';
import { permissionFactsOf, permissionSelect } from './ownership';
import { ideaSnapshot } from './snapshot';
import { sqlStatuses } from './status';
import { isPublic } from './visibility';

type Tx = Prisma.TransactionClient;

/** A person, or VAU itself applying one of its rules (`system` transitions only). */
export type TransitionActor = Actor | 'system';

export interface TransitionRequest {
  ideaId: number;
  name: TransitionName;
  actor: TransitionActor;
  reason?: string | null;
  origin: RequestOrigin;
  /** Written in the same conditional update. */
  also?: { awaitingReview?: boolean; mergedIntoId?: number };
  /** The timeline records a status change unless told otherwise (a merge links the two ideas). */
  event?: { type: IdeaEventType; data: Prisma.InputJsonObject };
  /** Added to the audit entry's `after`. */
  auditDetails?: Record<string, Prisma.InputJsonValue>;
  /** People told besides those the transition tells (e.g. the followers a merge moves away). */
  alsoTell?: readonly string[];
}

export type TransitionOutcome =
  | { ok: true; from: IdeaStatus; to: IdeaStatus; ownerIds: string[] }
  | { ok: false; error: 'notFound' | 'notAllowed' | 'conflict' };

/** While the idea is being fixed (hidden, sent back, resubmitted) it remembers where it was hidden from. */
const fixing: readonly IdeaStatus[] = [IdeaStatus.HIDDEN, IdeaStatus.SUBMITTED, IdeaStatus.CHANGES_REQUESTED];

/**
 * The one way an idea's status changes, inside the caller's transaction: the lifecycle must allow
 * the transition from the current state for this actor; the row changes only if its status is
 * still the one read (else `conflict`, and nothing was written); the timeline event, the audit
 * entry and the notifications are written with it. A database trigger refuses every other writer
 * of `status` and `hidden_from_status` (migration 20261126140000_lifecycle_guard_and_revisions).
 */
export async function applyTransition(tx: Tx, request: TransitionRequest): Promise<TransitionOutcome> {
  const { ideaId, name, actor, reason = null, origin } = request;
  const idea = await tx.idea.findUnique({
    where: { id: ideaId },
    select: {
      status: true,
      hiddenFromStatus: true,
      publishedAt: true,
      title: true,
      body: true,
      ...permissionSelect,
    },
  });
  if (!idea) return { ok: false, error: 'notFound' };
  const { ownerIds, departmentIds = [] } = permissionFactsOf(idea);
  const transition =
    actor === 'system'
      ? systemTransitionFor(idea.status, name)
      : transitionFor(actor, { status: idea.status, ownerIds, departmentIds }, name);
  if (!transition) return { ok: false, error: 'notAllowed' };

  const to = destinationOf(transition, idea);
  const now = new Date();
  const hiddenFromStatus = to === IdeaStatus.HIDDEN ? idea.status : fixing.includes(to) ? idea.hiddenFromStatus : null;
  // The trigger's key, transaction-local and cleared right after: it admits exactly this one change.
  await tx.$queryRaw`SELECT set_config('vau.lifecycle', ${`${ideaId}:${sqlStatuses([to])[0]}`}, true)`;
  const changed = await tx.idea.updateMany({
    where: { id: ideaId, status: idea.status },
    data: {
      status: to,
      hiddenFromStatus,
      statusChangedAt: now,
      ...(to === IdeaStatus.SUBMITTED ? { submittedAt: now } : {}),
      ...(isPublic(to) && !idea.publishedAt ? { publishedAt: now } : {}),
      ...request.also,
    },
  });
  await tx.$queryRaw`SELECT set_config('vau.lifecycle', '', true)`;
  if (changed.count === 0) return { ok: false, error: 'conflict' };

  const actorId = actor === 'system' ? null : actor.id;
  // What the author is asked to fix, so the queue can show what changed when it comes back.
  const snapshot = to === IdeaStatus.CHANGES_REQUESTED || to === IdeaStatus.HIDDEN ? ideaSnapshot(idea) : {};
  await tx.ideaEvent.create({
    data: {
      ideaId,
      actorId,
      type: request.event?.type ?? IdeaEventType.STATUS_CHANGED,
      fromStatus: idea.status,
      toStatus: to,
      reason: reason || null,
      ...(request.event || to === IdeaStatus.CHANGES_REQUESTED || to === IdeaStatus.HIDDEN
        ? { data: { ...snapshot, ...request.event?.data } }
        : {}),
    },
  });
  await recordAudit(
    tx,
    {
      actorId,
      action: `idea.${name}`,
      targetType: 'idea',
      targetId: String(ideaId),
      before: { status: idea.status },
      after: { status: to, ...(reason ? { reason } : {}), ...request.auditDetails },
    },
    origin,
  );
  const event = { type: NotificationType.STATUS_CHANGED, actorId, ideaId };
  const told = [...(transition.tells === 'nobody' ? [] : ownerIds), ...(request.alsoTell ?? [])];
  if (transition.tells === 'owners-and-followers') await notifyFollowers(tx, event, told);
  else await notify(tx, told, event);
  return { ok: true, from: idea.status, to, ownerIds: [...ownerIds] };
}
