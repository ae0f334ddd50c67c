'use client';

import { useTranslations } from 'next-intl';
import { helpfulAction } from '@/modules/ideas/actions';
import { useReaderState } from './reader-state';

/** Marks a comment helpful or takes the mark back; a form, so it works without JavaScript. */
export function HelpfulButton({ commentId, marked: renderedMark, count }: { commentId: number; marked: boolean; count: number }) {
  const t = useTranslations('ideas.comments');
  const marked = useReaderState()?.helpful.includes(commentId) ?? renderedMark;
  return (
    <form action={helpfulAction}>
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="helpful" value={marked ? 'off' : 'on'} />
      <button type="submit" aria-pressed={marked} className="min-h-11 rounded border border-line px-3">
        {t('helpful', { count })}
      </button>
    </form>
  );
}
