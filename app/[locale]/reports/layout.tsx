import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ReportsNav } from '@/components/reports/reports-nav';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';

/** The reports, each with its label under `reports.nav.` (add a line for a new report page). */
const sections = [
  { href: '/reports', labelKey: 'overview' },
  { href: '/reports/ledger', labelKey: 'ledger' },
  { href: '/reports/rewards', labelKey: 'rewards' },
  { href: '/reports/funnel', labelKey: 'funnel' },
  { href: '/reports/participation', labelKey: 'participation' },
  { href: '/reports/benefits', labelKey: 'benefits' },
  { href: '/reports/budgets', labelKey: 'budgets' },
] as const;

interface ReportsLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

/** HR's reports. Only readers of HR reports see the section at all (others: not found); each page checks too. */
export default async function ReportsLayout({ children, params }: ReportsLayoutProps) {
  const { locale } = await checkedParams(params);
  const reader = await getCurrentUser();
  if (!reader) return redirect({ href: '/sign-in', locale });
  if (!can(reader, 'report.hr.read')) notFound();
  const t = await getTranslations({ locale, namespace: 'reports.nav' });
  return (
    <div>
      <ReportsNav
        label={t('label')}
        sections={sections.map((section) => ({ href: section.href, label: t(section.labelKey) }))}
      />
      {children}
    </div>
  );
}
