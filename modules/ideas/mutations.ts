import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { type Database, type Prisma } from '@/modules/platform/db/client';
import { IdeaEventType, IdeaStatus, NotificationType } from '@/modules/platform/db/generated/enums';
import { z } from 'zod';
import { follow } from './follows';
import { editableStatuses, transitionFor, type TransitionName } from './lifecycle';
import { notify, notifyFollowers } from './notifications';
import { ideaInput, type IdeaInput } from './schemas';
import { isPublic } from './visibility';
import { getModerationMode } from '@/modules/settings/settings';

type Tx = Prisma.TransactionClient;

async function ideaOwners(db: Database | Tx, ideaId: number | undefined) {
  if (!ideaId) return undefined;
  const idea = await db.idea.findUnique({ where: { id: ideaId }, select: { authorId: true, coAuthors: { where: { confirmedAt: { not: null } }, select: { userId: true } } } });
  return idea ? { ownerIds: [idea.authorId, ...idea.coAuthors.map((coAuthor) => coAuthor.userId)] } : { ownerIds: [] };
}

/** Category and departments must exist and be in use; co-authors must be active colleagues. */
async function checkReferences(db: Database, input: IdeaInput, actorId: string): Promise<Record<string, string[]> | null> {
  const [category, departments, coAuthors] = await Promise.all([
    db.category.count({ where: { id: input.categoryId, active: true } }),
    db.department.count({ where: { id: { in: input.departmentIds }, active: true } }),
    db.user.count({ where: { id: { in: input.coAuthorIds }, active: true, NOT: { id: actorId } } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (category === 0) errors.categoryId = ['validation.categoryRequired'];
  if (departments !== new Set(input.departmentIds).size) errors.departmentIds = ['validation.invalid'];
  if (coAuthors !== new Set(input.coAuthorIds).size) errors.coAuthorIds = ['validation.invalid'];
  return Object.keys(errors).length ? errors : null;
}

async function recordTransition(tx: Tx, ideaId: number, actorId: string, from: IdeaStatus, to: IdeaStatus, reason: string | null, origin: RequestOrigin, action: string) {
  await tx.ideaEvent.create({ data: { ideaId, actorId, type: IdeaEventType.STATUS_CHANGED, fromStatus: from, toStatus: to, reason } });
  await recordAudit(tx, { actorId, action, targetType: 'idea', targetId: String(ideaId), before: { status: from }, after: { status: to, ...(reason ? { reason } : {}) } }, origin);
}

/**
 * Creates or edits an idea, and with intent "submit" sends it to moderation. Edits are possible
 * while the idea is a draft, sent back for changes, or published (then "edited" on the timeline).
 */
export async function saveIdea(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin): Promise<FormState> {
  const isEdit = typeof raw === 'object' && raw !== null && 'ideaId' in raw && raw.ideaId !== undefined && raw.ideaId !== '';
  const start = isEdit
    ? await beginMutation(actor, ideaInput, raw, 'idea.edit', (input) => ideaOwners(db, input.ideaId))
    : await beginMutation(actor, ideaInput, raw, 'idea.create');
  if (!start.ok) return start.state;
  const { input, actor: author } = start;
  const referenceErrors = await checkReferences(db, input, author.id);
  if (referenceErrors) return { ok: false, message: 'errors.invalid', fieldErrors: referenceErrors };

  const fields = {
    title: input.title,
    body: input.body,
    categoryId: input.categoryId,
    anonymous: input.anonymous,
    expectedSavingsEur: input.expectedSavingsEur ?? null,
    expectedHoursSaved: input.expectedHoursSaved ?? null,
    expectedBenefitNote: input.expectedBenefitNote ?? null,
  };

  return db.$transaction(async (tx) => {
    let ideaId: number;
    let status: IdeaStatus;
    let invited: string[];
    if (input.ideaId) {
      const existing = await tx.idea.findUnique({
        where: { id: input.ideaId },
        select: { status: true, authorId: true, coAuthors: { select: { userId: true, confirmedAt: true } } },
      });
      if (!existing) return { ok: false, message: 'errors.notFound' };
      if (!editableStatuses.includes(existing.status)) return { ok: false, message: 'ideas.form.notEditable' };
      ideaId = input.ideaId;
      status = existing.status;
      const published = isPublic(status);
      await tx.idea.update({ where: { id: ideaId }, data: { ...fields, ...(published ? { editedAt: new Date() } : {}) } });
      await tx.ideaDepartment.deleteMany({ where: { ideaId } });
      // Only the original author manages co-authors; a co-author's edit keeps the list as it is.
      const known = new Set(existing.coAuthors.map((coAuthor) => coAuthor.userId));
      if (author.id === existing.authorId) {
        await tx.ideaCoAuthor.deleteMany({ where: { ideaId, userId: { notIn: input.coAuthorIds } } });
        invited = input.coAuthorIds.filter((id) => !known.has(id));
      } else {
        invited = [];
      }
      if (published) {
        await tx.ideaEvent.create({ data: { ideaId, actorId: author.id, type: IdeaEventType.EDITED } });
        await notifyFollowers(tx, { type: NotificationType.IDEA_EDITED, actorId: author.id, ideaId });
      }
    } else {
      const created = await tx.idea.create({ data: { ...fields, authorId: author.id, status: IdeaStatus.DRAFT }, select: { id: true } });
      ideaId = created.id;
      status = IdeaStatus.DRAFT;
      invited = input.coAuthorIds;
      await follow(tx, ideaId, author.id);
    }
    await tx.ideaDepartment.createMany({ data: [...new Set(input.departmentIds)].map((departmentId) => ({ ideaId, departmentId })) });
    if (invited.length) {
      await tx.ideaCoAuthor.createMany({ data: invited.map((userId) => ({ ideaId, userId })), skipDuplicates: true });
      await notify(tx, invited, { type: NotificationType.CO_AUTHOR_INVITE, actorId: author.id, ideaId });
    }

    if (input.intent === 'submit') {
      const name: TransitionName = status === IdeaStatus.CHANGES_REQUESTED || status === IdeaStatus.HIDDEN ? 'resubmit' : 'submit';
      const owners = await ideaOwners(tx, ideaId);
      const transition = transitionFor(author, { status, ownerIds: owners?.ownerIds ?? [] }, name);
      if (transition) {
        await tx.idea.update({ where: { id: ideaId }, data: { status: transition.to, submittedAt: new Date(), statusChangedAt: new Date() } });
        await recordTransition(tx, ideaId, author.id, status, transition.to, null, origin, `idea.${name}`);
        if ((await getModerationMode(tx)) === 'post') {
          // Post-moderation: published at once, and listed for a moderator to look at afterwards.
          const now = new Date();
          const idea = await tx.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { publishedAt: true } });
          await tx.idea.update({ where: { id: ideaId }, data: { status: IdeaStatus.PUBLISHED, publishedAt: idea.publishedAt ?? now, statusChangedAt: now, awaitingReview: true } });
          await tx.ideaEvent.create({ data: { ideaId, actorId: null, type: IdeaEventType.STATUS_CHANGED, fromStatus: transition.to, toStatus: IdeaStatus.PUBLISHED } });
          return { ok: true, message: 'ideas.form.published', id: ideaId };
        }
        return { ok: true, message: 'ideas.form.submitted', id: ideaId };
      }
    }
    return { ok: true, message: isPublic(status) ? 'ideas.form.updated' : 'ideas.form.draftSaved', id: ideaId };
  });
}

const withdrawInput = z.object({ ideaId: z.coerce.number().int().positive() });

/** An author takes their idea back: drafts, ideas in moderation and published ones. */
export async function withdrawIdea(db: Database, actor: Actor | null, raw: unknown, origin: RequestOrigin): Promise<FormState> {
  const start = await beginMutation(actor, withdrawInput, raw, 'idea.withdraw', (input) => ideaOwners(db, input.ideaId));
  if (!start.ok) return start.state;
  const { ideaId } = start.input;
  return db.$transaction(async (tx) => {
    const idea = await tx.idea.findUnique({ where: { id: ideaId }, select: { status: true } });
    if (!idea) return { ok: false, message: 'errors.notFound' };
    const owners = await ideaOwners(tx, ideaId);
    const transition = transitionFor(start.actor, { status: idea.status, ownerIds: owners?.ownerIds ?? [] }, 'withdraw');
    if (!transition) return { ok: false, message: 'ideas.withdraw.notPossible' };
    const changed = await tx.idea.updateMany({ where: { id: ideaId, status: idea.status }, data: { status: transition.to, statusChangedAt: new Date() } });
    if (changed.count === 0) return { ok: false, message: 'ideas.withdraw.notPossible' };
    await recordTransition(tx, ideaId, start.actor.id, idea.status, transition.to, null, origin, 'idea.withdraw');
    await notifyFollowers(tx, { type: NotificationType.STATUS_CHANGED, actorId: start.actor.id, ideaId });
    return { ok: true, message: 'ideas.withdraw.done', id: ideaId };
  });
}

const coAuthorAnswerInput = z.object({ ideaId: z.coerce.number().int().positive(), accept: z.boolean() });

/** An invited colleague confirms being a co-author, or declines (the invitation is removed). */
export async function answerCoAuthorInvite(db: Database, actor: Actor | null, raw: unknown): Promise<FormState> {
  const start = await beginMutation(actor, coAuthorAnswerInput, raw, 'idea.create');
  if (!start.ok) return start.state;
  const where = { ideaId_userId: { ideaId: start.input.ideaId, userId: start.actor.id } };
  const invitation = await db.ideaCoAuthor.findUnique({ where, select: { confirmedAt: true } });
  if (!invitation) return { ok: false, message: 'errors.notFound' };
  if (start.input.accept) {
    await db.$transaction(async (tx) => {
      await tx.ideaCoAuthor.update({ where, data: { confirmedAt: invitation.confirmedAt ?? new Date() } });
      await follow(tx, start.input.ideaId, start.actor.id);
    });
    return { ok: true, message: 'ideas.coAuthor.accepted', id: start.input.ideaId };
  }
  await db.ideaCoAuthor.delete({ where });
  return { ok: true, message: 'ideas.coAuthor.declined', id: start.input.ideaId };
}
