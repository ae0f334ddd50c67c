import { headers } from 'next/headers';
import { getCurrentUser } from '@/modules/access/current-user';
import { requestOrigin } from '@/modules/audit/request-origin';
import type { AppLocale } from '@/modules/i18n/locales';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { isStoreRender } from '@/modules/platform/page-cache/reader-version';
import { firstValue } from '@/modules/platform/search-params';
import { listDepartments } from '@/modules/users/queries';
import { openToVotes } from './card-reader-states';
import { ideaListParams, ideaSorts, listIdeas, type IdeaListItem, type IdeaListParams } from './list';
import { listCategories } from './queries';
import { hitSearchLimit } from './rate-limits';
import { publicStatuses } from './status';

/** The filters a list shows as in use (the "Filter and sort (2)" count). */
const countedFilters = ['status', 'category', 'department', 'sort', 'mine', 'voted', 'following'] as const;

export interface IdeaListPage {
  /** Where the list lives (`/ideas`, a campaign's page): its form and "show more" link stay there. */
  pathname: string;
  filters: IdeaListParams;
  /** The filters as they are, without the page position, for the "show more" link. */
  query: Record<string, string>;
  /** Null when the reader's search limit refused the search. */
  result: { items: (IdeaListItem & { votable: boolean })[]; next: string | null } | null;
  categories: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  statuses: typeof publicStatuses;
  sorts: typeof ideaSorts;
  activeFilters: number;
}

/**
 * An ideas list page from its address: /ideas, or a campaign's page with `campaign` (its id), which
 * lists only that campaign's ideas with the same search, filters, sorts and paging.
 */
export async function loadIdeaListPage(
  searchParams: Record<string, string | string[] | undefined>,
  locale: AppLocale,
  place: { pathname: string; campaign?: string },
): Promise<IdeaListPage> {
  const parsed = ideaListParams.parse(
    Object.fromEntries(Object.keys(searchParams).map((name) => [name, firstValue(searchParams, name)])),
  );
  const actor = await getCurrentUser();
  const query = Object.fromEntries(
    Object.entries(parsed).filter(([key, value]) => key !== 'after' && value !== undefined),
  ) as Record<string, string>;
  // A search over the reader's limit is sent to ?limited=1, where it is not run: a redirect is never
  // stored by the page store, so a refusal cannot be shown to other readers. The store's own render
  // is counted against the address of the reader whose ask caused it (the proxy passes it on).
  const searchRefused = Boolean(parsed.q) && searchParams.limited === '1';
  const counter = isStoreRender(await headers()) ? null : actor;
  if (parsed.q && !searchRefused && !(await hitSearchLimit(db, counter, (await requestOrigin()).ip)).allowed) {
    redirect({ href: { pathname: place.pathname, query: { ...query, limited: '1' } }, locale });
  }
  const filters: IdeaListParams = place.campaign === undefined ? parsed : { ...parsed, campaign: place.campaign };
  const [result, categories, departments] = await Promise.all([
    searchRefused ? null : listIdeas(db, actor, filters, locale),
    listCategories(db, locale),
    listDepartments(db, locale),
  ]);
  return {
    pathname: place.pathname,
    filters,
    query,
    result: result && {
      items: result.items.map((idea) => ({ ...idea, votable: openToVotes(idea.status) })),
      next: result.next,
    },
    categories,
    departments,
    statuses: publicStatuses,
    sorts: ideaSorts,
    activeFilters: countedFilters.filter((name) => filters[name] !== undefined).length,
  };
}
