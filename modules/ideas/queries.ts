import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import type { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { publicStatuses } from './status';
import { plainExcerpt } from './excerpt';

export interface IdeaSummary {
  id: number;
  title: string;
  excerpt: string;
  status: IdeaStatus;
  /** Null when the author chose to hide their name from colleagues. */
  authorName: string | null;
  categoryName: string | null;
  publishedAt: Date | null;
  voteCount: number;
  commentCount: number;
  expectedSavingsEur: number | null;
}

/** The newest ideas colleagues can see, as the front page shows them. */
export async function listNewestPublicIdeas(db: Database, locale: AppLocale, limit = 12): Promise<IdeaSummary[]> {
  const rows = await db.idea.findMany({
    // Public ideas always have a publication time; saying so lets the newest-first index skip the
    // unpublished ones, which sort first in a descending index.
    where: { status: { in: [...publicStatuses] }, publishedAt: { not: null } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      title: true,
      body: true,
      status: true,
      anonymous: true,
      publishedAt: true,
      voteCount: true,
      commentCount: true,
      expectedSavingsEur: true,
      author: { select: { name: true } },
      category: { select: localizedNameSelect },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    excerpt: plainExcerpt(row.body),
    status: row.status,
    authorName: row.anonymous ? null : row.author.name,
    categoryName: row.category ? localizedName(row.category, locale) : null,
    publishedAt: row.publishedAt,
    voteCount: row.voteCount,
    commentCount: row.commentCount,
    expectedSavingsEur: row.expectedSavingsEur === null ? null : row.expectedSavingsEur.toNumber(),
  }));
}

export async function listCategories(db: Database, locale: AppLocale) {
  const categories = await db.category.findMany({
    where: { active: true },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, ...localizedNameSelect },
  });
  return categories.map((category) => ({ id: category.id, name: localizedName(category, locale) }));
}
