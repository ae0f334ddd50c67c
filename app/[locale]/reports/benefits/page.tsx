import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { FigureTableView } from '@/components/reports/chart-figure';
import { ExportButtons } from '@/components/reports/export-buttons';
import { PeriodFilter } from '@/components/reports/period-filter';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatterFor } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import { ideaPath } from '@/modules/ideas/slug';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { benefitsRegister } from '@/modules/reports/benefits';
import { parseReportPeriod, queryParams } from '@/modules/reports/period';
import { downloadHrefs, reportMetadata, requireReportReader } from '@/modules/reports/reader';
import { listDepartments } from '@/modules/users/queries';

interface BenefitsReportProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: BenefitsReportProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'charts.benefits.title');
}

/** The page lists this many ideas; the totals and the download cover all of them. */
const shownIdeas = 200;

/** The benefits register: estimated against realised savings and the rewards paid, per implemented idea. */
export default async function BenefitsReportPage({ params, searchParams }: BenefitsReportProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await requireReportReader(locale);
  const period = parseReportPeriod(queryParams(await searchParams));
  const [register, departments, t, messages] = await Promise.all([
    benefitsRegister(db, period),
    listDepartments(db, locale),
    getTranslations('reports.charts'),
    getMessages(),
  ]);
  const format = formatterFor(locale);
  const euros = (cents: number | null) => (cents === null ? t('none') : format.euros(cents / 100));
  const { totals } = register;
  const columns = [
    'ideaNumber',
    'idea',
    'implementedOn',
    'ideaEstimate',
    'evaluationEstimate',
    'realised',
    'rewardsPaid',
    'perEuro',
  ] as const;
  const shown = register.rows.slice(0, shownIdeas).map((row) => ({
    row,
    link: (
      <Link href={ideaPath({ id: row.ideaId, title: row.title })} className="text-brand underline">
        {row.title}
      </Link>
    ),
    // The money columns, in the table's order (after number, title and day).
    money: [
      euros(row.ideaEstimateCents),
      euros(row.evaluationEstimateCents),
      row.realisedCents === null
        ? t('none')
        : `${euros(row.realisedCents)} (${t(row.benefitConfirmed ? 'benefits.confirmed' : 'benefits.unconfirmed')})`,
      euros(row.rewardsPaidCents),
      euros(row.realisedPerEuroCents),
    ],
  }));
  const moneyColumns = columns.slice(3);
  const moneyTotals = [
    euros(totals.ideaEstimateCents),
    euros(totals.evaluationEstimateCents),
    euros(totals.realisedCents),
    euros(totals.rewardsPaidCents),
    euros(totals.realisedPerEuroCents),
  ];

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('benefits.title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('benefits.intro')}</p>
      <PeriodFilter period={period} departments={departments} />
      <p className="mt-3 font-semibold">
        {t('period.shown', { from: format.date(new Date(period.from)), to: format.date(new Date(period.to)) })}
      </p>
      <p className="mt-4 max-w-prose" id="benefits-summary">
        {totals.realisedPerEuroCents === null
          ? t('benefits.summaryNoPaid', { ideas: format.number(totals.ideas), realised: euros(totals.realisedCents) })
          : t('benefits.summary', {
              ideas: format.number(totals.ideas),
              realised: euros(totals.realisedCents),
              paid: euros(totals.rewardsPaidCents),
              perEuro: euros(totals.realisedPerEuroCents),
            })}
      </p>
      {register.rows.length === 0 ? (
        <p className="mt-4">{t('benefits.empty')}</p>
      ) : (
        <>
          {register.rows.length > shownIdeas && (
            <p className="mt-2 text-muted">{t('benefits.shownFirst', { count: shownIdeas })}</p>
          )}
          {/* Cards up to tablet width: eight columns do not fit a phone without sideways scrolling. */}
          <ul className="mt-4 grid gap-2 lg:hidden" aria-label={t('benefits.tableCaption')}>
            {shown.map(({ row, link, money }) => (
              <li key={row.ideaId} className="rounded border border-line p-3 break-words">
                <p className="font-semibold">{link}</p>
                <p className="text-sm text-muted">
                  {t('benefits.cardLine', { id: String(row.ideaId), date: format.date(row.implementedOn) })}
                </p>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  {moneyColumns.map((column, index) => (
                    <div key={column} className="contents">
                      <dt>{t(`benefits.columns.${column}`)}</dt>
                      <dd className="text-right tabular-nums">{money[index]}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
            <li className="rounded border border-line p-3 font-semibold">
              <p>{t('benefits.totalIdeas', { ideas: totals.ideas })}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {moneyColumns.map((column, index) => (
                  <div key={column} className="contents">
                    <dt>{t(`benefits.columns.${column}`)}</dt>
                    <dd className="text-right tabular-nums">{moneyTotals[index]}</dd>
                  </div>
                ))}
              </dl>
            </li>
          </ul>
          <div className="hidden lg:block">
            <FigureTableView
              region={t('benefits.tableCaption')}
              table={{
                caption: t('benefits.tableCaption'),
                textColumns: [1],
                headers: columns.map((column) => t(`benefits.columns.${column}`)),
                rows: shown.map(({ row, link, money }) => ({
                  key: String(row.ideaId),
                  cells: [format.number(row.ideaId), link, format.date(row.implementedOn), ...money],
                })),
                footer: [t('benefits.total'), format.number(totals.ideas), '', ...moneyTotals],
              }}
            />
          </div>
        </>
      )}
      <NextIntlClientProvider messages={clientMessages(messages, ['reports.export'])}>
        <ExportButtons hrefs={downloadHrefs('benefits', period, locale)} />
      </NextIntlClientProvider>
    </div>
  );
}
