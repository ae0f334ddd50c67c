import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { formatDate, formatDateTime, formatEuros, formatNumber } from '@/modules/i18n/format';
import { getLocale } from 'next-intl/server';
import { isAppLocale } from '@/modules/i18n/locales';
import { Link } from '@/modules/i18n/navigation';
import { CaseAmount } from './case-list';
import type { RewardCaseDetails } from '@/modules/rewards/cases';

const euros = (cents: number) => formatEuros(cents / 100);
const percent = (basisPoints: number) => `${formatNumber(basisPoints / 100)} %`;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the case is, what the rules gave, who gets what, and its steps from the audit log. */
export async function CaseDetails({ rewardCase }: { rewardCase: RewardCaseDetails }) {
  const [t, audit, requested] = await Promise.all([
    getTranslations('rewards.cases'),
    getTranslations('audit'),
    getLocale(),
  ]);
  const locale = isAppLocale(requested) ? requested : 'fi';
  const anonymous = t('anonymousAuthor');
  return (
    <>
      <p className="mt-2 text-lg">
        <Link href={`/ideas/${rewardCase.idea.id}`} className="text-brand underline">
          {t('ideaNumber', { id: rewardCase.idea.id })} · {rewardCase.idea.title}
        </Link>
      </p>
      <p className="mt-1 text-lg font-semibold">
        {t(`kinds.${rewardCase.kind}`)} · {t(`statuses.${rewardCase.status}`)}
      </p>

      <section aria-labelledby="case-facts-heading" className="mt-6">
        <h2 id="case-facts-heading" className="text-xl font-bold">
          {t('facts')}
        </h2>
        <dl className="mt-3 grid gap-2">
          <Fact term={t('departments')}>
            {rewardCase.idea.departments.length > 0 ? rewardCase.idea.departments.join(', ') : t('noDepartment')}
          </Fact>
          <Fact term={t('ruleVersion')}>{t('ruleVersionValue', { id: rewardCase.ruleVersion.id })}</Fact>
          {rewardCase.computedCents !== null && <Fact term={t('computed')}>{euros(rewardCase.computedCents)}</Fact>}
          {rewardCase.amountCents !== null && (
            <Fact term={t('decidedAmount')}>
              <CaseAmount status={rewardCase.status} cents={rewardCase.amountCents} />
            </Fact>
          )}
          {rewardCase.amountChangeReason && <Fact term={t('changeReason')}>{rewardCase.amountChangeReason}</Fact>}
          {rewardCase.basisSavingsCents !== null && (
            <Fact term={t('basisSavings')}>{euros(rewardCase.basisSavingsCents)}</Fact>
          )}
          <Fact term={t('ownDuties')}>{rewardCase.withinOwnDuties ? t('yes') : t('no')}</Fact>
          {rewardCase.decisionNumber && (
            <Fact term={t('decision')}>
              {t('decisionValue', {
                number: rewardCase.decisionNumber,
                date: rewardCase.decisionDate ? formatDate(rewardCase.decisionDate) : '–',
              })}
            </Fact>
          )}
          {rewardCase.rejectionReason && <Fact term={t('rejection')}>{rewardCase.rejectionReason}</Fact>}
        </dl>
      </section>

      <section aria-labelledby="case-shares-list-heading" className="mt-6">
        <h2 id="case-shares-list-heading" className="text-xl font-bold">
          {t('sharesHeading')}
        </h2>
        {rewardCase.viewer.kind === 'recipient' && <p className="mt-1">{t('ownShareOnly')}</p>}
        <ul className="mt-3 grid gap-2" aria-label={t('sharesHeading')}>
          {rewardCase.shares.map((share) => (
            <li key={share.userId} className="rounded border border-line p-3">
              <span className="font-semibold">{share.name ?? anonymous}</span> · {percent(share.shareBasisPoints)} ·{' '}
              <CaseAmount status={rewardCase.status} cents={share.amountCents} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="case-steps-heading" className="mt-6">
        <h2 id="case-steps-heading" className="text-xl font-bold">
          {t('stepsHeading')}
        </h2>
        {rewardCase.steps.length === 0 && <p className="mt-2">{t('noSteps')}</p>}
        <ol className="mt-3 grid gap-2">
          {rewardCase.steps.map((step) => (
            <li key={step.id} className="rounded border border-line p-3">
              <p className="text-sm text-muted">
                <time dateTime={step.at.toISOString()}>{formatDateTime(locale, step.at)}</time>
              </p>
              <p>
                {audit.rich(`sentences.${step.sentenceKey}` as 'sentences.generic', {
                  actor: step.actorName ?? t('system'),
                  target: String(rewardCase.id),
                  targetType: 'reward_case',
                  action: step.action,
                  roles: '',
                  mode: '',
                  value: '',
                  who: (chunks: ReactNode) => <strong>{chunks}</strong>,
                  what: (chunks: ReactNode) => <strong>{chunks}</strong>,
                })}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
