import { getTranslations } from 'next-intl/server';
import { PeriodFilter } from '@/components/reports/period-filter';
import { ReportsNav } from '@/components/reports/reports-nav';
import { formatterFor } from '@/modules/i18n/format';
import type { AppLocale } from '@/modules/i18n/locales';
import type { InsightFilter } from '@/modules/reports/insight-filter';

/** The insight views, each with its label under `reports.insight.nav.` (add a line for a new view). */
const views = [
  { href: '/insight', labelKey: 'funnel' },
  { href: '/insight/participation', labelKey: 'participation' },
  { href: '/insight/stages', labelKey: 'stages' },
  { href: '/insight/benefits', labelKey: 'benefits' },
  { href: '/insight/campaigns', labelKey: 'campaigns' },
] as const;

interface InsightHeaderProps {
  locale: AppLocale;
  filter: InsightFilter;
  /** The filter as a query string, carried by the links to the other views. */
  query: string;
  title: string;
  intro: string;
  /** Given when the view can be narrowed to one department. */
  departments?: { id: string; name: string }[];
}

/** A view's menu (carrying the filter from view to view), title, and the period and department it shows. */
export async function InsightHeader({ locale, filter, query, title, intro, departments }: InsightHeaderProps) {
  const t = await getTranslations({ locale, namespace: 'reports' });
  const format = formatterFor(locale);
  return (
    <>
      <ReportsNav
        label={t('insight.nav.label')}
        sections={views.map((view) => ({ href: `${view.href}?${query}`, label: t(`insight.nav.${view.labelKey}`) }))}
      />
      <h1 className="text-3xl font-extrabold text-brand">{title}</h1>
      <p className="mt-2 max-w-prose text-muted">{intro}</p>
      <PeriodFilter period={filter} departments={departments} />
      <p className="mt-3 font-semibold">
        {t('charts.period.shown', { from: format.date(new Date(filter.from)), to: format.date(new Date(filter.to)) })}
      </p>
    </>
  );
}
