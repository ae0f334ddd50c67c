import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { type Database, type Prisma } from '@/modules/platform/db/client';
import { IdeaEventType, IdeaStatus, NotificationType } from '@/modules/platform/db/generated/enums';
import { z } from 'zod';
import { follow } from './follows';
import { editableStatuses, type TransitionName } from './lifecycle';
import { notify, notifyFollowers } from './notifications';
import { coAuthorIdsOf, loadOwnerIds, ownerIdsOf, ownershipSelect } from './ownership';
import { proposeRevision, sameText } from './revisions';
import { ideaInput, type IdeaInput } from './schemas';
import { applyTransition } from './transition';
import { isPublic } from './visibility';
import { getModerationMode } from '@/modules/settings/settings';
import { campaignModerationMode, checkCampaignPosting, postingRefusalMessages } from '@/modules/campaigns/posting';

type Tx = Prisma.TransactionClient;

/** Category and departments must exist and be in use; co-authors must be active colleagues. */
async function checkReferences(
  db: Database,
  input: IdeaInput,
  actorId: string,
): Promise<Record<string, string[]> | null> {
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

function fieldsOf(input: IdeaInput) {
  return {
    title: input.title,
    body: input.body,
    categoryId: input.categoryId,
    anonymous: input.anonymous,
    expectedSavingsEur: input.expectedSavingsEur ?? null,
    expectedHoursSaved: input.expectedHoursSaved ?? null,
    expectedBenefitNote: input.expectedBenefitNote ?? null,
  };
}

type IdeaFields = ReturnType<typeof fieldsOf>;

type EditOutcome =
  { ok: true; status: IdeaStatus; invited: string[]; pendingReview: boolean } | { ok: false; state: FormState };

/**
 * An edit of an existing idea. Drafts are their owners' alone. Only the original author may show
 * a hidden name again. Under pre-moderation an owner's new text for a public idea waits for a
 * moderator while the approved text stays visible (decision 0009); under post-moderation it shows
 * at once and the idea is listed for a moderator to check. Anyone but the original author (a
 * co-author, a moderator) leaves an audit entry with what they changed.
 */
async function editIdea(
  tx: Tx,
  editor: Actor,
  ideaId: number,
  input: IdeaInput,
  fields: IdeaFields,
  origin: RequestOrigin,
): Promise<EditOutcome> {
  await tx.$queryRaw`SELECT id FROM ideas WHERE id = ${ideaId} FOR UPDATE`;
  const existing = await tx.idea.findUnique({
    where: { id: ideaId },
    select: {
      status: true,
      title: true,
      body: true,
      expectedBenefitNote: true,
      anonymous: true,
      categoryId: true,
      expectedSavingsEur: true,
      expectedHoursSaved: true,
      campaignId: true,
      ...ownershipSelect,
    },
  });
  if (!existing) return { ok: false, state: { ok: false, message: 'errors.notFound' } };
  if (!editableStatuses.includes(existing.status))
    return { ok: false, state: { ok: false, message: 'ideas.form.notEditable' } };
  const isOwner = ownerIdsOf(existing).includes(editor.id);
  if (existing.status === IdeaStatus.DRAFT && !isOwner)
    return { ok: false, state: { ok: false, message: 'errors.forbidden' } };
  if (existing.anonymous && !fields.anonymous && editor.id !== existing.authorId) {
    return {
      ok: false,
      state: { ok: false, message: 'errors.invalid', fieldErrors: { anonymous: ['validation.anonymityAuthorOnly'] } },
    };
  }

  const published = isPublic(existing.status);
  const textChanged = !sameText(existing, fields);
  const mode =
    published && isOwner && !can(editor, 'idea.moderate') ? await moderationModeOf(tx, existing.campaignId) : null;
  const pendingReview = mode === 'pre';
  const { title, body, expectedBenefitNote, ...otherFields } = fields;
  if (pendingReview) {
    await proposeRevision(tx, ideaId, editor.id, existing, { title, body, expectedBenefitNote });
    await tx.idea.update({ where: { id: ideaId }, data: otherFields });
  } else {
    const showsNewText = published && textChanged;
    await tx.idea.update({
      where: { id: ideaId },
      data: {
        ...fields,
        ...(showsNewText ? { editedAt: new Date() } : {}),
        ...(showsNewText && mode === 'post' ? { awaitingReview: true } : {}),
      },
    });
    if (showsNewText) {
      await tx.ideaEvent.create({ data: { ideaId, actorId: editor.id, type: IdeaEventType.EDITED } });
      await notifyFollowers(tx, { type: NotificationType.IDEA_EDITED, actorId: editor.id, ideaId });
    }
  }
  if (editor.id !== existing.authorId) {
    const changed = (Object.keys(fields) as (keyof IdeaFields)[]).filter(
      (key) => String(existing[key] ?? '') !== String(fields[key] ?? ''),
    );
    await recordAudit(
      tx,
      {
        actorId: editor.id,
        action: 'idea.edit-by-other',
        targetType: 'idea',
        targetId: String(ideaId),
        before: Object.fromEntries(changed.map((key) => [key, existing[key]?.toString() ?? null])),
        after: {
          ...Object.fromEntries(changed.map((key) => [key, fields[key]?.toString() ?? null])),
          ...(pendingReview ? { pendingReview: true } : {}),
        },
      },
      origin,
    );
  }
  // A draft may still change campaign; a submitted idea stays in the one it was posted into.
  if (existing.status === IdeaStatus.DRAFT)
    await tx.idea.update({ where: { id: ideaId }, data: { campaignId: input.campaignId ?? null } });
  await tx.ideaDepartment.deleteMany({ where: { ideaId } });
  // Only the original author manages co-authors; a co-author's edit keeps the list as it is.
  if (editor.id !== existing.authorId)
    return { ok: true, status: existing.status, invited: [], pendingReview: pendingReview && textChanged };
  const known = new Set(coAuthorIdsOf(existing));
  await tx.ideaCoAuthor.deleteMany({ where: { ideaId, userId: { notIn: input.coAuthorIds } } });
  return {
    ok: true,
    status: existing.status,
    invited: input.coAuthorIds.filter((id) => !known.has(id)),
    pendingReview: pendingReview && textChanged,
  };
}

/** A campaign's own moderation mode decides for its ideas; otherwise the site's setting. */
async function moderationModeOf(tx: Tx, campaignId: string | null) {
  return (await campaignModerationMode(tx, campaignId)) ?? (await getModerationMode(tx));
}

/**
 * While an idea is a draft (or new), the campaign it names must take it now: open, aimed at its
 * author's department (or everyone), and offering its category. Checked inside the transaction
 * that saves or submits it, so a window closing meanwhile refuses. Null when there is nothing to
 * refuse; the idea's campaign (for its moderation mode) otherwise travels with the idea.
 */
async function campaignRefusal(tx: Tx, input: IdeaInput, authorId: string): Promise<FormState | null> {
  let postingAuthorId = authorId;
  if (input.ideaId) {
    await tx.$queryRaw`SELECT id FROM ideas WHERE id = ${input.ideaId} FOR UPDATE`;
    const existing = await tx.idea.findUnique({
      where: { id: input.ideaId },
      select: { status: true, authorId: true },
    });
    if (!existing || existing.status !== IdeaStatus.DRAFT) return null;
    postingAuthorId = existing.authorId;
  }
  if (!input.campaignId) return null;
  const check = await checkCampaignPosting(tx, input.campaignId, postingAuthorId, input.categoryId, new Date());
  if (check.ok) return null;
  const { field, key } = postingRefusalMessages[check.refusal];
  return { ok: false, message: 'errors.invalid', fieldErrors: { [field]: [key] } };
}

/**
 * Creates or edits an idea, and with intent "submit" sends it to moderation (under
 * post-moderation it then publishes at once). Edits are possible while the idea is a draft, sent
 * back for changes, hidden, or published.
 */
export async function saveIdea(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const isEdit =
    typeof raw === 'object' && raw !== null && 'ideaId' in raw && raw.ideaId !== undefined && raw.ideaId !== '';
  const start = isEdit
    ? await beginMutation(actor, ideaInput, raw, 'idea.edit', async (input) => ({
        ownerIds: input.ideaId ? await loadOwnerIds(db, input.ideaId) : [],
      }))
    : await beginMutation(actor, ideaInput, raw, 'idea.create');
  if (!start.ok) return start.state;
  const { input, actor: author } = start;
  const referenceErrors = await checkReferences(db, input, author.id);
  if (referenceErrors) return { ok: false, message: 'errors.invalid', fieldErrors: referenceErrors };
  const fields = fieldsOf(input);

  return db.$transaction(async (tx) => {
    const refused = await campaignRefusal(tx, input, author.id);
    if (refused) return refused;
    let ideaId: number;
    let status: IdeaStatus;
    let invited: string[];
    let pendingReview = false;
    if (input.ideaId) {
      const edited = await editIdea(tx, author, input.ideaId, input, fields, origin);
      if (!edited.ok) return edited.state;
      ideaId = input.ideaId;
      ({ status, invited, pendingReview } = edited);
    } else {
      const created = await tx.idea.create({
        data: { ...fields, authorId: author.id, status: IdeaStatus.DRAFT, campaignId: input.campaignId ?? null },
        select: { id: true },
      });
      ideaId = created.id;
      status = IdeaStatus.DRAFT;
      invited = input.coAuthorIds;
      await follow(tx, ideaId, author.id);
    }
    await tx.ideaDepartment.createMany({
      data: [...new Set(input.departmentIds)].map((departmentId) => ({ ideaId, departmentId })),
    });
    if (invited.length) {
      await tx.ideaCoAuthor.createMany({ data: invited.map((userId) => ({ ideaId, userId })), skipDuplicates: true });
      await notify(tx, invited, { type: NotificationType.CO_AUTHOR_INVITE, actorId: author.id, ideaId });
    }

    if (input.intent === 'submit') {
      const name: TransitionName =
        status === IdeaStatus.CHANGES_REQUESTED || status === IdeaStatus.HIDDEN ? 'resubmit' : 'submit';
      const submitted = await applyTransition(tx, { ideaId, name, actor: author, origin });
      if (submitted.ok) {
        // Post-moderation: published at once, and listed for a moderator to look at afterwards. An
        // idea a moderator or reports hid waits for a moderator all the same: resubmitting it must
        // not undo the hiding.
        const { campaignId } = await tx.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { campaignId: true } });
        if (status !== IdeaStatus.HIDDEN && (await moderationModeOf(tx, campaignId)) === 'post') {
          await applyTransition(tx, {
            ideaId,
            name: 'auto-publish',
            actor: 'system',
            origin,
            also: { awaitingReview: true },
          });
          return { ok: true, message: 'ideas.form.published', id: ideaId };
        }
        return { ok: true, message: 'ideas.form.submitted', id: ideaId };
      }
    }
    if (pendingReview) return { ok: true, message: 'ideas.form.editPending', id: ideaId };
    return { ok: true, message: isPublic(status) ? 'ideas.form.updated' : 'ideas.form.draftSaved', id: ideaId };
  });
}

const withdrawInput = z.object({ ideaId: z.coerce.number().int().positive() });

/** An author takes their idea back: drafts, ideas in moderation and published ones. */
export async function withdrawIdea(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, withdrawInput, raw, 'idea.withdraw', async (input) => ({
    ownerIds: await loadOwnerIds(db, input.ideaId),
  }));
  if (!start.ok) return start.state;
  const { ideaId } = start.input;
  return db.$transaction(async (tx) => {
    const withdrawn = await applyTransition(tx, { ideaId, name: 'withdraw', actor: start.actor, origin });
    if (!withdrawn.ok)
      return { ok: false, message: withdrawn.error === 'notFound' ? 'errors.notFound' : 'ideas.withdraw.notPossible' };
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
