import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatPercent } from '@/components/reports/chart-text';
import { PeriodFilter } from '@/components/reports/period-filter';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { benefitsRegister } from '@/modules/reports/benefits';
import { budgetYear } from '@/modules/reports/budgets';
import { ideaFunnel } from '@/modules/reports/funnel';
import { ledgerTotals } from '@/modules/reports/ledger';
import { participation, participationShare } from '@/modules/reports/participation';
import { parseReportPeriod, queryParams, reportPeriodParams } from '@/modules/reports/period';
import { reportMetadata, requireReportReader } from '@/modules/reports/reader';
import { rewardsByMonth } from '@/modules/reports/rewards-by-month';

interface ReportsOverviewProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: ReportsOverviewProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'charts.overview.title');
}

/** HR's reports at a glance for one period: a line of each, with a link to the whole report. */
export default async function ReportsOverviewPage({ params, searchParams }: ReportsOverviewProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await requireReportReader(locale);
  const { from, to } = parseReportPeriod(queryParams(await searchParams));
  const period = { from, to };
  // The budget year is the year the period ends in.
  const year = Number(to.slice(0, 4));
  const [ledger, months, funnel, taking, benefits, budgets, t, nav] = await Promise.all([
    ledgerTotals(db, { basis: 'decision', from, to }),
    rewardsByMonth(db, period),
    ideaFunnel(db, period),
    participation(db, period, locale),
    benefitsRegister(db, period),
    budgetYear(db, year, locale),
    getTranslations('reports.charts'),
    getTranslations('reports.nav'),
  ]);
  const format = formatterFor(locale);
  const euros = (cents: number) => format.euros(cents / 100);
  const share = participationShare(taking.total, 'active');
  const query = Object.fromEntries(reportPeriodParams(period));
  // In the order of the tabs above.
  const sections = [
    {
      href: '/reports/ledger',
      name: nav('ledger'),
      line: t('overview.ledger', { rows: ledger.count, amount: euros(ledger.amountCents) }),
    },
    {
      href: '/reports/rewards',
      name: nav('rewards'),
      line: t('overview.rewards', {
        decided: euros(months.reduce((sum, row) => sum + row.decidedCents, 0)),
        paid: euros(months.reduce((sum, row) => sum + row.paidCents, 0)),
      }),
    },
    {
      href: '/reports/funnel',
      name: nav('funnel'),
      line: t('overview.funnel', {
        submitted: funnel[0]!.count,
        implemented: format.number(funnel[funnel.length - 1]!.count),
      }),
    },
    {
      href: '/reports/participation',
      name: nav('participation'),
      line: t('overview.participation', { share: share === null ? t('none') : formatPercent(share) }),
    },
    {
      href: '/reports/benefits',
      name: nav('benefits'),
      line: t('overview.benefits', {
        ideas: benefits.totals.ideas,
        realised: euros(benefits.totals.realisedCents),
      }),
    },
    {
      href: '/reports/budgets',
      name: nav('budgets'),
      line:
        budgets.totals.leftCents === null
          ? t('overview.budgetsNone', { year })
          : t('overview.budgets', { year, left: euros(budgets.totals.leftCents) }),
      query: { year: String(year) },
    },
  ];

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('overview.title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('overview.intro')}</p>
      <PeriodFilter period={period} />
      <p className="mt-3 font-semibold">
        {t('period.shown', { from: format.date(new Date(from)), to: format.date(new Date(to)) })}
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.href} className="rounded border border-line p-4">
            <h2 className="text-lg font-bold">{section.name}</h2>
            <p className="mt-2">{section.line}</p>
            <Link
              href={{ pathname: section.href, query: section.query ?? query }}
              className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand underline"
            >
              {t('overview.open', { name: section.name })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
