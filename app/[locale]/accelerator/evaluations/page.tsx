import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EvaluationTaskItem } from '@/components/accelerator/evaluation-task-item';
import { myEvaluationTasks } from '@/modules/accelerator/evaluation-queries';
import { getCurrentUser } from '@/modules/access/current-user';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { mayOpen, menuEntries } from '@/modules/navigation/menu';
import { db } from '@/modules/platform/db';

interface EvaluationTasksPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: EvaluationTasksPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'accelerator.evaluation' });
  return { title: t('tasksTitle'), robots: { index: false } };
}

/** "Arvioitavat": the ideas the reader has been asked to evaluate, earliest due first. */
export default async function EvaluationTasksPage({ params }: EvaluationTasksPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  // The same permission as its menu entry (which shows only while evaluations wait).
  if (!mayOpen(actor, menuEntries.evaluations)) notFound();
  const [t, tasks] = await Promise.all([getTranslations('accelerator.evaluation'), myEvaluationTasks(db, actor)]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('tasksTitle')}</h1>
      <p className="mt-2 text-muted">{t('tasksIntro')}</p>
      <section aria-labelledby="open-evaluations" className="mt-8">
        <h2 id="open-evaluations" className="text-xl font-bold">
          {t('openHeading')} ({tasks.open.length})
        </h2>
        {tasks.open.length === 0 ? (
          <p className="mt-2">{t('noOpen')}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {tasks.open.map((task) => (
              <EvaluationTaskItem key={task.ideaId} task={task} />
            ))}
          </ul>
        )}
      </section>
      {tasks.submitted.length > 0 && (
        <section aria-labelledby="submitted-evaluations" className="mt-8">
          <h2 id="submitted-evaluations" className="text-xl font-bold">
            {t('submittedHeading')}
          </h2>
          <ul className="mt-3 grid gap-3">
            {tasks.submitted.map((task) => (
              <EvaluationTaskItem key={task.ideaId} task={task} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
