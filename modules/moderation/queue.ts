import { can, type Actor } from '@/modules/access/permissions';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { publicStatuses, sqlStatuses } from '@/modules/ideas/status';
import { changesSince, snapshotFrom, type IdeaText } from './changes';

/** Ideas waiting for a moderator, oldest first, with what changed since a request for changes. */
export async function moderationQueue(db: Database, actor: Actor | null, locale: AppLocale) {
  if (!can(actor, 'idea.moderate')) return null;
  const ideas = await db.idea.findMany({
    where: { status: IdeaStatus.SUBMITTED },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      id: true,
      title: true,
      body: true,
      anonymous: true,
      submittedAt: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
      category: { select: localizedNameSelect },
      events: {
        where: { toStatus: { in: [IdeaStatus.CHANGES_REQUESTED, IdeaStatus.HIDDEN] } },
        orderBy: { id: 'desc' },
        take: 1,
        select: { reason: true, createdAt: true, data: true },
      },
    },
  });
  return ideas.map((idea) => ({
    id: idea.id,
    title: idea.title,
    body: idea.body,
    // Moderators see hidden authors' names (idea.see-anonymous-author), marked as hidden.
    author: idea.author,
    anonymous: idea.anonymous,
    categoryName: idea.category ? localizedName(idea.category, locale) : null,
    waitingSince: idea.submittedAt ?? idea.createdAt,
    changesRequested: idea.events[0]
      ? { reason: idea.events[0].reason, at: idea.events[0].createdAt, changes: changesOf(idea.events[0].data, idea) }
      : null,
  }));
}

/** What changed since the moderator's request: `unchanged` when nothing did, null when the request predates snapshots. */
function changesOf(data: unknown, now: IdeaText) {
  const before = snapshotFrom(data);
  if (!before) return null;
  return changesSince(before, now) ?? ('unchanged' as const);
}

/**
 * How many things wait for a moderator — submitted and unchecked ideas, flagged ideas and
 * comments, hidden comments whose writers asked for a review, and edits waiting for a check —
 * each counted once: the number
 * beside the menu entry.
 */
export async function pendingModerationCount(db: Database, actor: Actor | null): Promise<number> {
  if (!can(actor, 'idea.moderate')) return 0;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT (SELECT count(*) FROM ideas WHERE status = 'submitted' OR (status = 'published' AND awaiting_review))::int
         + (SELECT count(*) FROM (
              SELECT idea_id, comment_id FROM flags WHERE resolved_at IS NULL
              UNION
              SELECT NULL, id FROM comments WHERE review_requested_at IS NOT NULL AND hidden_at IS NOT NULL AND deleted_at IS NULL
           ) AS targets)::int
         + (SELECT count(*) FROM idea_revisions r JOIN ideas i ON i.id = r.idea_id WHERE r.decided_at IS NULL AND i.status::text = ANY(${sqlStatuses(publicStatuses)}))::int AS count`;
  return row?.count ?? 0;
}

/** Ideas published without a moderator's look (post-moderation), oldest first. */
export async function awaitingReviewQueue(db: Database, actor: Actor | null) {
  if (!can(actor, 'idea.moderate')) return null;
  return db.idea.findMany({
    where: { awaitingReview: true, status: IdeaStatus.PUBLISHED },
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      id: true,
      title: true,
      body: true,
      publishedAt: true,
      anonymous: true,
      author: { select: { id: true, name: true } },
    },
  });
}
