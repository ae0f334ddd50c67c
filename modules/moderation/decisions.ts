import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { applyTransition } from '@/modules/ideas/transition';
import type { Database } from '@/modules/platform/db/client';

/** On submitted ideas: publish, request-changes, reject. On ideas published unchecked (post-moderation): approve, hide. */
export const moderationDecisions = ['publish', 'request-changes', 'reject', 'approve', 'hide'] as const;

export const decisionInput = z
  .object({
    ideaId: z.coerce.number().int().positive(),
    decision: z.enum(moderationDecisions, 'validation.decisionRequired'),
    reason: z.string().trim().max(2000, 'validation.reasonTooLong').default(''),
  })
  .refine((input) => input.decision === 'publish' || input.decision === 'approve' || input.reason.length >= 5, {
    path: ['reason'],
    message: 'validation.reasonRequired',
  });

/**
 * A moderator decides on a submitted idea: publish, ask for changes (the author edits and
 * resubmits) or reject — the last two always with a reason the author sees. The lifecycle decides
 * whether the move is possible; the author is told in the same transaction.
 */
export async function decideOnIdea(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, decisionInput, raw, 'idea.moderate');
  if (!start.ok) return start.state;
  const { ideaId, decision, reason } = start.input;
  return db.$transaction(async (tx) => {
    if (decision === 'approve') {
      // Post-moderation: a moderator has looked at an idea that went out unchecked and keeps it.
      const checked = await tx.idea.updateMany({
        where: { id: ideaId, awaitingReview: true },
        data: { awaitingReview: false },
      });
      if (checked.count === 0) {
        return (await tx.idea.count({ where: { id: ideaId } }))
          ? { ok: false, message: 'moderation.alreadyDecided' }
          : { ok: false, message: 'errors.notFound' };
      }
      await recordAudit(
        tx,
        { actorId: start.actor.id, action: 'idea.approve', targetType: 'idea', targetId: String(ideaId) },
        origin,
      );
      return { ok: true, message: 'moderation.done.approve', id: ideaId };
    }
    // The lifecycle checks the move and changes the row only if its status is still as read:
    // two moderators deciding at once cannot both win.
    const decided = await applyTransition(tx, {
      ideaId,
      name: decision,
      actor: start.actor,
      reason,
      origin,
      also: { awaitingReview: false },
    });
    if (!decided.ok)
      return { ok: false, message: decided.error === 'notFound' ? 'errors.notFound' : 'moderation.alreadyDecided' };
    // Publishing after a review answers the reports that hid the idea before it was resubmitted;
    // left open, one new report would hide it again at once.
    if (decision === 'publish') {
      await tx.flag.updateMany({
        where: { ideaId, resolvedAt: null },
        data: { resolvedAt: new Date(), resolvedById: start.actor.id, resolution: 'kept' },
      });
    }
    return { ok: true, message: `moderation.done.${decision}`, id: ideaId };
  });
}
