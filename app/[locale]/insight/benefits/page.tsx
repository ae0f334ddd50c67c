import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { InsightHeader } from '@/components/insight/insight-header';
import { ExportButtons } from '@/components/reports/export-buttons';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { shortMonthName } from '@/components/reports/chart-text';
import { formatterFor } from '@/modules/i18n/format';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { benefitsRegister } from '@/modules/reports/benefits';
import { benefitsByMonth } from '@/modules/reports/insight-benefits';
import { insightFilterParams, parseInsightFilter } from '@/modules/reports/insight-filter';
import { queryParams } from '@/modules/reports/period';
import { downloadHrefs, reportMetadata, requireReportReader } from '@/modules/reports/reader';
import { listDepartments } from '@/modules/users/queries';

interface InsightBenefitsProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: InsightBenefitsProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'insight.benefits.title', 'insight.read');
}

/** Ideas implemented in the period and their realised savings, by month (HR's benefits register). */
export default async function InsightBenefitsPage({ params, searchParams }: InsightBenefitsProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await requireReportReader(locale, 'insight.read');
  const filter = parseInsightFilter(queryParams(await searchParams));
  const query = insightFilterParams(filter);
  const [register, departments, t, charts] = await Promise.all([
    benefitsRegister(db, filter),
    listDepartments(db, locale),
    getTranslations('reports.insight'),
    getTranslations('reports.charts'),
  ]);
  const format = formatterFor(locale);
  const euros = (cents: number) => format.euros(Math.round(cents / 100));
  const months = benefitsByMonth(register.rows);
  const monthName = (month: string) => shortMonthName(locale, new Date(`${month}-01T00:00:00Z`));

  return (
    <div>
      <InsightHeader
        locale={locale}
        filter={filter}
        query={query.toString()}
        title={t('benefits.title')}
        intro={t('benefits.intro')}
        departments={departments}
      />
      <ChartFigure
        id="insight-benefits"
        heading={t('benefits.heading')}
        summary={t('benefits.summary', {
          ideas: register.totals.ideas,
          realised: euros(register.totals.realisedCents),
        })}
        tableToggle={charts('showTable')}
        tableRegion={charts('tableRegion', { name: t('benefits.heading') })}
        table={{
          caption: t('benefits.heading'),
          headers: [t('benefits.columns.month'), t('benefits.columns.ideas'), t('benefits.columns.realised')],
          rows: months.map((row) => ({
            key: row.month,
            cells: [monthName(row.month), format.number(row.ideas), euros(row.realisedCents)],
          })),
          footer: [t('funnel.total'), format.number(register.totals.ideas), euros(register.totals.realisedCents)],
        }}
      >
        <ChartBars
          unit="cents"
          series={[{ key: 'realised', label: t('benefits.series.realised') }]}
          rows={months.map((row) => ({ label: monthName(row.month), values: { realised: row.realisedCents } }))}
        />
      </ChartFigure>
      <NextIntlClientProvider messages={clientMessages(await getMessages(), ['reports.export'])}>
        <ExportButtons
          heading={t('download', { name: t('benefits.title') })}
          hrefs={downloadHrefs('insight-benefits', query, locale)}
        />
      </NextIntlClientProvider>
    </div>
  );
}
