import { getTranslations } from 'next-intl/server';
import type { EvaluationView } from '@/modules/accelerator/evaluation-queries';
import { Link } from '@/modules/i18n/navigation';
import { EvaluationSummary } from './evaluation-summary';
import { InviteEvaluatorsForm } from './on-demand';

/** The texts the invitation form needs on the client (the colleague picker's among them). */
export const evaluationPanelMessages = [
  'accelerator.evaluation',
  'ideas.form.findColleague',
  'ideas.form.colleaguesFound',
  'ideas.form.addColleague',
  'ideas.form.removeColleague',
  'ideas.form.colleaguesCount',
] as const;

/**
 * The evaluation on the idea page. An invited evaluator gets a link to their scorecard. Those who
 * run the idea get what blocks a decision, the summary (weighted total, averages, numbers, who has
 * not submitted) and the invitation form, unless they are still scoring it themselves: then, like
 * every evaluator, they see others' scores only after submitting their own. The page's client
 * messages carry `evaluationPanelMessages` for the invitation form.
 */
export async function EvaluationPanel({ view }: { view: EvaluationView | null }) {
  if (!view || (!view.mine && !view.mayManage)) return null;
  const t = await getTranslations('accelerator.evaluation');
  const scorecardHref = `/accelerator/evaluations/${view.idea.id}`;
  const { mine } = view;
  return (
    <section aria-labelledby="evaluation-panel-heading" className="mt-6 border-t border-line pt-4">
      <h3 id="evaluation-panel-heading" className="text-lg font-bold">
        {t('panelHeading')}
      </h3>
      {mine && (
        <p className="mt-2">
          {mine.submittedAt ? t('yourSubmitted') : t('yourTask')}{' '}
          <Link href={scorecardHref} className="font-semibold text-brand underline">
            {mine.submittedAt || !view.maySubmit ? t('openScorecard') : t('evaluate')}
          </Link>
        </p>
      )}
      {view.mayManage && view.idea.status === 'EVALUATION' && (
        <div className="mt-3">
          <h4 className="font-bold">{t('blockersHeading')}</h4>
          {view.blockers.length === 0 ? (
            <p>{t('noBlockers')}</p>
          ) : (
            <ul className="list-disc pl-6">
              {view.blockers.map((blocker) => (
                <li key={blocker}>{t(`blockers.${blocker}`)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {view.mayManage && view.summary && <EvaluationSummary summary={view.summary} headingLevel={4} />}
      {view.mayInvite && (
        <div className="mt-4">
          <h4 className="font-bold">{t('inviteHeading')}</h4>
          <InviteEvaluatorsForm ideaId={view.idea.id} />
        </div>
      )}
    </section>
  );
}
