'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { helpfulAction } from '@/modules/ideas/actions';
import type { HelpfulIntent } from '@/modules/ideas/reader-requests';
import { useReaderState } from './reader-state';
import { usePressIntent } from './use-press-intent';

/**
 * Marks a comment helpful or takes the mark back; a form, so it works without JavaScript. The
 * request says "mark" or "unmark" as the button showed when pressed; neutral until the reader's
 * own state is known on a stored page.
 */
export function HelpfulButton({
  commentId,
  marked: renderedMark,
  count,
}: {
  commentId: number;
  marked: boolean;
  count: number;
}) {
  const t = useTranslations('ideas.comments');
  const { known, state } = useReaderState();
  const marked = state ? state.helpful.includes(commentId) : renderedMark;
  const intent: HelpfulIntent = marked ? 'unmark' : 'mark';
  const press = usePressIntent(known ? intent : null);
  return (
    <form action={helpfulAction} onSubmit={press.onSubmit}>
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="intent" value={intent} />
      <button
        type="submit"
        {...press.buttonHandlers}
        aria-pressed={known ? marked : undefined}
        aria-disabled={!known}
        className={clsx('min-h-11 rounded border border-line px-3', !known && 'cursor-wait text-muted')}
      >
        {count > 0 ? t('helpfulWithCount', { count }) : t('helpful')}
      </button>
    </form>
  );
}
