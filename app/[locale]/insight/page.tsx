import type { Metadata } from 'next';
import { InsightHeader } from '@/components/insight/insight-header';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { formatPercent } from '@/components/reports/chart-text';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { insightFunnel, insightStages, type FunnelCounts } from '@/modules/reports/insight-funnel';
import { reportMetadata } from '@/modules/reports/reader';
import { InsightDownloads, openInsightView } from './insight-view';

/** A phone has room for three bars per department; the table has every stage. */
const departmentSeries = ['submitted', 'candidate', 'implemented'] as const;

interface InsightFunnelProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: InsightFunnelProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'insight.funnel.title', 'insight.read');
}

/** The funnel: submitted → published → candidate → accelerator → implemented, in total and by department. */
export default async function InsightFunnelPage({ params, searchParams }: InsightFunnelProps) {
  const { locale } = await checkedParams(params);
  const {
    data: funnel,
    query,
    t,
    charts,
    header,
  } = await openInsightView(locale, searchParams, (filter) => insightFunnel(db, filter, locale));
  const format = formatterFor(locale);
  const percent = (basisPoints: number | null) => (basisPoints === null ? '–' : formatPercent(basisPoints));
  const stageName = (stage: (typeof insightStages)[number]) => t(`funnel.stages.${stage}`);
  const countCells = (row: FunnelCounts) =>
    insightStages.map((stage, index) =>
      index === 0
        ? format.number(row.counts[stage])
        : `${format.number(row.counts[stage])} (${percent(row.conversion[stage])})`,
    );
  const { total } = funnel;

  return (
    <div>
      <InsightHeader {...header} title={t('funnel.title')} intro={t('funnel.intro')} />
      <ChartFigure
        id="insight-funnel"
        heading={t('funnel.heading')}
        summary={t('funnel.summary', {
          submitted: format.number(total.counts.submitted),
          published: format.number(total.counts.published),
          candidate: format.number(total.counts.candidate),
          accelerator: format.number(total.counts.accelerator),
          implemented: format.number(total.counts.implemented),
        })}
        tableToggle={charts('showTable')}
        tableRegion={charts('tableRegion', { name: t('funnel.heading') })}
        table={{
          caption: t('funnel.heading'),
          headers: [t('funnel.columns.stage'), t('funnel.columns.count'), t('funnel.columns.conversion')],
          rows: insightStages.map((stage) => ({
            key: stage,
            cells: [stageName(stage), format.number(total.counts[stage]), percent(total.conversion[stage])],
          })),
        }}
      >
        <ChartBars
          unit="count"
          orientation="bars"
          series={[{ key: 'count', label: t('funnel.columns.count') }]}
          rows={insightStages.map((stage) => ({ label: stageName(stage), values: { count: total.counts[stage] } }))}
        />
      </ChartFigure>
      <ChartFigure
        id="insight-funnel-departments"
        heading={t('funnel.byDepartment')}
        summary={t('funnel.byDepartmentSummary', { count: funnel.departments.length })}
        tableToggle={charts('showTable')}
        tableRegion={charts('tableRegion', { name: t('funnel.byDepartment') })}
        table={{
          caption: t('funnel.byDepartment'),
          headers: [t('funnel.columns.department'), ...insightStages.map(stageName)],
          rows: funnel.departments.map((row) => ({
            key: row.departmentId,
            cells: [row.departmentName, ...countCells(row)],
          })),
          footer: [t('funnel.total'), ...countCells(total)],
        }}
      >
        <ChartBars
          unit="count"
          orientation="bars"
          series={departmentSeries.map((stage) => ({ key: stage, label: stageName(stage) }))}
          rows={funnel.departments.map((row) => ({ label: row.departmentName, values: row.counts }))}
        />
      </ChartFigure>
      <p className="mt-4 max-w-prose rounded border-l-4 border-brand bg-surface p-3">{t('funnel.departmentsNote')}</p>
      <InsightDownloads report="insight-funnel" name={t('funnel.title')} query={query} locale={locale} />
    </div>
  );
}
