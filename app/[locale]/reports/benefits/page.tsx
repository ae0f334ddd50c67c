import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { FigureTableView } from '@/components/reports/chart-figure';
import { ExportButtons } from '@/components/reports/export-buttons';
import { PeriodFilter } from '@/components/reports/period-filter';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatterFor } from '@/modules/i18n/format';
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
          <FigureTableView
            region={t('benefits.tableCaption')}
            table={{
              caption: t('benefits.tableCaption'),
              textColumns: [1],
              headers: columns.map((column) => t(`benefits.columns.${column}`)),
              rows: register.rows.slice(0, shownIdeas).map((row) => ({
                key: String(row.ideaId),
                cells: [
                  format.number(row.ideaId),
                  row.title,
                  format.date(row.implementedOn),
                  euros(row.ideaEstimateCents),
                  euros(row.evaluationEstimateCents),
                  row.realisedCents === null
                    ? t('none')
                    : `${euros(row.realisedCents)} (${t(row.benefitConfirmed ? 'benefits.confirmed' : 'benefits.unconfirmed')})`,
                  euros(row.rewardsPaidCents),
                  euros(row.realisedPerEuroCents),
                ],
              })),
              footer: [
                t('benefits.total'),
                format.number(totals.ideas),
                '',
                euros(totals.ideaEstimateCents),
                euros(totals.evaluationEstimateCents),
                euros(totals.realisedCents),
                euros(totals.rewardsPaidCents),
                euros(totals.realisedPerEuroCents),
              ],
            }}
          />
        </>
      )}
      <NextIntlClientProvider messages={clientMessages(messages, ['reports.export'])}>
        <ExportButtons hrefs={downloadHrefs('benefits', period, locale)} />
      </NextIntlClientProvider>
    </div>
  );
}
