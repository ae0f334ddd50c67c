import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ExportButtons } from '@/components/reports/export-buttons';
import { ParticipationFigure } from '@/components/reports/participation-figure';
import { PeriodFilter } from '@/components/reports/period-filter';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { MIN_GROUP_SIZE, participation } from '@/modules/reports/participation';
import { parseReportPeriod, queryParams } from '@/modules/reports/period';
import { downloadHrefs, reportMetadata, requireReportReader } from '@/modules/reports/reader';

interface ParticipationReportProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: ParticipationReportProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'charts.participation.title');
}

/** Participation by department, shown only for groups of at least five people. */
export default async function ParticipationReportPage({ params, searchParams }: ParticipationReportProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await requireReportReader(locale);
  // No department filter: narrowing to one department would single its people out.
  const { from, to } = parseReportPeriod(queryParams(await searchParams));
  const period = { from, to };
  const [report, t, messages] = await Promise.all([
    participation(db, period, locale),
    getTranslations('reports.charts'),
    getMessages(),
  ]);
  const format = formatterFor(locale);

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('participation.title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('participation.intro')}</p>
      <PeriodFilter period={period} />
      <p className="mt-3 font-semibold">
        {t('period.shown', { from: format.date(new Date(period.from)), to: format.date(new Date(period.to)) })}
      </p>
      <ParticipationFigure report={report} minGroupSize={MIN_GROUP_SIZE} locale={locale} />
      <NextIntlClientProvider messages={clientMessages(messages, ['reports.export'])}>
        <ExportButtons hrefs={downloadHrefs('participation', period, locale)} />
      </NextIntlClientProvider>
    </div>
  );
}
