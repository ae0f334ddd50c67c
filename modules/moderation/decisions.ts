import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { transitionFor } from '@/modules/ideas/lifecycle';
import { ideaSnapshot } from './changes';
import { notify } from '@/modules/ideas/notifications';
import type { Database } from '@/modules/platform/db/client';
import { IdeaEventType, IdeaStatus, NotificationType } from '@/modules/platform/db/generated/enums';

/** On submitted ideas: publish, request-changes, reject. On ideas published unchecked (post-moderation): approve, hide. */
export const moderationDecisions = ['publish', 'request-changes', 'reject', 'approve', 'hide'] as const;

export const decisionInput = z
  .object({
    ideaId: z.coerce.number().int().positive(),
    decision: z.enum(moderationDecisions, 'validation.invalid'),
    reason: z.string().trim().max(2000, 'validation.reasonTooLong').default(''),
  })
  .refine((input) => input.decision === 'publish' || input.decision === 'approve' || input.reason.length >= 5, { path: ['reason'], message: 'validation.reasonRequired' });

/**
 * A moderator decides on a submitted idea: publish, ask for changes (the author edits and
 * resubmits) or reject — the last two always with a reason the author sees. The lifecycle decides
 * whether the move is possible; the author is told in the same transaction.
 */
export async function decideOnIdea(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin): Promise<FormState> {
  const start = await beginMutation(actor, decisionInput, raw, 'idea.moderate');
  if (!start.ok) return start.state;
  const { ideaId, decision, reason } = start.input;
  return db.$transaction(async (tx) => {
    const idea = await tx.idea.findUnique({
      where: { id: ideaId },
      select: { status: true, title: true, body: true, authorId: true, publishedAt: true, awaitingReview: true, coAuthors: { where: { confirmedAt: { not: null } }, select: { userId: true } } },
    });
    if (!idea) return { ok: false, message: 'errors.notFound' };
    const owners = [idea.authorId, ...idea.coAuthors.map((coAuthor) => coAuthor.userId)];
    if (decision === 'approve') {
      // Post-moderation: a moderator has looked at an idea that went out unchecked and keeps it.
      const checked = await tx.idea.updateMany({ where: { id: ideaId, awaitingReview: true }, data: { awaitingReview: false } });
      if (checked.count === 0) return { ok: false, message: 'moderation.alreadyDecided' };
      await recordAudit(tx, { actorId: start.actor.id, action: 'idea.approve', targetType: 'idea', targetId: String(ideaId) }, origin);
      return { ok: true, message: 'moderation.done.approve', id: ideaId };
    }
    const transition = transitionFor(start.actor, { status: idea.status, ownerIds: owners }, decision);
    if (!transition) return { ok: false, message: 'moderation.alreadyDecided' };
    // Only if still as read: two moderators deciding at once cannot both win.
    const now = new Date();
    const changed = await tx.idea.updateMany({
      where: { id: ideaId, status: idea.status },
      data: { status: transition.to, statusChangedAt: now, awaitingReview: false, ...(transition.to === IdeaStatus.PUBLISHED && !idea.publishedAt ? { publishedAt: now } : {}) },
    });
    if (changed.count === 0) return { ok: false, message: 'moderation.alreadyDecided' };
    await tx.ideaEvent.create({
      data: {
        ideaId, actorId: start.actor.id, type: IdeaEventType.STATUS_CHANGED, fromStatus: idea.status, toStatus: transition.to, reason: reason || null,
        // What the author was asked to change, so the queue can show what changed when it returns.
        ...(transition.to === IdeaStatus.CHANGES_REQUESTED || transition.to === IdeaStatus.HIDDEN ? { data: ideaSnapshot(idea) } : {}),
      },
    });
    await recordAudit(
      tx,
      { actorId: start.actor.id, action: `idea.${decision}`, targetType: 'idea', targetId: String(ideaId), before: { status: idea.status }, after: { status: transition.to, ...(reason ? { reason } : {}) } },
      origin,
    );
    await notify(tx, owners, { type: NotificationType.STATUS_CHANGED, actorId: start.actor.id, ideaId });
    return { ok: true, message: `moderation.done.${decision}`, id: ideaId };
  });
}
