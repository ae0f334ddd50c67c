import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { hitRateLimit } from '@/modules/platform/rate-limit/rate-limit';
import { IdeaEventType, NotificationType } from '@/modules/platform/db/generated/enums';
import { z } from 'zod';
import { follow } from './follows';
import { openStatuses } from './lifecycle';
import { notify, notifyFollowers } from './notifications';
import { coAuthorIdsOf, ownershipSelect } from './ownership';
import { COMMENT_LIMIT, MAX_MENTIONS_PER_COMMENT } from './rate-limits';
import { commentEditInput, commentInput } from './schemas';
import { canSeeIdea } from './visibility';

/** Mentions are written `@[Name](user-id)` by the comment form's colleague picker. */
const mentionPattern = /@\[([^\]\n]{1,120})\]\(([0-9a-f-]{36})\)/g;

export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(mentionPattern)].map((match) => match[2]!))];
}

/** Each mention notifies someone: a comment may mention only so many different people. */
const withinMentionCap = (input: { body: string }) => mentionedUserIds(input.body).length <= MAX_MENTIONS_PER_COMMENT;
const tooManyMentions = { path: ['body'], message: 'validation.tooManyMentions' };
const newComment = commentInput.refine(withinMentionCap, tooManyMentions);
const editedComment = commentEditInput.refine(withinMentionCap, tooManyMentions);

/** The writer is within the comment limit (new comments and edits count alike); counts this one. */
async function withinCommentLimit(db: Database, authorId: string): Promise<boolean> {
  return (await hitRateLimit(db, COMMENT_LIMIT, { personId: authorId })).allowed;
}

/** Comments on an idea colleagues can see and that is still open; replies are one level deep. */
export async function addComment(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, newComment, raw, 'idea.comment');
  if (!start.ok) return start.state;
  const { input, actor: author } = start;
  if (input.official && !can(author, 'comment.official')) return { ok: false, message: 'errors.forbidden' };
  if (!(await withinCommentLimit(db, author.id))) return { ok: false, message: 'rateLimit.comment' };
  const idea = await db.idea.findUnique({
    where: { id: input.ideaId },
    select: { status: true, discussionLockedAt: true, ...ownershipSelect },
  });
  if (!idea || !canSeeIdea(author, { ...idea, coAuthorIds: coAuthorIdsOf(idea) }))
    return { ok: false, message: 'errors.notFound' };
  if (!openStatuses.includes(idea.status)) return { ok: false, message: 'ideas.comments.closed' };
  if (idea.discussionLockedAt) return { ok: false, message: 'ideas.comments.locked' };

  let parentId: number | null = null;
  let parentAuthorId: string | null = null;
  if (input.parentId) {
    const parent = await db.comment.findUnique({
      where: { id: input.parentId },
      select: { id: true, ideaId: true, parentId: true, authorId: true },
    });
    if (!parent || parent.ideaId !== input.ideaId) return { ok: false, message: 'errors.notFound' };
    // A reply to a reply joins the same thread: one level deep.
    parentId = parent.parentId ?? parent.id;
    parentAuthorId = parent.authorId;
  }
  const mentioned = mentionedUserIds(input.body);
  const mentionable = mentioned.length
    ? (await db.user.findMany({ where: { id: { in: mentioned }, active: true }, select: { id: true } })).map(
        (user) => user.id,
      )
    : [];

  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { ideaId: input.ideaId, authorId: author.id, parentId, body: input.body, official: input.official },
      select: { id: true },
    });
    await tx.idea.update({ where: { id: input.ideaId }, data: { commentCount: { increment: 1 } } });
    await follow(tx, input.ideaId, author.id);
    if (input.official) {
      await tx.ideaEvent.create({
        data: {
          ideaId: input.ideaId,
          actorId: author.id,
          type: IdeaEventType.OFFICIAL_RESPONSE,
          data: { commentId: comment.id },
        },
      });
      await recordAudit(
        tx,
        {
          actorId: author.id,
          action: 'comment.official',
          targetType: 'idea',
          targetId: String(input.ideaId),
          after: { commentId: comment.id },
        },
        origin,
      );
    }
    const event = { actorId: author.id, ideaId: input.ideaId, commentId: comment.id };
    if (parentAuthorId) await notify(tx, [parentAuthorId], { ...event, type: NotificationType.REPLY });
    await notify(tx, mentionable, { ...event, type: NotificationType.MENTION });
    const alreadyTold = new Set([parentAuthorId, ...mentionable].filter((id) => id !== null));
    await notifyFollowers(tx, { ...event, type: NotificationType.COMMENT }, [], { except: alreadyTold });
    return { ok: true, message: 'ideas.comments.added', id: comment.id };
  });
}

/** The comment's writer as its owner, for the permission check. */
export async function ownComment(db: Database, commentId: number) {
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: { authorId: true } });
  return { ownerIds: comment ? [comment.authorId] : [] };
}

/** The author edits their comment; it then shows "edited". */
export async function editComment(db: Database, actor: Actor | null, raw: unknown): Promise<FormState> {
  const start = await beginMutation(actor, editedComment, raw, 'comment.edit', (input) =>
    ownComment(db, input.commentId),
  );
  if (!start.ok) return start.state;
  if (!(await withinCommentLimit(db, start.actor.id))) return { ok: false, message: 'rateLimit.comment' };
  const changed = await db.comment.updateMany({
    where: { id: start.input.commentId, deletedAt: null, idea: { status: { in: [...openStatuses] } } },
    data: { body: start.input.body, editedAt: new Date() },
  });
  if (changed.count === 0) return { ok: false, message: 'ideas.comments.closed' };
  return { ok: true, message: 'ideas.comments.editSaved', id: start.input.commentId };
}

const commentRef = z.object({ commentId: z.coerce.number().int().positive() });

/**
 * The author deletes their comment. One with replies leaves a "comment removed" placeholder so
 * the thread still reads; one without disappears. Either way it no longer counts.
 */
export async function deleteComment(db: Database, actor: Actor | null, raw: unknown): Promise<FormState> {
  const start = await beginMutation(actor, commentRef, raw, 'comment.delete', (input) =>
    ownComment(db, input.commentId),
  );
  if (!start.ok) return start.state;
  const { commentId } = start.input;
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { ideaId: true, deletedAt: true, _count: { select: { replies: true } } },
    });
    if (!comment || comment.deletedAt) return { ok: false, message: 'errors.notFound' };
    if (comment._count.replies > 0)
      await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date(), body: '' } });
    else await tx.comment.delete({ where: { id: commentId } });
    await tx.idea.update({ where: { id: comment.ideaId }, data: { commentCount: { decrement: 1 } } });
    return { ok: true, message: 'ideas.comments.deleted', id: comment.ideaId };
  });
}

/** Marks a comment helpful (once per person; not one's own), or takes the mark back. */
export async function setHelpful(
  db: Database,
  actor: Actor | null,
  commentId: number,
  helpful: boolean,
): Promise<FormState> {
  if (!actor?.active) return { ok: false, message: 'errors.signInRequired' };
  if (!can(actor, 'idea.vote')) return { ok: false, message: 'errors.forbidden' };
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { authorId: true, deletedAt: true, hiddenAt: true, idea: { select: { status: true, ...ownershipSelect } } },
  });
  // Only what this reader can see: a hidden comment, or one on an idea they may not see, is not there.
  const visible =
    comment &&
    !comment.deletedAt &&
    !comment.hiddenAt &&
    canSeeIdea(actor, { ...comment.idea, coAuthorIds: coAuthorIdsOf(comment.idea) });
  if (!comment || !visible) return { ok: false, message: 'errors.notFound' };
  if (comment.authorId === actor.id) return { ok: false, message: 'ideas.comments.ownHelpful' };
  const changed = helpful
    ? await db.$executeRaw`
        WITH inserted AS (INSERT INTO comment_helpful (comment_id, user_id) VALUES (${commentId}, ${actor.id}::uuid) ON CONFLICT DO NOTHING RETURNING comment_id)
        UPDATE comments SET helpful_count = helpful_count + 1 FROM inserted WHERE comments.id = inserted.comment_id`
    : await db.$executeRaw`
        WITH deleted AS (DELETE FROM comment_helpful WHERE comment_id = ${commentId} AND user_id = ${actor.id}::uuid RETURNING comment_id)
        UPDATE comments SET helpful_count = helpful_count - 1 FROM deleted WHERE comments.id = deleted.comment_id`;
  return {
    ok: true,
    message: changed ? 'ideas.comments.helpfulSaved' : 'ideas.comments.helpfulUnchanged',
    id: commentId,
  };
}
