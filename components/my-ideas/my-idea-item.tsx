import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import { StatusBadge } from '@/components/status-badge';
import { answerCoAuthorInviteAction } from '@/modules/ideas/actions';
import type { MyIdea, MyIdeaGroup } from '@/modules/ideas/my-ideas';
import { ideaPath } from '@/modules/ideas/slug';
import { Link } from '@/modules/i18n/navigation';

/** One of the reader's ideas: its state in words, last change, counts, what happens next and the action it waits for. */
export function MyIdeaItem({ idea, group, now }: { idea: MyIdea; group: MyIdeaGroup; now: Date }) {
  const t = useTranslations('myIdeas');
  const ideasT = useTranslations('ideas');
  const format = useFormat();
  const path = ideaPath(idea);
  const editLabel = group === 'drafts' ? t('continue') : group === 'needsChanges' ? t('fix') : null;

  return (
    <li className="rounded-lg border border-line bg-white p-4">
      <h3 className="text-lg font-bold">
        <Link href={path} className="text-brand underline underline-offset-4">
          {idea.title}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <StatusBadge status={idea.status} />
        {idea.anonymous && <span>{t('anonymous')}</span>}
        <span>{t('changed', { time: format.ago(idea.changedAt, now) })}</span>
        <span>{t('votes', { count: idea.voteCount })}</span>
        <span>{t('comments', { count: idea.commentCount })}</span>
      </p>
      {group === 'invitations' && idea.invitedBy && <p className="mt-2">{t('invitedBy', { name: idea.invitedBy })}</p>}
      {group === 'needsChanges' && (
        <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-amber-950">
          {idea.reason ? t('reason', { reason: idea.reason }) : t('hiddenByReports')}
        </p>
      )}
      <p className="mt-2">{t(`next.${idea.next}`)}</p>
      {idea.mergedIntoId !== null && (
        <p className="mt-1">
          <Link href={`/ideas/${idea.mergedIntoId}`} className="text-brand underline underline-offset-4">
            {ideasT('mergedLink', { number: idea.mergedIntoId })}
          </Link>
        </p>
      )}
      {editLabel && (
        <p className="mt-3">
          <Link
            href={`${path}/edit`}
            aria-label={t('actionOn', { action: editLabel, title: idea.title })}
            className="inline-flex min-h-11 items-center rounded bg-brand px-4 font-semibold text-white"
          >
            {editLabel}
          </Link>
        </p>
      )}
      {group === 'invitations' && (
        <form action={answerCoAuthorInviteAction} className="mt-3 flex flex-wrap gap-3">
          <input type="hidden" name="ideaId" value={idea.id} />
          <button
            type="submit"
            name="answer"
            value="accept"
            aria-label={t('actionOn', { action: t('accept'), title: idea.title })}
            className="min-h-11 rounded bg-brand px-4 font-semibold text-white"
          >
            {t('accept')}
          </button>
          <button
            type="submit"
            name="answer"
            value="decline"
            aria-label={t('actionOn', { action: t('decline'), title: idea.title })}
            className="min-h-11 rounded border border-line bg-white px-4"
          >
            {t('decline')}
          </button>
        </form>
      )}
    </li>
  );
}
