import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { transitionFor } from '@/modules/ideas/lifecycle';
import { notify } from '@/modules/ideas/notifications';
import { isPublic } from '@/modules/ideas/visibility';
import type { Database } from '@/modules/platform/db/client';
import { IdeaEventType, IdeaStatus, NotificationType } from '@/modules/platform/db/generated/enums';

export const mergeInput = z
  .object({
    ideaId: z.coerce.number().int().positive(),
    targetId: z.coerce.number('validation.number').int('validation.number').positive('validation.number'),
    reason: z.string().trim().max(2000, 'validation.reasonTooLong').default(''),
  })
  .refine((input) => input.ideaId !== input.targetId, { path: ['targetId'], message: 'validation.mergeIntoItself' });

/**
 * A moderator merges a duplicate into another idea. Votes and followers move to the target (a
 * person who voted for both counts once; the target's own authors never vote for it); the merged
 * idea keeps its comments readable and points to the target; both timelines record it.
 */
export async function mergeIdea(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin): Promise<FormState> {
  const start = await beginMutation(actor, mergeInput, raw, 'idea.moderate');
  if (!start.ok) return start.state;
  const { ideaId, targetId, reason } = start.input;
  return db.$transaction(async (tx) => {
    // Both rows locked in id order, so two merges touching the same ideas cannot deadlock.
    await tx.$queryRaw`SELECT id FROM ideas WHERE id IN (${Math.min(ideaId, targetId)}, ${Math.max(ideaId, targetId)}) ORDER BY id FOR UPDATE`;
    const [source, target] = await Promise.all([
      tx.idea.findUnique({ where: { id: ideaId }, select: { status: true, authorId: true, coAuthors: { where: { confirmedAt: { not: null } }, select: { userId: true } } } }),
      tx.idea.findUnique({ where: { id: targetId }, select: { status: true, authorId: true, coAuthors: { where: { confirmedAt: { not: null } }, select: { userId: true } } } }),
    ]);
    if (!source) return { ok: false, message: 'errors.notFound' };
    if (!target || !isPublic(target.status)) return { ok: false, message: 'errors.invalid', fieldErrors: { targetId: ['validation.mergeTarget'] } };
    const sourceOwners = [source.authorId, ...source.coAuthors.map((coAuthor) => coAuthor.userId)];
    const targetOwners = [target.authorId, ...target.coAuthors.map((coAuthor) => coAuthor.userId)];
    const transition = transitionFor(start.actor, { status: source.status, ownerIds: sourceOwners }, 'merge');
    if (!transition) return { ok: false, message: 'moderation.alreadyDecided' };

    await tx.$executeRaw`
      INSERT INTO votes (idea_id, user_id, created_at)
      SELECT ${targetId}, user_id, created_at FROM votes WHERE idea_id = ${ideaId} AND user_id <> ALL(${targetOwners}::uuid[])
      ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`DELETE FROM votes WHERE idea_id = ${ideaId}`;
    await tx.$executeRaw`
      INSERT INTO idea_follows (idea_id, user_id, created_at)
      SELECT ${targetId}, user_id, created_at FROM idea_follows WHERE idea_id = ${ideaId}
      ON CONFLICT DO NOTHING`;
    const followers = await tx.ideaFollow.findMany({ where: { ideaId }, select: { userId: true } });
    await tx.$executeRaw`DELETE FROM idea_follows WHERE idea_id = ${ideaId}`;
    // Counters from the rows themselves: exact whatever the overlap was.
    for (const id of [ideaId, targetId]) {
      await tx.$executeRaw`
        UPDATE ideas SET
          vote_count = (SELECT count(*) FROM votes WHERE idea_id = ${id}),
          trending_score = coalesce((SELECT sum(trending_weight(created_at)) FROM votes WHERE idea_id = ${id}), 0),
          follower_count = (SELECT count(*) FROM idea_follows WHERE idea_id = ${id})
        WHERE id = ${id}`;
    }
    await tx.idea.update({ where: { id: ideaId }, data: { status: IdeaStatus.MERGED, mergedIntoId: targetId, statusChangedAt: new Date() } });
    await tx.ideaEvent.createMany({
      data: [
        { ideaId, actorId: start.actor.id, type: IdeaEventType.MERGED, fromStatus: source.status, toStatus: IdeaStatus.MERGED, reason: reason || null, data: { into: targetId } },
        { ideaId: targetId, actorId: start.actor.id, type: IdeaEventType.MERGED, data: { from: ideaId } },
      ],
    });
    await recordAudit(tx, { actorId: start.actor.id, action: 'idea.merge', targetType: 'idea', targetId: String(ideaId), before: { status: source.status }, after: { mergedInto: targetId, ...(reason ? { reason } : {}) } }, origin);
    await notify(tx, [...sourceOwners, ...followers.map((follower) => follower.userId)], { type: NotificationType.STATUS_CHANGED, actorId: start.actor.id, ideaId });
    return { ok: true, message: 'moderation.merged', id: targetId };
  });
}
