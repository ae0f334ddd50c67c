import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InsightHeader } from '@/components/insight/insight-header';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { overdueCounts, timeInStages } from '@/modules/reports/insight-stages';
import { reportMetadata } from '@/modules/reports/reader';
import { InsightDownloads, openInsightView } from '../insight-view';

interface InsightStagesProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: InsightStagesProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'insight.stages.title', 'insight.read');
}

const day = 86_400;

/** Time in each stage (median and 90th percentile) and what is late now. */
export default async function InsightStagesPage({ params, searchParams }: InsightStagesProps) {
  const { locale } = await checkedParams(params);
  const { data, query, charts, header } = await openInsightView(locale, searchParams, (filter) =>
    Promise.all([timeInStages(db, filter), overdueCounts(db, filter)]),
  );
  const [stages, overdue] = data;
  const t = await getTranslations('reports.insight.stages');
  const format = formatterFor(locale);
  // Under two days in hours, else in days with one decimal.
  const duration = (seconds: number | null) =>
    seconds === null
      ? '–'
      : seconds < 2 * day
        ? t('hours', { count: Math.round(seconds / 3600) })
        : t('days', { days: format.number(Math.round((seconds / day) * 10) / 10) });
  const days = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / day) * 10) / 10);

  return (
    <div>
      <InsightHeader {...header} title={t('title')} intro={t('intro')} />
      <ChartFigure
        id="insight-stages"
        heading={t('heading')}
        summary={t('summary')}
        tableToggle={charts('showTable')}
        tableRegion={charts('tableRegion', { name: t('heading') })}
        table={{
          caption: t('heading'),
          headers: [
            t('columns.stage'),
            t('columns.ideas'),
            t('columns.median'),
            t('columns.p90'),
            t('columns.stillThere'),
          ],
          rows: stages.map((row) => ({
            key: row.stage,
            cells: [
              t(`names.${row.stage}`),
              format.number(row.ideas),
              duration(row.medianSeconds),
              duration(row.p90Seconds),
              format.number(row.stillThere),
            ],
          })),
        }}
      >
        <ChartBars
          unit="count"
          orientation="bars"
          series={[
            { key: 'median', label: `${t('medianLabel')} (${t('chartUnit')})` },
            { key: 'p90', label: `${t('p90Label')} (${t('chartUnit')})` },
          ]}
          rows={stages.map((row) => ({
            label: t(`names.${row.stage}`),
            values: { median: days(row.medianSeconds), p90: days(row.p90Seconds) },
          }))}
        />
      </ChartFigure>
      <section aria-labelledby="overdue-heading" className="mt-8">
        <h2 id="overdue-heading" className="text-xl font-bold">
          {t('overdue.heading')}
        </h2>
        <p className="mt-2 max-w-prose text-muted">{t('overdue.intro')}</p>
        <ul className="mt-3 grid max-w-prose list-disc gap-2 pl-6">
          <li>{t('overdue.moderation', { count: overdue.moderation, hours: overdue.moderationHours })}</li>
          <li>{t('overdue.evaluations', { count: overdue.evaluations })}</li>
          <li>{t('overdue.work', { count: overdue.work })}</li>
        </ul>
      </section>
      <InsightDownloads report="insight-stages" name={t('title')} query={query} locale={locale} />
    </div>
  );
}
