import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import type { AppLocale } from '@/modules/i18n/locales';
import type { Database } from '@/modules/platform/db/client';
import type { IdeaStatus } from '@/modules/platform/db/generated/enums';

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

export async function listCategories(db: Database, locale: AppLocale) {
  const categories = await db.category.findMany({
    where: { active: true },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, ...localizedNameSelect },
  });
  return categories.map((category) => ({ id: category.id, name: localizedName(category, locale) }));
}
