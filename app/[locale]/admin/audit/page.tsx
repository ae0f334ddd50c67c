import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AuditEntry } from '@/components/admin/audit-entry';
import { Pagination } from '@/components/pagination';
import { getCurrentUser } from '@/modules/access/current-user';
import { searchAuditLog } from '@/modules/audit/queries';
import { sentenceFor } from '@/modules/audit/sentences';
import { formatNumber } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';

interface AuditPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{
    action?: string;
    actor?: string;
    target?: string;
    from?: string;
    to?: string;
    page?: string;
  }>;
}

export async function generateMetadata({ params }: AuditPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'audit' });
  return { title: t('title'), robots: { index: false } };
}

function dayStart(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

export default async function AuditPage({ params, searchParams }: AuditPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const filters = await searchParams;
  const reader = await getCurrentUser();
  if (!reader) return redirect({ href: '/sign-in', locale });
  const result = await searchAuditLog(db, reader, {
    action: filters.action,
    actor: filters.actor,
    target: filters.target,
    from: dayStart(filters.from),
    to: dayStart(filters.to, 1),
    page: Number(filters.page) || 1,
  });
  if (!result) notFound();
  const t = await getTranslations('audit');
  const query = Object.fromEntries(Object.entries(filters).filter(([key, value]) => key !== 'page' && value));
  const field = 'mt-1 min-h-11 rounded border border-line px-3';

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('intro')}</p>
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        {filters.target && <input type="hidden" name="target" value={filters.target} />}
        <label className="flex flex-col font-semibold">
          {t('action')}
          <input name="action" defaultValue={filters.action} placeholder="user." className={field} />
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
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('filter')}
        </button>
      </form>
      {filters.target && (
        <p className="mt-4">
          {t('byTarget', { target: filters.target })}{' '}
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
