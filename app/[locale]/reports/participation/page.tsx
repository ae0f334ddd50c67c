import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { formatPercent } from '@/components/reports/chart-text';
import { ExportButtons } from '@/components/reports/export-buttons';
import { PeriodFilter } from '@/components/reports/period-filter';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { MIN_GROUP_SIZE, participation, participationShare } from '@/modules/reports/participation';
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

const activities = ['posted', 'voted', 'commented', 'active'] as const;

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
  const percent = (basisPoints: number | null) => (basisPoints === null ? t('none') : formatPercent(basisPoints));
  const name = (departmentName: string | null) => departmentName ?? t('participation.smallGroups');
  const { total } = report;

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('participation.title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('participation.intro')}</p>
      <PeriodFilter period={period} />
      <p className="mt-3 font-semibold">
        {t('period.shown', { from: format.date(new Date(period.from)), to: format.date(new Date(period.to)) })}
      </p>
      <div className="mt-4 max-w-prose rounded border-l-4 border-brand bg-surface p-3">
        <p>{t('participation.kRule', { min: MIN_GROUP_SIZE })}</p>
        {report.mergedDepartments > 0 && !report.smallGroupsHidden && (
          <p className="mt-2">{t('participation.merged', { count: report.mergedDepartments })}</p>
        )}
        {report.smallGroupsHidden && (
          <p className="mt-2">{t('participation.hidden', { count: report.mergedDepartments, min: MIN_GROUP_SIZE })}</p>
        )}
      </div>
      <ChartFigure
        id="participation"
        heading={t('participation.heading')}
        summary={
          total.staff > 0
            ? t('participation.summary', {
                staff: format.number(total.staff),
                active: percent(participationShare(total, 'active')),
                posted: percent(participationShare(total, 'posted')),
                voted: percent(participationShare(total, 'voted')),
                commented: percent(participationShare(total, 'commented')),
              })
            : t('participation.summaryEmpty')
        }
        tableToggle={t('showTable')}
        tableRegion={t('tableRegion', { name: t('participation.heading') })}
        table={{
          caption: t('participation.heading'),
          headers: [
            t('participation.columns.department'),
            t('participation.columns.staff'),
            ...activities.map((activity) => t(`participation.columns.${activity}`)),
          ],
          rows: report.groups.map((group) => ({
            key: group.departmentId ?? 'small-groups',
            cells: [
              name(group.departmentName),
              format.number(group.staff),
              ...activities.map((activity) => percent(participationShare(group, activity))),
            ],
          })),
          footer: [
            t('participation.total'),
            format.number(total.staff),
            ...activities.map((activity) => percent(participationShare(total, activity))),
          ],
        }}
      >
        <ChartBars
          unit="basisPoints"
          orientation="bars"
          series={activities.map((activity) => ({ key: activity, label: t(`participation.columns.${activity}`) }))}
          rows={report.groups.map((group) => ({
            label: name(group.departmentName),
            values: Object.fromEntries(activities.map((activity) => [activity, participationShare(group, activity)])),
          }))}
        />
      </ChartFigure>
      <NextIntlClientProvider messages={clientMessages(messages, ['reports.export'])}>
        <ExportButtons hrefs={downloadHrefs('participation', period, locale)} />
      </NextIntlClientProvider>
    </div>
  );
}
