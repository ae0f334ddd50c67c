import { getTranslations } from 'next-intl/server';
import { MarkdownText } from '@/components/markdown';
import type { IdeaAccelerator } from '@/modules/accelerator/card';
import { getFormat } from '@/modules/i18n/get-format';
import type { IdeaStatus } from '@/modules/platform/db/generated/enums';

interface IdeaAcceleratorSectionProps {
  ideaId: number;
  status: IdeaStatus;
  /** The lifecycle transitions this reader may make now (nominate, promote, decline…). */
  transitions: readonly string[];
  accelerator: IdeaAccelerator;
}

const candidateTransitions = ['nominate', 'auto-nominate', 'promote', 'decline'];

/**
 * The idea's way through the accelerator on its page: the public part (stage, owner, team, plan,
 * progress, outcome) for every reader, the controls for those who run it. Candidate and evaluation
 * controls render here too, so the idea page has one place for the accelerator.
 */
export async function IdeaAcceleratorSection({ status, transitions, accelerator }: IdeaAcceleratorSectionProps) {
  const { card } = accelerator;
  const candidateControls = status === 'SHORTLISTED' || transitions.some((name) => candidateTransitions.includes(name));
  if (!card && !candidateControls) return null;
  const [t, statuses, format] = await Promise.all([
    getTranslations('accelerator.card'),
    getTranslations('status'),
    getFormat(),
  ]);
  return (
    <section aria-labelledby="accelerator-heading" className="mt-8 rounded-lg border border-line p-4">
      <h2 id="accelerator-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-1">{t('stage', { stage: statuses(status) })}</p>
      {card && (
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t('owner')}</dt>
          <dd>{card.owner ? card.owner.name : t('noOwner')}</dd>
          {card.team.length > 0 && (
            <>
              <dt className="font-semibold">{t('team')}</dt>
              <dd>{card.team.map((member) => member.name).join(', ')}</dd>
            </>
          )}
          {status === 'EVALUATION' && card.evaluationDueOn && (
            <>
              <dt className="font-semibold">{t('evaluationDueOn')}</dt>
              <dd>{format.date(card.evaluationDueOn)}</dd>
            </>
          )}
          {card.dueOn && (
            <>
              <dt className="font-semibold">{t('dueOn')}</dt>
              <dd>{format.date(card.dueOn)}</dd>
            </>
          )}
          <dt className="font-semibold">{t('progress')}</dt>
          <dd>
            <progress max={100} value={card.progressPercent} className="mr-2 align-middle" aria-hidden="true" />
            {t('progressValue', { percent: card.progressPercent })}
          </dd>
        </dl>
      )}
      {card && (
        <div className="mt-4">
          <h3 className="font-bold">{t('plan')}</h3>
          {card.plan ? <MarkdownText source={card.plan} /> : <p className="text-muted">{t('noPlan')}</p>}
        </div>
      )}
      {card &&
        (card.realisedSavingsCents !== null || card.realisedHours !== null || card.realisedBenefitNote) && (
          <div className="mt-4">
            <h3 className="font-bold">{t('outcomeHeading')}</h3>
            <ul className="mt-1 grid gap-1">
              {card.realisedSavingsCents !== null && (
                <li>{t('realisedSavings', { amount: format.euros(card.realisedSavingsCents / 100) })}</li>
              )}
              {card.realisedHours !== null && (
                <li>{t('realisedHours', { hours: format.number(card.realisedHours) })}</li>
              )}
              {card.realisedBenefitNote && <li>{card.realisedBenefitNote}</li>}
            </ul>
          </div>
        )}
      {card?.benefitConfirmedAt ? (
        <p className="mt-2">{t('benefitConfirmed', { date: format.date(card.benefitConfirmedAt) })}</p>
      ) : (
        card?.benefitCheckOn && <p className="mt-2">{t('benefitCheckOn', { date: format.date(card.benefitCheckOn) })}</p>
      )}
    </section>
  );
}
