import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { shortMonthName } from '@/components/reports/chart-text';
import { ExportButtons } from '@/components/reports/export-buttons';
import { PeriodFilter } from '@/components/reports/period-filter';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { parseReportPeriod, queryParams } from '@/modules/reports/period';
import { downloadHrefs, reportMetadata, requireReportReader } from '@/modules/reports/reader';
import { rewardsByDepartment } from '@/modules/reports/rewards-by-department';
import { monthName, rewardsByMonth } from '@/modules/reports/rewards-by-month';
import { listDepartments } from '@/modules/users/queries';

interface RewardsReportProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: RewardsReportProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'charts.rewards.title');
}

/** Rewards in euros per month and per department, decided and paid, for HR. */
export default async function RewardsReportPage({ params, searchParams }: RewardsReportProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  await requireReportReader(locale);
  const period = parseReportPeriod(queryParams(await searchParams));
  const [months, departments, departmentList, t, messages] = await Promise.all([
    rewardsByMonth(db, period),
    rewardsByDepartment(db, period, locale),
    listDepartments(db, locale),
    getTranslations('reports.charts'),
    getMessages(),
  ]);
  const format = formatterFor(locale);
  const euros = (cents: number) => format.euros(cents / 100);
  const series = [
    { key: 'decided', label: t('byMonth.columns.decided') },
    { key: 'paid', label: t('byMonth.columns.paid') },
  ];
  const decided = months.reduce((sum, row) => sum + row.decidedCents, 0);
  const paid = months.reduce((sum, row) => sum + row.paidCents, 0);
  const topMonth = months.reduce((top, row) => (row.decidedCents > top.decidedCents ? row : top), months[0]!);
  const departmentLabel = (name: string | null) => name ?? t('noDepartment');
  const decidedDepartments = departments.filter((row) => row.decidedCents > 0);
  const topDepartment = decidedDepartments.reduce<(typeof departments)[number] | undefined>(
    (top, row) => (!top || row.decidedCents > top.decidedCents ? row : top),
    undefined,
  );
  const exportMessages = clientMessages(messages, ['reports.export']);

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('rewards.title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('rewards.intro')}</p>
      <PeriodFilter period={period} departments={departmentList} />
      <p className="mt-3 font-semibold">
        {t('period.shown', { from: format.date(new Date(period.from)), to: format.date(new Date(period.to)) })}
      </p>

      <ChartFigure
        id="rewards-by-month"
        heading={t('byMonth.heading')}
        summary={
          decided + paid > 0
            ? t('byMonth.summary', {
                decided: euros(decided),
                paid: euros(paid),
                month: monthName(locale, topMonth.month),
                amount: euros(topMonth.decidedCents),
              })
            : t('byMonth.summaryEmpty')
        }
        tableToggle={t('showTable')}
        tableRegion={t('tableRegion', { name: t('byMonth.heading') })}
        table={{
          caption: t('byMonth.heading'),
          headers: [t('byMonth.columns.month'), t('byMonth.columns.decided'), t('byMonth.columns.paid')],
          rows: months.map((row) => ({
            key: row.month.toISOString(),
            cells: [monthName(locale, row.month), euros(row.decidedCents), euros(row.paidCents)],
          })),
          footer: [t('total'), euros(decided), euros(paid)],
        }}
      >
        <ChartBars
          unit="cents"
          series={series}
          rows={months.map((row) => ({
            label: shortMonthName(locale, row.month),
            values: { decided: row.decidedCents, paid: row.paidCents },
          }))}
        />
      </ChartFigure>
      <NextIntlClientProvider messages={exportMessages}>
        <ExportButtons
          heading={t('download', { name: t('byMonth.heading') })}
          hrefs={downloadHrefs('rewards-by-month', period, locale)}
        />
      </NextIntlClientProvider>

      <ChartFigure
        id="rewards-by-department"
        heading={t('byDepartment.heading')}
        summary={
          topDepartment
            ? t('byDepartment.summary', {
                department: departmentLabel(topDepartment.departmentName),
                amount: euros(topDepartment.decidedCents),
                count: decidedDepartments.length,
              })
            : t('byDepartment.summaryEmpty')
        }
        tableToggle={t('showTable')}
        tableRegion={t('tableRegion', { name: t('byDepartment.heading') })}
        table={{
          caption: t('byDepartment.heading'),
          headers: [
            t('byDepartment.columns.department'),
            t('byDepartment.columns.decided'),
            t('byDepartment.columns.paid'),
          ],
          rows: departments.map((row) => ({
            key: row.departmentId ?? 'none',
            cells: [departmentLabel(row.departmentName), euros(row.decidedCents), euros(row.paidCents)],
          })),
        }}
      >
        <ChartBars
          unit="cents"
          orientation="bars"
          series={series}
          rows={departments
            .filter((row) => row.decidedCents > 0 || row.paidCents > 0)
            .map((row) => ({
              label: departmentLabel(row.departmentName),
              values: { decided: row.decidedCents, paid: row.paidCents },
            }))}
        />
      </ChartFigure>
      <NextIntlClientProvider messages={exportMessages}>
        <ExportButtons
          heading={t('download', { name: t('byDepartment.heading') })}
          hrefs={downloadHrefs('rewards-by-department', period, locale)}
        />
      </NextIntlClientProvider>
    </div>
  );
}
