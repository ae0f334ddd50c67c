import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';

interface InsightLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

/** Management insight: only its readers see the section at all (others: not found); each page checks too. */
export default async function InsightLayout({ children, params }: InsightLayoutProps) {
  const { locale } = await checkedParams(params);
  const reader = await getCurrentUser();
  if (!reader) return redirect({ href: '/sign-in', locale });
  if (!can(reader, 'insight.read')) notFound();
  return <div>{children}</div>;
}
