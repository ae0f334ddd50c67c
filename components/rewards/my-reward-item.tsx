import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import { ideaPath } from '@/modules/ideas/slug';
import type { MyReward } from '@/modules/rewards/my-rewards';

/** One of the reader's own reward shares: the idea, kind and status in words, their own amount. */
export function MyRewardItem({ reward }: { reward: MyReward }) {
  const t = useTranslations('rewards.mine');
  const format = useFormat();
  const recognition = reward.kind === 'RECOGNITION';

  return (
    <li className="rounded-lg border border-line bg-white p-4">
      <h2 className="text-lg font-bold">
        <Link href={ideaPath(reward.idea)} className="text-brand underline underline-offset-4">
          {reward.idea.title}
        </Link>
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t('kind')}</dt>
        <dd>{t(`kinds.${reward.kind}`)}</dd>
        <dt className="font-semibold">{t('status')}</dt>
        <dd>{t('statusOn', { status: t(`statuses.${reward.status}`), date: format.date(reward.lastStepAt) })}</dd>
        <dt className="font-semibold">{t('amount')}</dt>
        <dd>{recognition ? t('noMoney') : format.euros(reward.amountCents / 100)}</dd>
        {reward.shared && (
          <>
            <dt className="font-semibold">{t('share')}</dt>
            <dd>
              {format.number(reward.shareBasisPoints / 100)} % <span className="text-muted">{t('sharedNote')}</span>
            </dd>
          </>
        )}
        {reward.decisionNumber && (
          <>
            <dt className="font-semibold">{t('decision')}</dt>
            <dd>
              {reward.decisionDate
                ? t('decisionValue', { number: reward.decisionNumber, date: format.date(reward.decisionDate) })
                : reward.decisionNumber}
            </dd>
          </>
        )}
        {reward.paidOn && (
          <>
            <dt className="font-semibold">{t('paidOn')}</dt>
            <dd>{format.date(reward.paidOn)}</dd>
          </>
        )}
        {reward.rejectionReason && (
          <>
            <dt className="font-semibold">{t('reason')}</dt>
            <dd>{reward.rejectionReason}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
