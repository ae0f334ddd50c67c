import { getTranslations } from 'next-intl/server';
import { IdeaCard } from '@/components/idea-card';
import { ForSignedIn } from '@/components/me-provider';
import { Link } from '@/modules/i18n/navigation';
import type { IdeaListPage } from '@/modules/ideas/list-page';

const field = 'mt-1 min-h-11 w-full rounded border border-line bg-white px-3';

/**
 * An ideas list with its search, filters, sort and "show more": /ideas and each campaign's page.
 * The form asks the page it is on, so a campaign's search stays within the campaign. The page
 * provides the cards' vote texts (`cardVoteTexts`) to the browser.
 */
export async function IdeaListView({ list }: { list: IdeaListPage }) {
  const { filters, result, query } = list;
  const [t, limits, statuses] = await Promise.all([
    getTranslations('ideas'),
    getTranslations('rateLimit'),
    getTranslations('status'),
  ]);

  return (
    <>
      <form method="get" role="search" aria-label={t('searchAndFilter')} className="mt-4 rounded-lg bg-surface p-4">
        <label htmlFor="idea-search" className="font-semibold">
          {t('searchLabel')}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="idea-search"
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder={t('searchPlaceholder')}
            className="min-h-11 min-w-0 flex-1 rounded border border-line bg-white px-3"
          />
          <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
            {t('search')}
          </button>
        </div>
        {/* Filters fold away on phones so the ideas stay on the first screen; open when in use. */}
        <details open={list.activeFilters > 0} className="mt-3">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand">
            {t('filterAndSort')}
            {list.activeFilters > 0 && ` (${t('activeFilters', { count: list.activeFilters })})`}
          </summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <label htmlFor="idea-status" className="font-semibold">
                {t('status')}
              </label>
              <select id="idea-status" name="status" defaultValue={filters.status ?? ''} className={field}>
                <option value="">{t('allStatuses')}</option>
                {list.statuses.map((status) => (
                  <option key={status} value={status}>
                    {statuses(status)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="idea-category" className="font-semibold">
                {t('category')}
              </label>
              <select id="idea-category" name="category" defaultValue={filters.category ?? ''} className={field}>
                <option value="">{t('allCategories')}</option>
                {list.categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="idea-department" className="font-semibold">
                {t('department')}
              </label>
              <select id="idea-department" name="department" defaultValue={filters.department ?? ''} className={field}>
                <option value="">{t('allDepartments')}</option>
                {list.departments.map((department) => (
                  <option key={department.id} value={department.id}>
                    {department.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="idea-sort" className="font-semibold">
                {t('sort')}
              </label>
              <select id="idea-sort" name="sort" defaultValue={filters.sort ?? ''} className={field}>
                <option value="">{filters.q ? t('sortRelevance') : t('sortDefault')}</option>
                {list.sorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`sorts.${sort}`)}
                  </option>
                ))}
              </select>
            </div>
            <ForSignedIn>
              <fieldset className="flex flex-wrap gap-x-5 gap-y-1 sm:col-span-2 lg:col-span-3">
                <legend className="font-semibold">{t('onlyShow')}</legend>
                {(['mine', 'voted', 'following'] as const).map((name) => (
                  <label key={name} className="inline-flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      name={name}
                      value="1"
                      defaultChecked={filters[name] === '1'}
                      className="size-5"
                    />
                    {t(`filters.${name}`)}
                  </label>
                ))}
              </fieldset>
            </ForSignedIn>
            <div className="flex items-end">
              <button type="submit" className="min-h-11 w-full rounded bg-brand px-4 font-semibold text-white">
                {t('apply')}
              </button>
            </div>
          </div>
        </details>
      </form>

      <section aria-labelledby="results-heading" className="mt-6">
        <h2 id="results-heading" className="sr-only">
          {t('results')}
        </h2>
        {result === null ? (
          <p role="alert" className="mt-2 rounded border border-red-800 bg-red-50 p-3 text-red-900">
            {limits('search')}
          </p>
        ) : result.items.length === 0 ? (
          <p role="status" className="mt-2">
            {filters.q ? t('noMatches', { query: filters.q }) : t('noIdeas')}
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {result.items.map((idea) => (
              <li key={idea.id}>
                <IdeaCard idea={idea} votable={idea.votable} />
              </li>
            ))}
          </ul>
        )}
        {result?.next && (
          <p className="mt-6 text-center">
            <Link
              href={{ pathname: list.pathname, query: { ...query, after: result.next } }}
              className="inline-flex min-h-11 items-center rounded border border-brand px-4 font-semibold text-brand"
            >
              {t('more')}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
