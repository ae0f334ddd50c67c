import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseFiltersForm, CaseList, CasePages, CaseTotals } from '@/components/rewards/case-list';
import { getCurrentUser } from '@/modules/access/current-user';
import { can, holdsSomewhere } from '@/modules/access/permissions';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { RewardKind, RewardStatus } from '@/modules/platform/db/generated/enums';
import { caseFiltersFrom, listRewardCases } from '@/modules/rewards/cases';

interface CasesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The title only for those who may list cases: to anyone else the page does not exist. */
export async function generateMetadata({ params }: CasesPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const actor = await getCurrentUser();
  if (!holdsSomewhere(actor, 'reward.decide') && !holdsSomewhere(actor, 'reward.endorse'))
    return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'rewards.cases' });
  return { title: can(actor, 'reward.decide') ? t('title') : t('titleEndorser'), robots: { index: false } };
}

/** Reward cases: HR's every case, a manager's their departments' to endorse; filters in the address. */
export default async function CasesPage({ params, searchParams }: CasesPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const filters = caseFiltersFrom(await searchParams);
  const list = await listRewardCases(db, actor, filters, locale);
  if (!list) notFound();
  const t = await getTranslations('rewards.cases');
  const hr = list.scope === 'hr';
  return (
    <div className="max-w-6xl">
      <h1 className="text-3xl font-extrabold text-brand">{hr ? t('title') : t('titleEndorser')}</h1>
      <p className="mt-2 max-w-prose">{hr ? t('intro') : t('introEndorser')}</p>
      <CaseFiltersForm
        filters={filters}
        list={list}
        statuses={Object.values(RewardStatus)}
        kinds={Object.values(RewardKind)}
      />
      <CaseTotals list={list} />
      <CaseList list={list} />
      <CasePages filters={filters} list={list} />
    </div>
  );
}
