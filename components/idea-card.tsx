import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import type { IdeaSummary } from '@/modules/ideas/queries';
import { ideaPath } from '@/modules/ideas/slug';
import { Link } from '@/modules/i18n/navigation';
import { CardCounts } from './card-votes/card-counts';
import { CardVote } from './card-votes/card-vote';
import { HighlightedText } from './highlighted-text';
import { StatusBadge } from './status-badge';

interface IdeaCardProps {
  idea: IdeaSummary & { titleHighlighted?: string | null };
  /** The idea is open to votes (openToVotes): the card offers a vote button. */
  votable: boolean;
  headingLevel?: 'h2' | 'h3';
}

/**
 * One idea in a list, laid out alike on every list: the counts of votes and comments under a
 * divider at the foot. Ideas open to votes add a vote button there that learns the reader's own
 * vote in the browser (the list is the same page for everyone); its texts are `cardVoteTexts`.
 */
export function IdeaCard({ idea, votable, headingLevel: Heading = 'h3' }: IdeaCardProps) {
  const t = useTranslations('home');
  const format = useFormat();
  const comments = t('comments', { count: idea.commentCount });
  return (
    <article className="flex h-full flex-col rounded-lg border border-line bg-white p-4 shadow-sm">
      {/* Gaps, not "·" between the parts: a wrapped line would begin with a dangling separator. */}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <StatusBadge status={idea.status} />
        <span>{t('ideaNumber', { number: idea.id })}</span>
        {idea.categoryName && <span>{idea.categoryName}</span>}
      </div>
      <Heading className="mt-2 text-lg leading-snug font-bold">
        <Link href={ideaPath(idea)} className="text-ink underline-offset-4 hover:underline">
          {idea.titleHighlighted ? <HighlightedText text={idea.titleHighlighted} /> : idea.title}
        </Link>
      </Heading>
      <p className="mt-1 flex-1 text-ink">
        <HighlightedText text={idea.excerpt} />
      </p>
      {idea.expectedSavingsEur !== null && (
        <p className="mt-2 text-sm">{t('expectedSavings', { amount: format.euros(idea.expectedSavingsEur) })}</p>
      )}
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <span>{idea.authorName ? t('by', { name: idea.authorName }) : t('anonymousBy')}</span>
        {idea.publishedAt && <span>{t('published', { date: format.date(idea.publishedAt) })}</span>}
      </p>
      <div className="mt-3 border-t border-line pt-2">
        {votable ? (
          <CardVote ideaId={idea.id} title={idea.title} voteCount={idea.voteCount} comments={comments} />
        ) : (
          <CardCounts votes={t('votes', { count: idea.voteCount })} comments={comments} />
        )}
      </div>
    </article>
  );
}
