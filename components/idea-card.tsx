import { useFormatter, useTranslations } from 'next-intl';
import type { IdeaSummary } from '@/modules/ideas/queries';
import { StatusBadge } from './status-badge';

export function IdeaCard({ idea }: { idea: IdeaSummary }) {
  const t = useTranslations('home');
  const format = useFormatter();
  return (
    <article className="flex h-full flex-col rounded-lg border border-line bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <StatusBadge status={idea.status} />
        <span>{t('ideaNumber', { number: idea.id })}</span>
        {idea.categoryName && <span>· {idea.categoryName}</span>}
      </div>
      <h3 className="mt-2 text-lg leading-snug font-bold">{idea.title}</h3>
      <p className="mt-1 flex-1 text-ink">{idea.excerpt}</p>
      {idea.expectedSavingsEur !== null && (
        <p className="mt-2 text-sm">
          {t('expectedSavings', { amount: format.number(idea.expectedSavingsEur, 'eur') })}
        </p>
      )}
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <li>{t('by', { name: idea.authorName ?? t('anonymousAuthor') })}</li>
        {idea.publishedAt && <li>{t('published', { date: format.dateTime(idea.publishedAt, 'short') })}</li>}
        <li>{t('votes', { count: idea.voteCount })}</li>
        <li>{t('comments', { count: idea.commentCount })}</li>
      </ul>
    </article>
  );
}
