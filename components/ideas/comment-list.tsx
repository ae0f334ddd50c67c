import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { useFormat } from '@/modules/i18n/format';
import { MarkdownText } from '@/components/markdown';
import type { CommentView } from '@/modules/ideas/detail';
import { CommentTools } from './on-demand';
import { HelpfulButton } from './helpful-button';
import { ResolveForm, ReviewRequestForm } from '@/components/moderation/on-demand';

interface CommentListProps {
  ideaId: number;
  comments: CommentView[];
  canComment: boolean;
  signedIn: boolean;
  canModerate: boolean;
}

/** What every comment of the list shares: the idea and what the reader may do. */
type CommentContext = Omit<CommentListProps, 'comments'>;

function Comment({
  ideaId,
  comment,
  threadId,
  canComment,
  signedIn,
  canModerate,
}: CommentContext & { comment: CommentView; threadId: number }) {
  const t = useTranslations('ideas.comments');
  const reviewT = useTranslations('moderation.review');
  const format = useFormat();
  if (comment.removed) {
    return <p className="rounded bg-surface p-3 text-muted italic">{t('removed')}</p>;
  }
  if (comment.hidden && comment.body === null) {
    return <p className="rounded bg-surface p-3 text-muted italic">{t('hiddenPlaceholder')}</p>;
  }
  const authorName = comment.author.name ?? (comment.byIdeaAuthor ? t('ideaAuthor') : t('anonymous'));
  return (
    <article
      id={`comment-${comment.id}`}
      tabIndex={-1}
      className={clsx('rounded-lg border p-3', comment.official ? 'border-brand bg-sky-50' : 'border-line bg-white')}
      aria-label={t('commentBy', { name: authorName })}
    >
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold">{authorName}</span>
        {comment.official && (
          <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-white">
            {t('officialBadge')}
          </span>
        )}
        <span className="text-muted">{format.date(comment.createdAt)}</span>
        {comment.edited && <span className="text-muted">({t('edited')})</span>}
      </header>
      {comment.hidden && (
        <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
          {comment.hiddenReason ? t('hiddenWithReason', { reason: comment.hiddenReason }) : t('hiddenPendingReview')}
          {comment.reviewRequested && <> {reviewT('asked')}</>}
        </p>
      )}
      {comment.hidden && comment.mine && !comment.reviewRequested && <ReviewRequestForm commentId={comment.id} />}
      <div className="mt-1">
        <MarkdownText source={comment.body ?? ''} />
      </div>
      {signedIn && !comment.mine ? (
        <div className="mt-2 text-sm">
          <HelpfulButton commentId={comment.id} marked={comment.markedHelpful} count={comment.helpfulCount} />
        </div>
      ) : (
        comment.helpfulCount > 0 && (
          <p className="mt-2 text-sm text-muted">{t('helpfulCount', { count: comment.helpfulCount })}</p>
        )
      )}
      {signedIn && (
        <CommentTools
          ideaId={ideaId}
          commentId={comment.id}
          threadId={threadId}
          authorName={authorName}
          canReply={canComment}
          editableBody={comment.mine && canComment ? comment.body : null}
          canDelete={comment.mine}
          canReport={!comment.mine && !comment.hidden}
        />
      )}
      {canModerate && !comment.mine && (
        <details className="mt-1 text-sm">
          <summary className="min-h-11 cursor-pointer py-2 text-brand underline underline-offset-4">
            {t('moderate')}
          </summary>
          <ResolveForm target="comment" targetId={comment.id} content={comment.body ?? ''} />
        </details>
      )}
    </article>
  );
}

/** Top-level comments with their replies indented under them. */
export function CommentList({ comments, ...context }: CommentListProps) {
  const t = useTranslations('ideas.comments');
  if (comments.length === 0) return <p className="mt-3 text-muted">{t('none')}</p>;
  return (
    <ul className="mt-3 grid gap-4">
      {comments.map((thread) => (
        <li key={thread.id}>
          <Comment {...context} comment={thread} threadId={thread.id} />
          {thread.replies.length > 0 && (
            <ul className="mt-2 ml-4 grid gap-2 border-l-2 border-line pl-3 sm:ml-8">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <Comment {...context} comment={reply} threadId={thread.id} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
