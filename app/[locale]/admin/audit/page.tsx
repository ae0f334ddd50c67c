import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AuditEntry } from '@/components/admin/audit-entry';
import { Pagination } from '@/components/pagination';
import { getCurrentUser } from '@/modules/access/current-user';
import { auditActionGroups } from '@/modules/audit/action-groups';
import { auditFilters, auditQuery, parseAuditParams } from '@/modules/audit/list-params';
import { searchAuditLog } from '@/modules/audit/queries';
import { sentenceFor } from '@/modules/audit/sentences';
import { formatNumber } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';

interface AuditPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: AuditPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'audit' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AuditPage({ params, searchParams }: AuditPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const filters = parseAuditParams(await searchParams);
  const reader = await getCurrentUser();
  if (!reader) return redirect({ href: '/sign-in', locale });
  const result = await searchAuditLog(db, reader, auditFilters(filters));
  if (!result) notFound();
  const t = await getTranslations('audit');
  const query = auditQuery(filters);
  const field = 'mt-1 min-h-11 w-full rounded border border-line px-3';

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('intro')}</p>
      {/* On a phone every field and then the button stack full width; side by side from tablet width up. */}
      <form method="get" role="search" className="mt-4 grid gap-3 sm:flex sm:flex-wrap sm:items-end">
        {filters.target && (
          <>
            <input type="hidden" name="targetType" value={filters.target.type} />
            <input type="hidden" name="target" value={filters.target.id} />
          </>
        )}
        <label className="flex flex-col font-semibold">
          {t('action')}
          <select name="group" defaultValue={filters.group ?? ''} className={`${field} bg-white`}>
            <option value="">{t('allGroups')}</option>
            {auditActionGroups.map((group) => (
              <option key={group} value={group}>
                {t(`groups.${group}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col font-semibold">
          {t('actor')}
          <input name="actor" defaultValue={filters.actor} className={field} />
        </label>
        <label className="flex flex-col font-semibold">
          {t('from')}
          <input name="from" type="date" defaultValue={filters.from} className={field} />
        </label>
        <label className="flex flex-col font-semibold">
          {t('to')}
          <input name="to" type="date" defaultValue={filters.to} className={field} />
        </label>
        <button type="submit" className="min-h-11 w-full rounded bg-brand px-4 font-semibold text-white sm:w-auto">
          {t('filter')}
        </button>
      </form>
      {filters.target && (
        <p className="mt-4">
          {result.filteredPersonName
            ? t('byPerson', { name: result.filteredPersonName })
            : t('byTarget', { target: `${filters.target.type} ${filters.target.id}` })}{' '}
          <Link href="/admin/audit" className="text-brand underline">
            {t('showAll')}
          </Link>
        </p>
      )}
      <p className="mt-4 text-muted" role="status">
        {t('results', { count: result.total, total: formatNumber(result.total) })}
      </p>
      <ol className="mt-2 grid gap-2">
        {result.rows.map((row) => (
          <AuditEntry key={row.id} row={row} sentenceKey={sentenceFor(row.action).key} />
        ))}
      </ol>
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => ({ pathname: '/admin/audit', query: { ...query, page } })}
        labels={{
          navigation: t('pagination'),
          previous: t('previous'),
          next: t('next'),
          position: t('page', { page: result.page, pages: result.pages }),
        }}
      />
    </div>
  );
}
