import type { Metadata } from 'next';
import { InsightHeader } from '@/components/insight/insight-header';
import { ParticipationFigure } from '@/components/reports/participation-figure';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { MIN_GROUP_SIZE, participation } from '@/modules/reports/participation';
import { reportMetadata } from '@/modules/reports/reader';
import { InsightDownloads, openInsightView } from '../insight-view';

interface InsightParticipationProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: InsightParticipationProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'insight.participation.title', 'insight.read');
}

/** HR's participation by department (groups under five people hidden), for management. */
export default async function InsightParticipationPage({ params, searchParams }: InsightParticipationProps) {
  const { locale } = await checkedParams(params);
  // The department is kept for the other views; it does not narrow this one, which would single people out.
  const {
    data: report,
    query,
    t,
    header,
  } = await openInsightView(locale, searchParams, (filter) => participation(db, filter, locale));
  return (
    <div>
      <InsightHeader {...header} title={t('participation.title')} intro={t('participation.intro')} />
      <ParticipationFigure report={report} minGroupSize={MIN_GROUP_SIZE} locale={locale} />
      <InsightDownloads report="insight-participation" name={t('participation.title')} query={query} locale={locale} />
    </div>
  );
}
