import { getTranslations } from 'next-intl/server';
import { MarkdownText } from '@/components/markdown';
import { CandidateActions } from './on-demand';
import { EvaluationPanel } from './evaluation-panel';
import type { AcceleratorCardView, IdeaAccelerator } from '@/modules/accelerator/card-view';
import { BenefitForm, CardPlanForm, ConfirmBenefitForm, ProgressNoteForm } from './on-demand';
import type { EvaluationView } from '@/modules/accelerator/evaluation-queries';
import { getFormat } from '@/modules/i18n/get-format';
import type { IdeaStatus } from '@/modules/platform/db/generated/enums';

/** The texts the card's forms need on the client (the colleague picker's among them). */
export const cardFormMessages = [
  'accelerator.card',
  'ideas.form.findColleague',
  'ideas.form.colleaguesFound',
  'ideas.form.addColleague',
  'ideas.form.removeColleague',
  'ideas.form.colleaguesCount',
] as const;

interface IdeaAcceleratorSectionProps {
  ideaId: number;
  status: IdeaStatus;
  /** The lifecycle transitions this reader may make now (nominate, promote, decline…). */
  transitions: readonly string[];
  accelerator: IdeaAccelerator;
  /** The evaluation as this reader may see it (null: no part in it). */
  evaluation?: EvaluationView | null;
}

const candidateTransitions = ['nominate', 'auto-nominate', 'promote', 'decline'];

/**
 * The idea's way through the accelerator on its page: the public part (stage, owner, team, plan,
 * progress, outcome) for every reader, the controls for those who run it. Candidate and evaluation
 * controls render here too, so the idea page has one place for the accelerator.
 */
export async function IdeaAcceleratorSection({
  ideaId,
  status,
  transitions,
  accelerator,
  evaluation,
}: IdeaAcceleratorSectionProps) {
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
      {card?.latestNote && (
        <div className="mt-4">
          <h3 className="font-bold">{t('latestNote', { date: format.date(card.latestNote.createdAt) })}</h3>
          <p className="mt-1 whitespace-pre-line">{card.latestNote.note}</p>
        </div>
      )}
      {card && (
        <div className="mt-4">
          <h3 className="font-bold">{t('plan')}</h3>
          {card.plan ? <MarkdownText source={card.plan} /> : <p className="text-muted">{t('noPlan')}</p>}
        </div>
      )}
      {card && (card.realisedSavingsCents !== null || card.realisedHours !== null || card.realisedBenefitNote) && (
        <div className="mt-4">
          <h3 className="font-bold">{t('outcomeHeading')}</h3>
          <ul className="mt-1 grid gap-1">
            {card.realisedSavingsCents !== null && (
              <li>{t('realisedSavings', { amount: format.euros(card.realisedSavingsCents / 100) })}</li>
            )}
            {card.realisedHours !== null && <li>{t('realisedHours', { hours: format.number(card.realisedHours) })}</li>}
            {card.realisedBenefitNote && <li>{card.realisedBenefitNote}</li>}
          </ul>
        </div>
      )}
      {card?.benefitConfirmedAt ? (
        <p className="mt-2">{t('benefitConfirmed', { date: format.date(card.benefitConfirmedAt) })}</p>
      ) : (
        card?.benefitCheckOn && (
          <p className="mt-2">{t('benefitCheckOn', { date: format.date(card.benefitCheckOn) })}</p>
        )
      )}
      <CandidateActions ideaId={ideaId} status={status} transitions={transitions} />
      {card && accelerator.canManage && <CardControls ideaId={ideaId} status={status} card={card} />}
      <EvaluationPanel view={evaluation ?? null} />
    </section>
  );
}

/** A `@db.Date` column (UTC midnight) as a date field's value. */
const dateField = (day: Date | null) => (day ? day.toISOString().slice(0, 10) : '');

/** What those who run the idea may change in its current stage. */
async function CardControls({
  ideaId,
  status,
  card,
}: {
  ideaId: number;
  status: IdeaStatus;
  card: AcceleratorCardView;
}) {
  const t = await getTranslations('accelerator.card');
  const running = status === 'EVALUATION' || status === 'EXPERIMENT' || status === 'IMPLEMENTATION';
  const confirmed = card.benefitConfirmedAt !== null;
  const recorded =
    card.realisedSavingsCents !== null || card.realisedHours !== null || Boolean(card.realisedBenefitNote);
  if (!running && (status !== 'IMPLEMENTED' || confirmed)) return null;
  return (
    <div className="mt-6 border-t border-line pt-4">
      <h3 className="text-lg font-bold">{t('manageHeading')}</h3>
      {running && (
        <>
          <details className="mt-2">
            <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand underline underline-offset-4">
              {t('editPlan')}
            </summary>
            <CardPlanForm
              ideaId={ideaId}
              saved={{ owner: card.owner, team: card.team, plan: card.plan ?? '', dueOn: dateField(card.dueOn) }}
            />
          </details>
          <h4 className="mt-4 font-bold">{t('noteHeading')}</h4>
          <ProgressNoteForm ideaId={ideaId} progressPercent={card.progressPercent} />
        </>
      )}
      {status === 'IMPLEMENTED' && (
        <>
          <h4 className="mt-2 font-bold">{t('benefitHeading')}</h4>
          <BenefitForm
            ideaId={ideaId}
            saved={{
              realisedSavingsEur:
                card.realisedSavingsCents === null ? '' : String(card.realisedSavingsCents / 100).replace('.', ','),
              realisedHours: card.realisedHours === null ? '' : String(card.realisedHours),
              realisedBenefitNote: card.realisedBenefitNote ?? '',
              benefitCheckOn: dateField(card.benefitCheckOn),
            }}
          />
          {recorded && <ConfirmBenefitForm ideaId={ideaId} />}
        </>
      )}
    </div>
  );
}
