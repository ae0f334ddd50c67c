import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import type { listRuleVersions } from '@/modules/rewards/rule-versions';
import { eurosOf, percentOf } from './rule-text';

type RuleVersionEntry = Awaited<ReturnType<typeof listRuleVersions>>[number];

/** Every version of the rules, newest first: who made it, when, why, and its values. */
export function RuleHistory({ versions }: { versions: readonly RuleVersionEntry[] }) {
  const t = useTranslations('rewards.rules.history');
  const format = useFormat();
  return (
    <section aria-labelledby="rules-history-heading">
      <h2 id="rules-history-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <ol className="mt-3 grid gap-4">
        {versions.map((version, index) => {
          const date = format.dateTime(version.createdAt);
          return (
            <li key={version.id} className="rounded border border-line bg-white p-4">
              <article aria-labelledby={`rule-version-${version.id}`}>
                <h3 id={`rule-version-${version.id}`} className="text-lg font-bold">
                  {t('version', { version: version.id })}
                  {index === 0 && (
                    <span className="ml-2 text-base font-semibold text-emerald-900">({t('inForce')})</span>
                  )}
                </h3>
                <p className="text-sm text-muted">
                  {version.createdBy ? t('madeBy', { name: version.createdBy.name, date }) : t('madeAt', { date })}
                </p>
                <p className="mt-2">
                  {version.note === null ? (
                    t('initial')
                  ) : (
                    <>
                      <span className="font-semibold">{t('note')}: </span>
                      {version.note}
                    </>
                  )}
                </p>
                <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t('recognition')}</dt>
                  <dd>{version.recognitionOnEvaluation ? t('yes') : t('no')}</dd>
                  <dt className="font-semibold">{t('implementation')}</dt>
                  <dd>{eurosOf(version.implementationCents)}</dd>
                  <dt className="font-semibold">{t('thankYou')}</dt>
                  <dd>{eurosOf(version.thankYouCents)}</dd>
                  <dt className="font-semibold">{t('savings')}</dt>
                  <dd>
                    {t('savingsValue', {
                      percent: percentOf(version.savingsShareBasisPoints),
                      minimum: eurosOf(version.savingsMinimumCents),
                      maximum: eurosOf(version.savingsMaximumCents),
                    })}
                  </dd>
                </dl>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
