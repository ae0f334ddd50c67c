import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ExportButtons } from '@/components/reports/export-buttons';
import { clientMessages } from '@/modules/i18n/client-messages';
import type { AppLocale } from '@/modules/i18n/locales';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { insightFilterParams, parseInsightFilter, type InsightFilter } from '@/modules/reports/insight-filter';
import { queryParams } from '@/modules/reports/period';
import { downloadHrefs, requireReportReader } from '@/modules/reports/reader';
import { listDepartments } from '@/modules/users/queries';

// What every insight view does around its own numbers: the reader's right to insight, the filter read
// from the address, the header's departments and the downloads. Each page checks its locale itself
// (page-params.test.ts) and hands it here.

/**
 * Opens a view: its data, loaded for the address's filter alongside the header's departments and
 * the texts (`t` for insight, `charts` for the chart frames), and what the header needs (`header`,
 * spread onto InsightHeader).
 */
export async function openInsightView<Data>(
  locale: AppLocale,
  searchParams: Promise<SearchParams>,
  load: (filter: InsightFilter) => Promise<Data>,
) {
  setRequestLocale(locale);
  await requireReportReader(locale, 'insight.read');
  const filter = parseInsightFilter(queryParams(await searchParams));
  const query = insightFilterParams(filter);
  const [data, departments, t, charts] = await Promise.all([
    load(filter),
    listDepartments(db, locale),
    getTranslations('reports.insight'),
    getTranslations('reports.charts'),
  ]);
  return { data, query, t, charts, header: { locale, filter, query: query.toString(), departments } };
}

/** A view's CSV and XLSX downloads for the same filter. */
export async function InsightDownloads({
  report,
  name,
  query,
  locale,
}: {
  /** The report's id in the registry, e.g. `insight-funnel`. */
  report: string;
  /** The view's title, for the heading "Lataa …". */
  name: string;
  query: URLSearchParams;
  locale: AppLocale;
}) {
  const t = await getTranslations('reports.insight');
  return (
    <NextIntlClientProvider messages={clientMessages(await getMessages(), ['reports.export'])}>
      <ExportButtons heading={t('download', { name })} hrefs={downloadHrefs(report, query, locale)} />
    </NextIntlClientProvider>
  );
}
