import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { BudgetForm } from '@/components/reports/budget-form';
import { ChartBars } from '@/components/reports/chart-bars';
import { ChartFigure } from '@/components/reports/chart-figure';
import { ExportButtons } from '@/components/reports/export-buttons';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { formatterFor } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { budgetYear, parseBudgetYear, type DepartmentBudget } from '@/modules/reports/budgets';
import { queryParams } from '@/modules/reports/period';
import { downloadHrefs, reportMetadata, requireReportReader } from '@/modules/reports/reader';
import { listDepartments } from '@/modules/users/queries';

interface BudgetsReportProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: BudgetsReportProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  return reportMetadata(locale, 'budgets.title');
}

const field = 'mt-1 min-h-11 w-28 rounded border border-line bg-white px-2 font-normal';

/** Each department's reward budget for a year: budget, used, proposed, left; and setting one. */
export default async function BudgetsReportPage({ params, searchParams }: BudgetsReportProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const reader = await requireReportReader(locale);
  const year = parseBudgetYear(queryParams(await searchParams));
  const [report, departments, t, charts, messages] = await Promise.all([
    budgetYear(db, year, locale),
    listDepartments(db, locale),
    getTranslations('reports.budgets'),
    getTranslations('reports.charts'),
    getMessages(),
  ]);
  const format = formatterFor(locale);
  const euros = (cents: number | null) => (cents === null ? t('notSet') : format.euros(cents / 100));
  const name = (row: DepartmentBudget) => row.departmentName ?? charts('noDepartment');
  const { totals } = report;
  const columns = ['budget', 'used', 'proposed', 'left', 'leftAfterProposed'] as const;
  const cells = (row: Omit<DepartmentBudget, 'departmentId' | 'departmentName'>) => [
    euros(row.budgetCents),
    euros(row.usedCents),
    euros(row.proposedCents),
    euros(row.leftCents),
    euros(row.leftAfterProposedCents),
  ];
  const heading = t('heading', { year });

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-muted">{t('intro')}</p>
      <form method="get" role="search" aria-label={t('year')} className="mt-4 flex flex-wrap items-end gap-3">
        <div className="flex flex-col font-semibold">
          <label htmlFor="budgets-shown-year">{t('year')}</label>
          <input
            id="budgets-shown-year"
            name="year"
            type="text"
            inputMode="numeric"
            defaultValue={String(year)}
            className={field}
          />
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('show')}
        </button>
      </form>
      <ChartFigure
        id="budgets"
        heading={heading}
        summary={
          totals.budgetCents === null
            ? t('summaryNone', { year, used: euros(totals.usedCents), proposed: euros(totals.proposedCents) })
            : t('summary', {
                year,
                budget: euros(totals.budgetCents),
                used: euros(totals.usedCents),
                proposed: euros(totals.proposedCents),
                left: euros(totals.leftCents),
              })
        }
        tableToggle={charts('showTable')}
        tableRegion={charts('tableRegion', { name: heading })}
        table={{
          caption: heading,
          headers: [t('columns.department'), ...columns.map((column) => t(`columns.${column}`))],
          rows: report.rows.map((row) => ({ key: row.departmentId ?? 'none', cells: [name(row), ...cells(row)] })),
          footer: [t('total'), ...cells(totals)],
        }}
      >
        <ChartBars
          unit="cents"
          orientation="bars"
          series={(['budget', 'used', 'proposed'] as const).map((column) => ({
            key: column,
            label: t(`columns.${column}`),
          }))}
          rows={report.rows
            .filter((row) => row.budgetCents !== null || row.usedCents > 0 || row.proposedCents > 0)
            .map((row) => ({
              label: name(row),
              values: { budget: row.budgetCents, used: row.usedCents, proposed: row.proposedCents },
            }))}
        />
      </ChartFigure>
      <NextIntlClientProvider messages={clientMessages(messages, ['reports.export'])}>
        <ExportButtons hrefs={downloadHrefs('budgets', new URLSearchParams({ year: String(year) }), locale)} />
      </NextIntlClientProvider>
      {can(reader, 'reward.rules.manage') && (
        <NextIntlClientProvider
          messages={clientMessages(messages, [
            'reports.budgets.form',
            'reports.budgets.saved',
            'reports.budgets.errors',
            'errors',
            'validation',
            'forms',
          ])}
        >
          <BudgetForm departments={departments} year={year} />
        </NextIntlClientProvider>
      )}
    </div>
  );
}
