import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { InsightHeader } from '@/components/insight/insight-header';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { ExportButtons } from '@/components/reports/export-buttons';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { compareCampaigns } from '@/modules/reports/insight-campaigns';
import { insightFilterParams, parseInsightFilter } from '@/modules/reports/insight-filter';
import { insightStages } from '@/modules/reports/insight-funnel';
import { queryParams } from '@/modules/reports/period';
import { downloadHrefs, reportMetadata, requireReportReader } from '@/modules/reports/reader';
import { listDepartments } from '@/modules/users/queries';

interface InsightCampaignsProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: InsightCampaignsProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'insight.campaigns.title', 'insight.read');
}

/** The campaigns open in the period side by side: their ideas through the funnel and their participants. */
export default async function InsightCampaignsPage({ params, searchParams }: InsightCampaignsProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await requireReportReader(locale, 'insight.read');
  const filter = parseInsightFilter(queryParams(await searchParams));
  const query = insightFilterParams(filter);
  const [campaigns, departments, t, charts] = await Promise.all([
    compareCampaigns(db, filter, locale),
    listDepartments(db, locale),
    getTranslations('reports.insight'),
    getTranslations('reports.charts'),
  ]);
  const format = formatterFor(locale);
  const column = (stage: (typeof insightStages)[number]) =>
    t(`campaigns.columns.${stage === 'submitted' ? 'ideas' : stage}`);

  return (
    <div>
      <InsightHeader
        locale={locale}
        filter={filter}
        query={query.toString()}
        title={t('campaigns.title')}
        intro={t('campaigns.intro')}
        departments={departments}
      />
      <ChartFigure
        id="insight-campaigns"
        heading={t('campaigns.heading')}
        summary={t('campaigns.summary', { count: campaigns.length })}
        tableToggle={charts('showTable')}
        tableRegion={charts('tableRegion', { name: t('campaigns.heading') })}
        table={{
          caption: t('campaigns.heading'),
          headers: [t('campaigns.columns.campaign'), ...insightStages.map(column), t('campaigns.columns.participants')],
          rows: campaigns.map((campaign) => ({
            key: campaign.id,
            cells: [
              `${campaign.title} (${format.date(campaign.opensAt)}–${format.date(campaign.closesAt)})`,
              ...insightStages.map((stage) => format.number(campaign.counts[stage])),
              format.number(campaign.participants),
            ],
          })),
        }}
      >
        <ChartBars
          unit="count"
          orientation="bars"
          series={(['submitted', 'candidate', 'implemented'] as const).map((stage) => ({
            key: stage,
            label: column(stage),
          }))}
          rows={campaigns.map((campaign) => ({ label: campaign.title, values: campaign.counts }))}
        />
      </ChartFigure>
      <NextIntlClientProvider messages={clientMessages(await getMessages(), ['reports.export'])}>
        <ExportButtons
          heading={t('download', { name: t('campaigns.title') })}
          hrefs={downloadHrefs('insight-campaigns', query, locale)}
        />
      </NextIntlClientProvider>
    </div>
  );
}
