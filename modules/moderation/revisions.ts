import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { notify, notifyFollowers } from '@/modules/ideas/notifications';
import { ownerIdsOf, ownershipSelect } from '@/modules/ideas/ownership';
import { publicStatuses } from '@/modules/ideas/status';
import { isPublic } from '@/modules/ideas/visibility';
import type { Database } from '@/modules/platform/db/client';
import { IdeaEventType, NotificationType } from '@/modules/platform/db/generated/enums';
import { changesSince } from './changes';

/** Pending edits of published ideas (pre-moderation), oldest first, each with its word diff against the shown text. */
export async function pendingRevisionsQueue(db: Database, actor: Actor | null) {
  if (!can(actor, 'idea.moderate')) return null;
  const revisions = await db.ideaRevision.findMany({
    // An edit of an idea that has since been withdrawn or merged has nothing left to show.
    where: { decidedAt: null, idea: { status: { in: [...publicStatuses] } } },
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      id: true,
      title: true,
      body: true,
      expectedBenefitNote: true,
      updatedAt: true,
      editor: { select: { id: true, name: true } },
      idea: { select: { id: true, title: true, body: true, expectedBenefitNote: true, anonymous: true } },
    },
  });
  return revisions.map((revision) => ({
    id: revision.id,
    ideaId: revision.idea.id,
    ideaTitle: revision.idea.title,
    editor: revision.editor,
    anonymous: revision.idea.anonymous,
    since: revision.updatedAt,
    changes: changesSince(revision.idea, revision) ?? ('unchanged' as const),
    benefitNote:
      revision.expectedBenefitNote === revision.idea.expectedBenefitNote
        ? null
        : { before: revision.idea.expectedBenefitNote, after: revision.expectedBenefitNote },
  }));
}

export const revisionDecisionInput = z
  .object({
    revisionId: z.coerce.number().int().positive(),
    decision: z.enum(['approve', 'reject'], 'validation.decisionRequired'),
    reason: z.string().trim().max(2000, 'validation.reasonTooLong').default(''),
  })
  .refine((input) => input.decision === 'approve' || input.reason.length >= 5, {
    path: ['reason'],
    message: 'validation.reasonRequired',
  });

/**
 * A moderator checks an author's edit of a published idea. Approving shows the new text (an "edited"
 * entry on the timeline, followers told); rejecting keeps the approved text and tells the authors
 * why. Either way the authors hear of it and the audit log has both versions.
 */
export async function decideOnRevision(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, revisionDecisionInput, raw, 'idea.moderate');
  if (!start.ok) return start.state;
  const { revisionId, decision, reason } = start.input;
  return db.$transaction(async (tx) => {
    const revision = await tx.ideaRevision.findUnique({
      where: { id: revisionId },
      select: { ideaId: true, editorId: true },
    });
    if (!revision) return { ok: false, message: 'errors.notFound' };
    // The same row lock as the author's edit: a newer edit and this decision do not cross.
    await tx.$queryRaw`SELECT id FROM ideas WHERE id = ${revision.ideaId} FOR UPDATE`;
    const idea = await tx.idea.findUnique({
      where: { id: revision.ideaId },
      select: { status: true, title: true, body: true, expectedBenefitNote: true, ...ownershipSelect },
    });
    // Only an idea still on show has an approved version to replace (it may have been hidden,
    // withdrawn or merged since the queue was loaded).
    if (!idea || !isPublic(idea.status)) return { ok: false, message: 'moderation.alreadyDecided' };
    const now = new Date();
    const decided = await tx.ideaRevision.updateMany({
      where: { id: revisionId, decidedAt: null },
      data: { decidedAt: now, decidedById: start.actor.id, approved: decision === 'approve', reason: reason || null },
    });
    if (decided.count === 0) return { ok: false, message: 'moderation.alreadyDecided' };
    const proposed = await tx.ideaRevision.findUniqueOrThrow({
      where: { id: revisionId },
      select: { title: true, body: true, expectedBenefitNote: true },
    });
    const shown = { title: idea.title, body: idea.body, expectedBenefitNote: idea.expectedBenefitNote };
    if (decision === 'approve') {
      await tx.idea.update({ where: { id: revision.ideaId }, data: { ...proposed, editedAt: now } });
      await tx.ideaEvent.create({
        data: { ideaId: revision.ideaId, actorId: revision.editorId, type: IdeaEventType.EDITED },
      });
      await notifyFollowers(tx, {
        type: NotificationType.IDEA_EDITED,
        actorId: start.actor.id,
        ideaId: revision.ideaId,
      });
    }
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: `idea.revision.${decision}`,
        targetType: 'idea',
        targetId: String(revision.ideaId),
        before: shown,
        after: { ...proposed, revisionId, ...(reason ? { reason } : {}) },
      },
      origin,
    );
    await notify(tx, ownerIdsOf(idea), {
      type: NotificationType.EDIT_REVIEWED,
      actorId: start.actor.id,
      ideaId: revision.ideaId,
    });
    return { ok: true, message: `moderation.revisions.done.${decision}`, id: revision.ideaId };
  });
}
