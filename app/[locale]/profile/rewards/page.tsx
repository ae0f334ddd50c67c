import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MyRewardItem } from '@/components/rewards/my-reward-item';
import { getCurrentUser } from '@/modules/access/current-user';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { carriesMoney, listMyRewards } from '@/modules/rewards/my-rewards';

interface MyRewardsPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: MyRewardsPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'rewards.mine' });
  return { title: t('title'), robots: { index: false } };
}

/** Omat palkkiot: the reader's own shares, rendered for them on every request (never a stored page). */
export default async function MyRewardsPage({ params }: MyRewardsPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const [t, rewards] = await Promise.all([getTranslations('rewards.mine'), listMyRewards(db, actor)]);
  if (!rewards) notFound();

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 text-muted">{rewards.length > 0 ? t('intro') : t('empty')}</p>
      {/* Tax is said only to someone with money coming: a recognition is not income. */}
      {rewards.some(carriesMoney) && (
        <div className="mt-4 rounded border border-line bg-surface px-3 py-2">
          <p>{t('tax')}</p>
          <p className="mt-1 text-sm text-muted">{t('taxDetail')}</p>
        </div>
      )}
      {rewards.length > 0 && (
        <ul aria-label={t('listLabel')} className="mt-6 grid gap-3">
          {rewards.map((reward) => (
            <MyRewardItem key={reward.caseId} reward={reward} />
          ))}
        </ul>
      )}
    </div>
  );
}
