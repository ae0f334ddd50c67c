import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { ownComment } from '@/modules/ideas/comments';
import type { Database } from '@/modules/platform/db/client';

const reviewRequestInput = z.object({ commentId: z.coerce.number().int().positive() });

/**
 * The writer of a hidden comment asks a moderator to look again, usually after editing it. The
 * comment joins the moderation queue until a moderator keeps or hides it; asking twice changes
 * nothing.
 */
export async function requestCommentReview(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, reviewRequestInput, raw, 'comment.edit', (input) =>
    ownComment(db, input.commentId),
  );
  if (!start.ok) return start.state;
  const { commentId } = start.input;
  return db.$transaction(async (tx) => {
    const asked = await tx.comment.updateMany({
      where: {
        id: commentId,
        authorId: start.actor.id,
        hiddenAt: { not: null },
        deletedAt: null,
        reviewRequestedAt: null,
      },
      data: { reviewRequestedAt: new Date() },
    });
    if (asked.count === 0) {
      const comment = await tx.comment.findUnique({
        where: { id: commentId },
        select: { hiddenAt: true, reviewRequestedAt: true },
      });
      return {
        ok: false,
        message: comment?.reviewRequestedAt ? 'moderation.review.alreadyAsked' : 'moderation.review.notHidden',
      };
    }
    await recordAudit(
      tx,
      { actorId: start.actor.id, action: 'comment.review-request', targetType: 'comment', targetId: String(commentId) },
      origin,
    );
    return { ok: true, message: 'moderation.review.asked' };
  });
}
