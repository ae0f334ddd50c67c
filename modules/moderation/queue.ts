import { can, type Actor } from '@/modules/access/permissions';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';

/** Ideas waiting for a moderator, oldest first, with what changed since a request for changes. */
export async function moderationQueue(db: Database, actor: Actor | null, locale: AppLocale) {
  if (!can(actor, 'idea.moderate')) return null;
  const ideas = await db.idea.findMany({
    where: { status: IdeaStatus.SUBMITTED },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      id: true, title: true, body: true, anonymous: true, submittedAt: true, createdAt: true,
      author: { select: { name: true } },
      category: { select: localizedNameSelect },
      events: { where: { toStatus: { in: [IdeaStatus.CHANGES_REQUESTED, IdeaStatus.HIDDEN] } }, orderBy: { id: 'desc' }, take: 1, select: { reason: true, createdAt: true } },
    },
  });
  return ideas.map((idea) => ({
    id: idea.id,
    title: idea.title,
    body: idea.body,
    // Moderators see hidden authors' names (idea.see-anonymous-author), marked as hidden.
    authorName: idea.author.name,
    anonymous: idea.anonymous,
    categoryName: idea.category ? localizedName(idea.category, locale) : null,
    waitingSince: idea.submittedAt ?? idea.createdAt,
    changesRequested: idea.events[0] ? { reason: idea.events[0].reason, at: idea.events[0].createdAt } : null,
  }));
}

/** How many ideas wait for moderation: the count beside the menu entry. */
export function pendingModerationCount(db: Database, actor: Actor | null): Promise<number> {
  if (!can(actor, 'idea.moderate')) return Promise.resolve(0);
  return db.idea.count({ where: { OR: [{ status: IdeaStatus.SUBMITTED }, { status: IdeaStatus.PUBLISHED, awaitingReview: true }] } });
}

/** Ideas published without a moderator's look (post-moderation), oldest first. */
export async function awaitingReviewQueue(db: Database, actor: Actor | null) {
  if (!can(actor, 'idea.moderate')) return null;
  return db.idea.findMany({
    where: { awaitingReview: true, status: IdeaStatus.PUBLISHED },
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: { id: true, title: true, body: true, publishedAt: true, anonymous: true, author: { select: { name: true } } },
  });
}
