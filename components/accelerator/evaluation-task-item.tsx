import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/status-badge';
import type { EvaluationTask } from '@/modules/accelerator/evaluation-queries';
import { getFormat } from '@/modules/i18n/get-format';
import { Link } from '@/modules/i18n/navigation';

/** One idea to evaluate (or evaluated): title, due date (overdue said in words), what to do. */
export async function EvaluationTaskItem({ task }: { task: EvaluationTask }) {
  const [t, format] = await Promise.all([getTranslations('accelerator.evaluation'), getFormat()]);
  const href = `/accelerator/evaluations/${task.ideaId}`;
  return (
    <li className="rounded border border-line p-4">
      <p className="text-lg font-bold">
        <Link href={href} className="text-brand underline">
          {task.title}
        </Link>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <StatusBadge status={task.status} />
        {task.submittedAt ? (
          <span>{t('submittedOn', { date: format.date(task.submittedAt) })}</span>
        ) : (
          <>
            {task.dueOn === null ? (
              <span>{t('noDue')}</span>
            ) : task.overdue ? (
              <strong className="text-red-800">{t('overdue', { date: format.date(task.dueOn) })}</strong>
            ) : (
              <span>{t('dueOn', { date: format.date(task.dueOn) })}</span>
            )}
            <span className="text-muted">{t('invitedOn', { date: format.date(task.invitedAt) })}</span>
          </>
        )}
      </div>
    </li>
  );
}
