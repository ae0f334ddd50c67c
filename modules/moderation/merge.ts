import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import type { RequestOrigin } from '@/modules/audit/audit-log';
import { ownerIdsOf, ownershipSelect } from '@/modules/ideas/ownership';
import { applyTransition } from '@/modules/ideas/transition';
import { isPublic } from '@/modules/ideas/visibility';
import type { Database } from '@/modules/platform/db/client';
import { IdeaEventType } from '@/modules/platform/db/generated/enums';

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
export async function mergeIdea(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, mergeInput, raw, 'idea.moderate');
  if (!start.ok) return start.state;
  const { ideaId, targetId, reason } = start.input;
  return db.$transaction(async (tx) => {
    // Both rows locked in id order, so two merges touching the same ideas cannot deadlock.
    await tx.$queryRaw`SELECT id FROM ideas WHERE id IN (${Math.min(ideaId, targetId)}, ${Math.max(ideaId, targetId)}) ORDER BY id FOR UPDATE`;
    const target = await tx.idea.findUnique({ where: { id: targetId }, select: { status: true, ...ownershipSelect } });
    if (!target || !isPublic(target.status)) {
      return (await tx.idea.count({ where: { id: ideaId } }))
        ? { ok: false, message: 'errors.invalid', fieldErrors: { targetId: ['validation.mergeTarget'] } }
        : { ok: false, message: 'errors.notFound' };
    }
    const targetOwners = ownerIdsOf(target);
    // First the lifecycle (it tells the followers before they move to the target).
    const merged = await applyTransition(tx, {
      ideaId,
      name: 'merge',
      actor: start.actor,
      reason,
      origin,
      also: { mergedIntoId: targetId },
      event: { type: IdeaEventType.MERGED, data: { into: targetId } },
      auditDetails: { mergedInto: targetId },
    });
    if (!merged.ok)
      return { ok: false, message: merged.error === 'notFound' ? 'errors.notFound' : 'moderation.alreadyDecided' };

    await tx.$executeRaw`
      INSERT INTO votes (idea_id, user_id, created_at)
      SELECT ${targetId}, user_id, created_at FROM votes WHERE idea_id = ${ideaId} AND user_id <> ALL(${targetOwners}::uuid[])
      ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`DELETE FROM votes WHERE idea_id = ${ideaId}`;
    await tx.$executeRaw`
      INSERT INTO idea_follows (idea_id, user_id, created_at)
      SELECT ${targetId}, user_id, created_at FROM idea_follows WHERE idea_id = ${ideaId}
      ON CONFLICT DO NOTHING`;
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
    await tx.ideaEvent.create({
      data: { ideaId: targetId, actorId: start.actor.id, type: IdeaEventType.MERGED, data: { from: ideaId } },
    });
    return { ok: true, message: 'moderation.merged', id: targetId };
  });
}
