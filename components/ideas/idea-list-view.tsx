import { getTranslations } from 'next-intl/server';
import { IdeaCard } from '@/components/idea-card';
import { ForSignedIn } from '@/components/me-provider';
import { Link } from '@/modules/i18n/navigation';
import type { IdeaListPage } from '@/modules/ideas/list-page';

const field = 'mt-1 min-h-11 w-full rounded border border-line bg-white px-3';

/** One of the list's choices: its label, "any" first, then the options; the address's value chosen. */
function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={`idea-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`idea-${name}`} name={name} defaultValue={value ?? ''} className={field}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
            <FilterSelect
              name="status"
              label={t('status')}
              value={filters.status}
              anyLabel={t('allStatuses')}
              options={list.statuses.map((status) => ({ value: status, label: statuses(status) }))}
            />
            <FilterSelect
              name="category"
              label={t('category')}
              value={filters.category}
              anyLabel={t('allCategories')}
              options={list.categories.map((category) => ({ value: category.id, label: category.name }))}
            />
            <FilterSelect
              name="department"
              label={t('department')}
              value={filters.department}
              anyLabel={t('allDepartments')}
              options={list.departments.map((department) => ({ value: department.id, label: department.name }))}
            />
            <FilterSelect
              name="sort"
              label={t('sort')}
              value={filters.sort}
              anyLabel={filters.q ? t('sortRelevance') : t('sortDefault')}
              options={list.sorts.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
            />
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
