import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/modules/access/current-user';
import { can, type Actor } from '@/modules/access/permissions';
import type { ExportableReport } from './registry';
import type { AppLocale } from '@/modules/i18n/locales';
import { redirect } from '@/modules/i18n/navigation';
import { reportPeriodParams, type ReportPeriod } from './period';

/** Who reads a report page: HR's reports, or management insight. */
type ReaderPermission = ExportableReport['permission'];

/** The reader of a report page: signed in (else to sign-in) and holding the permission (else not found). */
export async function requireReportReader(
  locale: AppLocale,
  permission: ReaderPermission = 'report.hr.read',
): Promise<Actor> {
  const reader = await getCurrentUser();
  if (!reader) return redirect({ href: '/sign-in', locale });
  if (!can(reader, permission)) notFound();
  return reader;
}

/** The page's title only for readers of the report: to anyone else the page does not exist, not even by name. */
export async function reportMetadata(
  locale: AppLocale,
  titleKey: string,
  permission: ReaderPermission = 'report.hr.read',
): Promise<Metadata> {
  if (!can(await getCurrentUser(), permission)) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'reports' });
  return { title: t(titleKey as 'nav.label'), robots: { index: false } };
}

/** The download addresses of report `id` for the same filter as the page. */
export function downloadHrefs(id: string, filter: ReportPeriod | URLSearchParams, locale: AppLocale) {
  const params = filter instanceof URLSearchParams ? filter : reportPeriodParams(filter);
  const href = (format: 'csv' | 'xlsx') =>
    `/api/reports/${id}?${new URLSearchParams([...params, ['format', format], ['locale', locale]])}`;
  return { csv: href('csv'), xlsx: href('xlsx') };
}
