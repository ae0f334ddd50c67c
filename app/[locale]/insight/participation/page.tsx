import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { InsightHeader } from '@/components/insight/insight-header';
import { ExportButtons } from '@/components/reports/export-buttons';
import { ParticipationFigure } from '@/components/reports/participation-figure';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { insightFilterParams, parseInsightFilter } from '@/modules/reports/insight-filter';
import { MIN_GROUP_SIZE, participation } from '@/modules/reports/participation';
import { queryParams } from '@/modules/reports/period';
import { downloadHrefs, reportMetadata, requireReportReader } from '@/modules/reports/reader';
import { listDepartments } from '@/modules/users/queries';

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
  setRequestLocale(locale);
  await requireReportReader(locale, 'insight.read');
  // The department is kept for the other views; it does not narrow this one, which would single people out.
  const filter = parseInsightFilter(queryParams(await searchParams));
  const query = insightFilterParams(filter);
  const [report, departments, t] = await Promise.all([
    participation(db, filter, locale),
    listDepartments(db, locale),
    getTranslations('reports.insight'),
  ]);
  return (
    <div>
      <InsightHeader
        locale={locale}
        filter={filter}
        query={query.toString()}
        title={t('participation.title')}
        intro={t('participation.intro')}
        departments={departments}
      />
      <ParticipationFigure report={report} minGroupSize={MIN_GROUP_SIZE} locale={locale} />
      <NextIntlClientProvider messages={clientMessages(await getMessages(), ['reports.export'])}>
        <ExportButtons
          heading={t('download', { name: t('participation.title') })}
          hrefs={downloadHrefs('insight-participation', query, locale)}
        />
      </NextIntlClientProvider>
    </div>
  );
}
