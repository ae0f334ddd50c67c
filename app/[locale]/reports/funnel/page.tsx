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
import { ideaFunnel } from '@/modules/reports/funnel';
import { parseReportPeriod, queryParams } from '@/modules/reports/period';
import { downloadHrefs, reportMetadata, requireReportReader } from '@/modules/reports/reader';
import { listDepartments } from '@/modules/users/queries';

interface FunnelReportProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: FunnelReportProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'charts.funnel.title');
}

/** The idea funnel of a period: sent → published → evaluation → implemented, with conversions. */
export default async function FunnelReportPage({ params, searchParams }: FunnelReportProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await requireReportReader(locale);
  const period = parseReportPeriod(queryParams(await searchParams));
  const [steps, departments, t, messages] = await Promise.all([
    ideaFunnel(db, period),
    listDepartments(db, locale),
    getTranslations('reports.charts'),
    getMessages(),
  ]);
  const format = formatterFor(locale);
  const percent = (basisPoints: number | null) => (basisPoints === null ? t('none') : formatPercent(basisPoints));
  const count = (stage: string) => format.number(steps.find((step) => step.stage === stage)?.count ?? 0);
  const implemented = steps[steps.length - 1]!;

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('funnel.title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('funnel.intro')}</p>
      <PeriodFilter period={period} departments={departments} />
      <p className="mt-3 font-semibold">
        {t('period.shown', { from: format.date(new Date(period.from)), to: format.date(new Date(period.to)) })}
      </p>
      <ChartFigure
        id="funnel"
        heading={t('funnel.heading')}
        summary={t('funnel.summary', {
          submitted: count('submitted'),
          published: count('published'),
          evaluation: count('evaluation'),
          implemented: count('implemented'),
          share: percent(implemented.fromSubmittedBasisPoints),
        })}
        tableToggle={t('showTable')}
        tableRegion={t('tableRegion', { name: t('funnel.heading') })}
        table={{
          caption: t('funnel.heading'),
          headers: [
            t('funnel.columns.stage'),
            t('funnel.columns.count'),
            t('funnel.columns.fromPrevious'),
            t('funnel.columns.fromSubmitted'),
          ],
          rows: steps.map((step) => ({
            key: step.stage,
            cells: [
              t(`funnel.stages.${step.stage}`),
              format.number(step.count),
              percent(step.fromPreviousBasisPoints),
              percent(step.fromSubmittedBasisPoints),
            ],
          })),
        }}
      >
        <ChartBars
          unit="count"
          orientation="bars"
          series={[{ key: 'count', label: t('funnel.columns.count') }]}
          rows={steps.map((step) => ({ label: t(`funnel.stages.${step.stage}`), values: { count: step.count } }))}
        />
      </ChartFigure>
      <NextIntlClientProvider messages={clientMessages(messages, ['reports.export'])}>
        <ExportButtons hrefs={downloadHrefs('funnel', period, locale)} />
      </NextIntlClientProvider>
    </div>
  );
}
