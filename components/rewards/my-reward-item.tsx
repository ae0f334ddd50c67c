import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import { Link } from '@/modules/i18n/navigation';
import { ideaPath } from '@/modules/ideas/slug';
import type { MyReward } from '@/modules/rewards/my-rewards';

/**
 * One of the reader's own reward shares: the idea, kind and status in words, their own amount. A
 * recognition shows no money and no share of nothing; a proposal says it is not decided yet. On a
 * phone each label sits above its value so the value keeps the full width.
 */
export function MyRewardItem({ reward }: { reward: MyReward }) {
  const t = useTranslations('rewards.mine');
  const format = useFormat();
  const moneyless = reward.kind === 'RECOGNITION' || reward.amountCents === 0;

  return (
    <li className="rounded-lg border border-line bg-white p-4">
      <h2 className="text-lg font-bold">
        <Link href={ideaPath(reward.idea)} className="text-brand underline underline-offset-4">
          {reward.idea.title}
        </Link>
      </h2>
      <dl className="mt-2 grid gap-x-4 sm:grid-cols-[auto_1fr] sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0">
        <dt className="font-semibold">{t('kind')}</dt>
        <dd>{t(`kinds.${reward.kind}`)}</dd>
        <dt className="font-semibold">{t('status')}</dt>
        <dd>{t('statusOn', { status: t(`statuses.${reward.status}`), date: format.date(reward.lastStepAt) })}</dd>
        <dt className="font-semibold">{t('amount')}</dt>
        <dd>
          {moneyless ? (
            t('noMoney')
          ) : (
            <>
              {format.euros(reward.amountCents / 100)}
              {reward.undecided && <span className="text-muted"> ({t('proposal')})</span>}
            </>
          )}
        </dd>
        {reward.shared && !moneyless && (
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
      {reward.waitsForEmployeeNumber && (
        <p className="mt-2 rounded border border-line bg-surface px-3 py-2">{t('waitsForEmployeeNumber')}</p>
      )}
    </li>
  );
}
