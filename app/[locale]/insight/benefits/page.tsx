import type { Metadata } from 'next';
import { InsightHeader } from '@/components/insight/insight-header';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { shortMonthName } from '@/components/reports/chart-text';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { benefitsRegister } from '@/modules/reports/benefits';
import { benefitsByMonth } from '@/modules/reports/insight-benefits';
import { reportMetadata } from '@/modules/reports/reader';
import { InsightDownloads, openInsightView } from '../insight-view';

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
  const {
    data: register,
    query,
    t,
    charts,
    header,
  } = await openInsightView(locale, searchParams, (filter) => benefitsRegister(db, filter));
  const format = formatterFor(locale);
  const euros = (cents: number) => format.euros(Math.round(cents / 100));
  const months = benefitsByMonth(register.rows);
  const monthName = (month: string) => shortMonthName(locale, new Date(`${month}-01T00:00:00Z`));

  return (
    <div>
      <InsightHeader {...header} title={t('benefits.title')} intro={t('benefits.intro')} />
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
      <InsightDownloads report="insight-benefits" name={t('benefits.title')} query={query} locale={locale} />
    </div>
  );
}
