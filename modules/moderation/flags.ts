import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { notify } from '@/modules/ideas/notifications';
import { ownerIdsOf, ownershipSelect } from '@/modules/ideas/ownership';
import { applyTransition } from '@/modules/ideas/transition';
import { snapshotFrom } from '@/modules/ideas/snapshot';
import { isPublic } from '@/modules/ideas/visibility';
import { FLAG_LIMIT } from './rate-limits';
import { redact, redactionFields, type RedactionRecord } from './redaction';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { hitRateLimit } from '@/modules/platform/rate-limit/rate-limit';
import { FlagReason, IdeaEventType, IdeaStatus, NotificationType } from '@/modules/platform/db/generated/enums';

type Tx = Prisma.TransactionClient;

const target = z.object({ target: z.enum(['idea', 'comment']), targetId: z.coerce.number().int().positive() });

export const flagInput = target
  .extend({
    reason: z.enum(FlagReason, 'validation.flagReason'),
    note: z.string().trim().max(500, 'validation.noteTooLong').default(''),
    duplicateOfId: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z.coerce.number('validation.number').int().positive().optional(),
    ),
  })
  .refine((input) => input.reason !== FlagReason.DUPLICATE || input.duplicateOfId !== undefined, {
    path: ['duplicateOfId'],
    message: 'validation.duplicateOfRequired',
  });

interface Target {
  authorIds: string[];
  hidden: boolean;
  ideaId: number;
}

/**
 * Reads and locks the flagged thing, so that counting flags and hiding it happen one at a time.
 * A colleague finds only what colleagues can see (nothing hidden: it would tell them it exists);
 * a moderator also finds hidden things, to settle them.
 */
async function lockTarget(
  tx: Tx,
  kind: 'idea' | 'comment',
  id: number,
  reader: 'colleague' | 'moderator',
): Promise<Target | null> {
  if (kind === 'idea') {
    const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM ideas WHERE id = ${id} FOR UPDATE`;
    const idea = locked
      ? await tx.idea.findUnique({ where: { id }, select: { status: true, ...ownershipSelect } })
      : null;
    if (!idea) return null;
    const hidden = idea.status === IdeaStatus.HIDDEN;
    if (!isPublic(idea.status) && !(hidden && reader === 'moderator')) return null;
    return { authorIds: ownerIdsOf(idea), hidden, ideaId: id };
  }
  const [comment] = await tx.$queryRaw<
    { author_id: string; idea_id: number; hidden_at: Date | null; deleted_at: Date | null }[]
  >`
    SELECT author_id, idea_id, hidden_at, deleted_at FROM comments WHERE id = ${id} FOR UPDATE`;
  if (!comment || comment.deleted_at) return null;
  if (comment.hidden_at && reader === 'colleague') return null;
  const idea = await tx.idea.findUnique({ where: { id: comment.idea_id }, select: { status: true } });
  if (!idea || !isPublic(idea.status)) return null;
  return { authorIds: [comment.author_id], hidden: comment.hidden_at !== null, ideaId: comment.idea_id };
}

/**
 * A colleague flags an idea or a comment, once. When the open flags reach the threshold the content
 * is hidden at once, pending a moderator's review, and its author is told.
 */
export async function flagContent(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  threshold: number,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, flagInput, raw, 'idea.flag');
  if (!start.ok) return start.state;
  if (!(await hitRateLimit(db, FLAG_LIMIT, { personId: start.actor.id })).allowed)
    return { ok: false, message: 'rateLimit.flag' };
  const { target: kind, targetId, reason, note, duplicateOfId } = start.input;
  return db.$transaction(async (tx) => {
    const found = await lockTarget(tx, kind, targetId, 'colleague');
    if (!found) return { ok: false, message: 'errors.notFound' };
    if (found.authorIds.includes(start.actor.id)) return { ok: false, message: 'moderation.flags.own' };
    const inserted = await tx.flag.createMany({
      data: [
        {
          reporterId: start.actor.id,
          ...(kind === 'idea' ? { ideaId: targetId } : { commentId: targetId }),
          reason,
          note: note || null,
          duplicateOfId: duplicateOfId ?? null,
        },
      ],
      skipDuplicates: true,
    });
    if (inserted.count === 0) return { ok: false, message: 'moderation.flags.already' };
    const open = await tx.flag.count({
      where: { ...(kind === 'idea' ? { ideaId: targetId } : { commentId: targetId }), resolvedAt: null },
    });
    // VAU hides, not the last reporter: the notice names nobody. An idea is hidden only while
    // still open (the lifecycle's auto-hide); a settled one waits for a moderator with its flags.
    if (open >= threshold && kind === 'idea') {
      await applyTransition(tx, {
        ideaId: targetId,
        name: 'auto-hide',
        actor: 'system',
        origin,
        auditDetails: { openFlags: open, threshold },
      });
    } else if (open >= threshold) {
      await tx.comment.update({ where: { id: targetId }, data: { hiddenAt: new Date(), hiddenReason: null } });
      await recordAudit(
        tx,
        {
          actorId: null,
          action: 'comment.auto-hide',
          targetType: kind,
          targetId: String(targetId),
          after: { openFlags: open, threshold },
        },
        origin,
      );
      await notify(tx, found.authorIds, {
        type: NotificationType.STATUS_CHANGED,
        actorId: null,
        ideaId: found.ideaId,
        commentId: targetId,
      });
    }
    return { ok: true, message: 'moderation.flags.thanks' };
  });
}

export const resolveInput = target
  .extend({
    resolution: z.enum(['keep', 'hide', 'redact'], 'validation.decisionRequired'),
    reason: z.string().trim().max(2000, 'validation.reasonTooLong').default(''),
    ...redactionFields,
  })
  .refine((input) => input.resolution === 'keep' || input.reason.length >= 5, {
    path: ['reason'],
    message: 'validation.reasonRequired',
  })
  .refine((input) => input.resolution !== 'redact' || input.redactedText.length >= 2, {
    path: ['redactedText'],
    message: 'validation.redactedTextRequired',
  });

/**
 * A moderator settles the flags on one thing: keep it (flags dismissed, shown again) or hide it
 * with a reason its author reads. Every decision is on the audit log.
 */
/**
 * Whether the idea's text differs from what it was when it was hidden: its authors may edit a
 * hidden idea, and "keep" would show that unreviewed text. Such an idea goes back through the
 * queue (the author resubmits it) instead.
 */
async function editedWhileHidden(tx: Prisma.TransactionClient, ideaId: number): Promise<boolean> {
  const [idea, hiding] = await Promise.all([
    tx.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { title: true, body: true } }),
    tx.ideaEvent.findFirst({
      where: { ideaId, toStatus: IdeaStatus.HIDDEN },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { data: true },
    }),
  ]);
  const snapshot = snapshotFrom(hiding?.data);
  return snapshot !== null && (snapshot.title !== idea.title || snapshot.body !== idea.body);
}

export async function resolveFlags(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const parsed = resolveInput.safeParse(raw);
  const action = parsed.success && parsed.data.target === 'comment' ? 'comment.moderate' : 'idea.moderate';
  const start = await beginMutation(actor, resolveInput, raw, action);
  if (!start.ok) return start.state;
  const { target: kind, targetId, resolution, reason, redactedText, redactedTitle, redactedBenefitNote } = start.input;
  return db.$transaction(async (tx) => {
    const found = await lockTarget(tx, kind, targetId, 'moderator');
    if (!found) return { ok: false, message: 'errors.notFound' };
    // An idea's status moves through the lifecycle first: "keep" (and redacting) returns a hidden
    // idea to the state it was hidden from, "hide" hides a shown one; the lifecycle tells its owners.
    const move =
      kind !== 'idea' ? null : resolution === 'hide' ? (found.hidden ? null : 'hide') : found.hidden ? 'restore' : null;
    if (move === 'restore' && resolution === 'keep' && (await editedWhileHidden(tx, targetId))) {
      return { ok: false, message: 'moderation.editedWhileHidden' };
    }
    if (move) {
      const moved = await applyTransition(tx, { ideaId: targetId, name: move, actor: start.actor, reason, origin });
      if (!moved.ok) return { ok: false, message: 'moderation.alreadyDecided' };
    }
    const where = { ...(kind === 'idea' ? { ideaId: targetId } : { commentId: targetId }), resolvedAt: null };
    // Whatever the moderator decides answers the writer's request for a review too.
    if (kind === 'comment') await tx.comment.update({ where: { id: targetId }, data: { reviewRequestedAt: null } });
    const settled = await tx.flag.updateMany({
      where,
      data: {
        resolvedAt: new Date(),
        resolvedById: start.actor.id,
        resolution: { keep: 'kept', hide: 'hidden', redact: 'redacted' }[resolution],
      },
    });
    const redaction: RedactionRecord | null =
      resolution === 'redact'
        ? await redact(
            tx,
            kind,
            targetId,
            start.actor.id,
            { text: redactedText, title: redactedTitle, benefitNote: redactedBenefitNote },
            reason,
          )
        : null;
    if (kind === 'comment' && resolution === 'keep' && found.hidden)
      await tx.comment.update({ where: { id: targetId }, data: { hiddenAt: null, hiddenReason: null } });
    if (kind === 'comment' && resolution === 'hide')
      await tx.comment.update({
        where: { id: targetId },
        data: { hiddenAt: found.hidden ? undefined : new Date(), hiddenReason: reason },
      });
    // Already hidden: the new reason goes on the timeline, where its authors read it.
    if (kind === 'idea' && resolution === 'hide' && found.hidden) {
      await tx.ideaEvent.create({
        data: {
          ideaId: targetId,
          actorId: start.actor.id,
          type: IdeaEventType.STATUS_CHANGED,
          fromStatus: IdeaStatus.HIDDEN,
          toStatus: IdeaStatus.HIDDEN,
          reason,
        },
      });
    }
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: `${kind}.flags.${resolution}`,
        targetType: kind,
        targetId: String(targetId),
        ...(redaction ? { before: redaction.before } : {}),
        after: { flags: settled.count, ...(reason ? { reason } : {}), ...redaction?.after },
      },
      origin,
    );
    if (!move)
      await notify(tx, found.authorIds, {
        type: NotificationType.STATUS_CHANGED,
        actorId: start.actor.id,
        ideaId: found.ideaId,
        ...(kind === 'comment' ? { commentId: targetId } : {}),
      });
    return {
      ok: true,
      message: `moderation.flags.${{ keep: 'kept', hide: 'hidden', redact: 'redacted' }[resolution]}`,
    };
  });
}

export interface FlaggedItem {
  kind: 'idea' | 'comment';
  targetId: number;
  ideaId: number;
  ideaTitle: string;
  text: string;
  hidden: boolean;
  /** The writer of a hidden comment asked for another look. */
  reviewRequested: boolean;
  writer: { id: string; name: string | null };
  /** An idea whose author is hidden from colleagues (never a comment). */
  anonymous: boolean;
  since: Date;
  reasons: FlagReason[];
  notes: string[];
  /** The ideas reporters said this one repeats, each once. */
  duplicateOf: { id: number; title: string }[];
}

/**
 * Flagged ideas and comments with open flags, and hidden comments whose writers asked for a
 * review: personal data first, then oldest first.
 */
export async function flaggedQueue(db: Database, actor: Actor | null): Promise<FlaggedItem[] | null> {
  if (!can(actor, 'idea.moderate') && !can(actor, 'comment.moderate')) return null;
  const commentSelect = {
    id: true,
    body: true,
    hiddenAt: true,
    reviewRequestedAt: true,
    author: { select: { id: true, name: true } },
    idea: { select: { id: true, title: true } },
  } as const;
  const [flags, reviewRequests] = await Promise.all([
    db.flag.findMany({
      where: { resolvedAt: null },
      orderBy: { id: 'asc' },
      take: 500,
      select: {
        ideaId: true,
        commentId: true,
        reason: true,
        note: true,
        duplicateOfId: true,
        createdAt: true,
        idea: {
          select: {
            id: true,
            title: true,
            status: true,
            body: true,
            anonymous: true,
            author: { select: { id: true, name: true } },
          },
        },
        comment: { select: commentSelect },
      },
    }),
    db.comment.findMany({
      where: { reviewRequestedAt: { not: null }, hiddenAt: { not: null }, deletedAt: null },
      orderBy: { reviewRequestedAt: 'asc' },
      take: 100,
      select: commentSelect,
    }),
  ]);
  const groups = new Map<string, FlaggedItem>();
  const commentItem = (comment: (typeof reviewRequests)[number], since: Date): FlaggedItem => ({
    kind: 'comment',
    targetId: comment.id,
    ideaId: comment.idea.id,
    ideaTitle: comment.idea.title,
    text: comment.body,
    hidden: comment.hiddenAt !== null,
    reviewRequested: comment.reviewRequestedAt !== null,
    writer: comment.author,
    anonymous: false,
    since,
    reasons: [],
    notes: [],
    duplicateOf: [],
  });
  const duplicateOfIds = new Map<FlaggedItem, Set<number>>();
  for (const flag of flags) {
    const key = flag.comment ? `comment:${flag.comment.id}` : `idea:${flag.ideaId}`;
    let group = groups.get(key);
    if (!group) {
      group = flag.comment
        ? commentItem(flag.comment, flag.createdAt)
        : {
            kind: 'idea',
            targetId: flag.idea!.id,
            ideaId: flag.idea!.id,
            ideaTitle: flag.idea!.title,
            text: flag.idea!.body,
            hidden: flag.idea!.status === IdeaStatus.HIDDEN,
            reviewRequested: false,
            writer: flag.idea!.author,
            anonymous: flag.idea!.anonymous,
            since: flag.createdAt,
            reasons: [],
            notes: [],
            duplicateOf: [],
          };
      groups.set(key, group);
    }
    group.reasons.push(flag.reason);
    if (flag.note) group.notes.push(flag.note);
    if (flag.duplicateOfId) duplicateOfIds.set(group, (duplicateOfIds.get(group) ?? new Set()).add(flag.duplicateOfId));
  }
  // A flag keeps only the original's number (no relation): the titles are read in one go.
  const originals = new Map(
    (
      await db.idea.findMany({
        where: { id: { in: [...new Set([...duplicateOfIds.values()].flatMap((ids) => [...ids]))] } },
        select: { id: true, title: true },
      })
    ).map((idea) => [idea.id, idea]),
  );
  for (const [group, ids] of duplicateOfIds) group.duplicateOf = [...ids].flatMap((id) => originals.get(id) ?? []);
  for (const comment of reviewRequests) {
    if (!groups.has(`comment:${comment.id}`))
      groups.set(`comment:${comment.id}`, commentItem(comment, comment.reviewRequestedAt!));
  }
  const personalDataFirst = (group: FlaggedItem) => (group.reasons.includes(FlagReason.PERSONAL_DATA) ? 0 : 1);
  return [...groups.values()].sort(
    (a, b) => personalDataFirst(a) - personalDataFirst(b) || a.since.getTime() - b.since.getTime(),
  );
}
