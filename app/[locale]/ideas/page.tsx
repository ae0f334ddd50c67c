import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { cardVoteTexts } from '@/components/card-votes/texts';
import { IdeaCard } from '@/components/idea-card';
import { getCurrentUser } from '@/modules/access/current-user';
import { openToVotes } from '@/modules/ideas/card-reader-states';
import { ideaListParams, ideaSorts, listIdeas } from '@/modules/ideas/list';
import { hitSearchLimit } from '@/modules/ideas/rate-limits';
import { listCategories } from '@/modules/ideas/queries';
import { publicStatuses } from '@/modules/ideas/status';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { ForSignedIn } from '@/components/me-provider';
import { Link, redirect } from '@/modules/i18n/navigation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { firstValue } from '@/modules/platform/search-params';
import { isStoreRender } from '@/modules/platform/page-cache/reader-version';
import { listDepartments } from '@/modules/users/queries';

interface IdeasPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: IdeasPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'ideas' });
  return { title: t('listTitle') };
}

const field = 'mt-1 min-h-11 w-full rounded border border-line bg-white px-3';

export default async function IdeasPage({ params, searchParams }: IdeasPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const raw = await searchParams;
  const filters = ideaListParams.parse(
    Object.fromEntries(Object.keys(raw).map((name) => [name, firstValue(raw, name)])),
  );
  const actor = await getCurrentUser();
  // The filters as they are, without the page position, for the "show more" link.
  const query = Object.fromEntries(
    Object.entries(filters).filter(([key, value]) => key !== 'after' && value !== undefined),
  ) as Record<string, string>;
  // A search over the reader's limit is sent to ?limited=1, where it is not run: a redirect is never
  // stored by the page store, so a refusal cannot be shown to other readers. The store's own render
  // is counted against the address of the reader whose ask caused it (the proxy passes it on).
  const searchRefused = Boolean(filters.q) && raw.limited === '1';
  const counter = isStoreRender(await headers()) ? null : actor;
  if (filters.q && !searchRefused && !(await hitSearchLimit(db, counter, (await requestOrigin()).ip)).allowed) {
    redirect({ href: { pathname: '/ideas', query: { ...query, limited: '1' } }, locale });
  }
  const [t, limits, statuses, result, categories, departments, messages] = await Promise.all([
    getTranslations('ideas'),
    getTranslations('rateLimit'),
    getTranslations('status'),
    searchRefused ? null : listIdeas(db, actor, filters, locale),
    listCategories(db, locale),
    listDepartments(db, locale),
    getMessages(),
  ]);
  const activeFilters = (['status', 'category', 'department', 'sort', 'mine', 'voted', 'following'] as const).filter(
    (name) => filters[name] !== undefined,
  ).length;

  return (
    <div>
      {/* "New idea" is the header's, at every width, for everyone who may tell one. */}
      <h1 className="text-3xl font-extrabold text-brand">{t('listTitle')}</h1>

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
        <details open={activeFilters > 0} className="mt-3">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand">
            {t('filterAndSort')}
            {activeFilters > 0 && ` (${t('activeFilters', { count: activeFilters })})`}
          </summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <label htmlFor="idea-status" className="font-semibold">
                {t('status')}
              </label>
              <select id="idea-status" name="status" defaultValue={filters.status ?? ''} className={field}>
                <option value="">{t('allStatuses')}</option>
                {publicStatuses.map((status) => (
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
                {categories.map((category) => (
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
                {departments.map((department) => (
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
                {ideaSorts.map((sort) => (
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
          <NextIntlClientProvider messages={clientMessages(messages, cardVoteTexts)}>
            <ul className="grid gap-4 md:grid-cols-2">
              {result.items.map((idea) => (
                <li key={idea.id}>
                  <IdeaCard idea={idea} votable={openToVotes(idea.status)} />
                </li>
              ))}
            </ul>
          </NextIntlClientProvider>
        )}
        {result?.next && (
          <p className="mt-6 text-center">
            <Link
              href={{ pathname: '/ideas', query: { ...query, after: result.next } }}
              className="inline-flex min-h-11 items-center rounded border border-brand px-4 font-semibold text-brand"
            >
              {t('more')}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
