import type { Metadata } from 'next';
import { InsightHeader } from '@/components/insight/insight-header';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { compareCampaigns } from '@/modules/reports/insight-campaigns';
import { insightStages } from '@/modules/reports/insight-funnel';
import { reportMetadata } from '@/modules/reports/reader';
import { InsightDownloads, openInsightView } from '../insight-view';

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
  const {
    data: campaigns,
    query,
    t,
    charts,
    header,
  } = await openInsightView(locale, searchParams, (filter) => compareCampaigns(db, filter, locale));
  const format = formatterFor(locale);
  const column = (stage: (typeof insightStages)[number]) =>
    t(`campaigns.columns.${stage === 'submitted' ? 'ideas' : stage}`);

  return (
    <div>
      <InsightHeader {...header} title={t('campaigns.title')} intro={t('campaigns.intro')} />
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
      <InsightDownloads report="insight-campaigns" name={t('campaigns.title')} query={query} locale={locale} />
    </div>
  );
}
