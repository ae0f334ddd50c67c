import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ExportButtons } from '@/components/reports/export-buttons';
import { LedgerFilters } from '@/components/reports/ledger-filters';
import { LedgerTable } from '@/components/reports/ledger-table';
import { LedgerTotals } from '@/components/reports/ledger-totals';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { RewardKind, RewardStatus } from '@/modules/platform/db/generated/enums';
import { firstValue, type SearchParams } from '@/modules/platform/search-params';
import {
  LEDGER_PAGE_SIZE,
  ledgerCursorText,
  ledgerFilterParams,
  ledgerPage,
  ledgerTotals,
  parseLedgerCursor,
  parseLedgerFilter,
} from '@/modules/reports/ledger';
import { listDepartments } from '@/modules/users/queries';

interface LedgerPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

/** The title only for readers of the report: to anyone else the page does not exist, not even by name. */
export async function generateMetadata({ params }: LedgerPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  if (!can(await getCurrentUser(), 'report.hr.read')) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'reports.ledger' });
  return { title: t('title'), robots: { index: false } };
}

/** HR's reward ledger: every recipient's share, filtered, totalled, a page at a time, and downloadable. */
export default async function LedgerPage({ params, searchParams }: LedgerPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const reader = await getCurrentUser();
  if (!reader) return redirect({ href: '/sign-in', locale });
  if (!can(reader, 'report.hr.read')) notFound();
  const query = await searchParams;
  const filter = parseLedgerFilter(
    new URLSearchParams(Object.keys(query).map((name) => [name, firstValue(query, name) ?? ''])),
  );
  const after = parseLedgerCursor(firstValue(query, 'after'));
  const [rows, totals, departments, t, messages] = await Promise.all([
    ledgerPage(db, filter, locale, { after }),
    ledgerTotals(db, filter),
    listDepartments(db, locale),
    getTranslations('reports.ledger'),
    getMessages(),
  ]);
  const filterParams = ledgerFilterParams(filter);
  const downloadHref = (format: 'csv' | 'xlsx') =>
    `/api/reports/ledger?${new URLSearchParams([...filterParams, ['format', format], ['locale', locale]])}`;
  const last = rows.length === LEDGER_PAGE_SIZE ? rows[rows.length - 1] : undefined;

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('intro')}</p>
      <p className="mt-1 max-w-prose text-sm text-muted">{t('anonymousNote')}</p>
      <LedgerFilters
        filter={filter}
        departments={departments}
        statuses={Object.values(RewardStatus)}
        kinds={Object.values(RewardKind)}
      />
      <LedgerTotals totals={totals} />
      <NextIntlClientProvider messages={clientMessages(messages, ['reports.export'])}>
        <ExportButtons hrefs={{ csv: downloadHref('csv'), xlsx: downloadHref('xlsx') }} />
      </NextIntlClientProvider>
      <LedgerTable rows={rows} />
      <nav aria-label={t('tableCaption')} className="mt-4 flex flex-wrap gap-4">
        {after && (
          <Link
            href={{ pathname: '/reports/ledger', query: Object.fromEntries(filterParams) }}
            className="text-brand underline"
          >
            {t('first')}
          </Link>
        )}
        {last && (
          <Link
            href={{
              pathname: '/reports/ledger',
              query: { ...Object.fromEntries(filterParams), after: ledgerCursorText(last) },
            }}
            className="text-brand underline"
          >
            {t('next', { count: LEDGER_PAGE_SIZE })}
          </Link>
        )}
      </nav>
    </div>
  );
}
