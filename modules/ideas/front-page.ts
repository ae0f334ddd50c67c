import type { AppLocale } from '@/modules/i18n/locales';
import { IdeaStatus, type Database } from '@/modules/platform/db/client';
import { openToVotes } from './card-reader-states';
import { listIdeas, type IdeaListItem, type IdeaListParams } from './list';

/** Cards per front-page list: a phone's few screens, then "see all". */
export const FRONT_PAGE_LIST_SIZE = 6;

/**
 * Each front-page list is the top of an ideas list (the same query, order and rules as /ideas), so
 * its "see all" link opens exactly what it began. Recently implemented ideas are in the list's
 * newest-first order, which is by publication: the list has no "implemented at" order.
 */
export const frontPageLists = {
  trending: { sort: 'trending' },
  implemented: { status: IdeaStatus.IMPLEMENTED, sort: 'newest' },
} as const satisfies Record<string, IdeaListParams>;

/** The front page's lists, the same for every reader (it is a stored page, decision 0008). */
export async function loadFrontPageLists(db: Database, locale: AppLocale) {
  const [trending, implemented] = await Promise.all([
    listIdeas(db, null, frontPageLists.trending, locale),
    listIdeas(db, null, frontPageLists.implemented, locale),
  ]);
  const shown = (items: IdeaListItem[]) =>
    items.slice(0, FRONT_PAGE_LIST_SIZE).map((idea) => ({ ...idea, votable: openToVotes(idea.status) }));
  return { trending: shown(trending.items), implemented: shown(implemented.items) };
}

/** The stages the front page counts, in the order an idea passes through them. */
export const countedStages = [
  IdeaStatus.SHORTLISTED,
  IdeaStatus.EVALUATION,
  IdeaStatus.EXPERIMENT,
  IdeaStatus.IMPLEMENTATION,
  IdeaStatus.IMPLEMENTED,
] as const;

export interface StageCounts {
  stages: { status: (typeof countedStages)[number]; count: number }[];
  implementedThisYear: number;
}

/** Midnight of 1 January in Helsinki: January is always winter time there (UTC+2). */
function helsinkiYearStart(now: Date): Date {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(now));
  return new Date(Date.UTC(year - 1, 11, 31, 22));
}

/**
 * How many ideas are in each stage now, and how many were implemented this year: those still
 * implemented whose stage began this year (one archived since has left the count; its timeline keeps it).
 */
export async function loadStageCounts(db: Database, now = new Date()): Promise<StageCounts> {
  const [grouped, implementedThisYear] = await Promise.all([
    db.idea.groupBy({ by: ['status'], where: { status: { in: [...countedStages] } }, _count: { _all: true } }),
    db.idea.count({ where: { status: IdeaStatus.IMPLEMENTED, statusChangedAt: { gte: helsinkiYearStart(now) } } }),
  ]);
  return {
    stages: countedStages.map((status) => ({
      status,
      count: grouped.find((row) => row.status === status)?._count._all ?? 0,
    })),
    implementedThisYear,
  };
}
