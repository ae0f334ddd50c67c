import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { notifyFollowers } from '@/modules/ideas/notifications';
import type { Database } from '@/modules/platform/db/client';
import { IdeaEventType, NotificationType } from '@/modules/platform/db/generated/enums';

const lockInput = z.object({ ideaId: z.coerce.number().int().positive(), locked: z.boolean() });

/** A moderator stops new comments on an idea (or allows them again); the timeline shows it. */
export async function setDiscussionLocked(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, lockInput, raw, 'idea.moderate');
  if (!start.ok) return start.state;
  const { ideaId, locked } = start.input;
  return db.$transaction(async (tx) => {
    const changed = await tx.idea.updateMany({
      where: { id: ideaId, discussionLockedAt: locked ? null : { not: null } },
      data: { discussionLockedAt: locked ? new Date() : null },
    });
    if (changed.count === 0)
      return {
        ok: false,
        message: (await tx.idea.count({ where: { id: ideaId } })) ? 'moderation.lockUnchanged' : 'errors.notFound',
      };
    await tx.ideaEvent.create({
      data: {
        ideaId,
        actorId: start.actor.id,
        type: locked ? IdeaEventType.DISCUSSION_LOCKED : IdeaEventType.DISCUSSION_UNLOCKED,
      },
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: locked ? 'idea.discussion.lock' : 'idea.discussion.unlock',
        targetType: 'idea',
        targetId: String(ideaId),
      },
      origin,
    );
    await notifyFollowers(tx, { type: NotificationType.STATUS_CHANGED, actorId: start.actor.id, ideaId });
    return { ok: true, message: locked ? 'moderation.locked' : 'moderation.unlocked', id: ideaId };
  });
}
