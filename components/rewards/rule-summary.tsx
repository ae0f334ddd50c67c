import { useTranslations } from 'next-intl';
import type { RuleVersion } from '@/modules/rewards/rule-versions';
import { eurosOf, percentOf } from './rule-text';

/** The rules in force in plain words: what an idea gets, and when. */
export function RuleSummary({ version }: { version: RuleVersion }) {
  const t = useTranslations('rewards.rules.current');
  const lines = [
    version.recognitionOnEvaluation ? t('recognitionOn') : t('recognitionOff'),
    version.implementationCents > 0
      ? t('implementation', { amount: eurosOf(version.implementationCents) })
      : t('implementationNone'),
    version.thankYouCents > 0 ? t('thankYou', { amount: eurosOf(version.thankYouCents) }) : t('thankYouNone'),
    t('savings', {
      percent: percentOf(version.savingsShareBasisPoints),
      minimum: eurosOf(version.savingsMinimumCents),
      maximum: eurosOf(version.savingsMaximumCents),
    }),
  ];
  return (
    <section aria-labelledby="rules-current-heading" className="max-w-prose">
      <h2 id="rules-current-heading" className="text-xl font-bold">
        {t('heading', { version: version.id })}
      </h2>
      <ul className="mt-3 grid list-disc gap-2 pl-6">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mt-3">{t('ownDuties')}</p>
      <p className="mt-2">{t('split')}</p>
      <p className="mt-2 text-sm text-muted">{t('kept')}</p>
    </section>
  );
}
