import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EvaluationForm, type EvaluationFormValues } from '@/components/accelerator/evaluation-form';
import { EvaluationSummary } from '@/components/accelerator/evaluation-summary';
import { evaluationView, type EvaluationRow } from '@/modules/accelerator/evaluation-queries';
import { getCurrentUser } from '@/modules/access/current-user';
import { ideaPath } from '@/modules/ideas/slug';
import { clientMessages } from '@/modules/i18n/client-messages';
import { getFormat } from '@/modules/i18n/get-format';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';

interface ScorecardPageProps {
  params: Promise<{ locale: string; ideaId: string }>;
}

function ideaIdOf(segment: string): number | null {
  return /^\d{1,9}$/.test(segment) ? Number(segment) : null;
}

export async function generateMetadata({ params }: ScorecardPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'accelerator.evaluation' });
  return { title: t('formHeading'), robots: { index: false } };
}

/** Written numbers back into the form's fields, the way a Finn types them (1 500,5). */
function formValues(mine: EvaluationRow | null): EvaluationFormValues {
  const decimal = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
  return {
    scores: Object.fromEntries(Object.entries(mine?.scores ?? {}).map(([id, score]) => [id, String(score)])),
    justification: mine?.justification ?? '',
    estimatedSavingsEur: decimal(mine?.estimatedSavingsCents == null ? null : mine.estimatedSavingsCents / 100),
    oneOffCostEur: decimal(mine?.oneOffCostCents == null ? null : mine.oneOffCostCents / 100),
    personDays: decimal(mine?.personDays ?? null),
    withinOwnDuties: mine?.withinOwnDuties == null ? 'unknown' : mine.withinOwnDuties ? 'yes' : 'no',
    costCentre: mine?.costCentre ?? '',
  };
}

/** One idea's scorecard: the evaluator's own form, and everyone's scores once theirs is in. */
export default async function ScorecardPage({ params }: ScorecardPageProps) {
  const { locale, ideaId: segment } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const ideaId = ideaIdOf(segment);
  const view = ideaId === null ? null : await evaluationView(db, actor, ideaId, locale);
  if (!view) notFound();
  const [t, format, messages] = await Promise.all([
    getTranslations('accelerator.evaluation'),
    getFormat(),
    getMessages(),
  ]);
  const { idea, mine } = view;
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/accelerator/evaluations" className="text-brand underline">
          {t('backToTasks')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold text-brand">{t('scorecardTitle', { title: idea.title })}</h1>
      <p className="mt-2 flex flex-wrap gap-x-4">
        <Link href={ideaPath(idea)} className="text-brand underline">
          {t('openIdea')}
        </Link>
        {idea.evaluationDueOn && <span>{t('dueOn', { date: format.date(idea.evaluationDueOn) })}</span>}
      </p>

      {mine && (
        <section aria-labelledby="my-evaluation" className="mt-6">
          <h2 id="my-evaluation" className="text-xl font-bold">
            {t('formHeading')}
          </h2>
          {mine.submittedAt && view.maySubmit && (
            <p className="mt-1">{t('submittedAlready', { date: format.date(mine.submittedAt) })}</p>
          )}
          {!view.maySubmit && <p className="mt-1">{t('closed')}</p>}
          {view.maySubmit && (
            <>
              {!mine.submittedAt && <p className="mt-1 text-muted">{t('formIntro')}</p>}
              <NextIntlClientProvider
                messages={clientMessages(messages, ['accelerator.evaluation', 'errors', 'validation', 'forms'])}
              >
                <EvaluationForm
                  ideaId={idea.id}
                  criteria={view.criteria}
                  initial={formValues(mine)}
                  resubmit={mine.submittedAt !== null}
                />
              </NextIntlClientProvider>
            </>
          )}
        </section>
      )}

      {view.summary ? (
        <EvaluationSummary summary={view.summary} />
      ) : (
        <p className="mt-6 rounded border border-line bg-surface p-3">{t('othersHidden')}</p>
      )}
    </div>
  );
}
