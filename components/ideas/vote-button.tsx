'use client';

import clsx from 'clsx';
import { Check, ThumbsUp } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useReaderState } from './reader-state';
import { useVoteState } from './use-vote-state';
import { VoteOutcome } from './vote-outcome';

interface VoteButtonProps {
  ideaId: number;
  voted: boolean;
  voteCount: number;
  /** Why this person cannot vote, if they cannot; the count is still shown. */
  blocked: 'signIn' | 'ownIdea' | 'closed' | null;
  compact?: boolean;
}

/**
 * A form posting the server action, so it works without JavaScript; with JavaScript it behaves as
 * `useVoteState` says (neutral while the reader's own state is on its way from a stored page).
 * A toggle (APG): its name stays "Kannatan" and `aria-pressed` tells the state; the line beside it
 * says in words that the reader supports the idea and that pressing again takes the support back.
 */
export function VoteButton({ ideaId, voted, voteCount, blocked, compact = false }: VoteButtonProps) {
  const t = useTranslations('ideas.vote');
  const reader = useReaderState();
  const { result, submit, pending, known, shown, confirmedIntent, press } = useVoteState(
    reader.known,
    reader.state ? { voted: reader.state.voted, voteCount: reader.state.voteCount } : { voted, voteCount },
  );

  if (blocked) {
    return (
      <div className={clsx('flex flex-col gap-1', compact && 'items-start')}>
        <p className="text-lg font-bold">{t('count', { count: voteCount })}</p>
        <p className="text-sm text-muted">{t(`blocked.${blocked}`)}</p>
      </div>
    );
  }
  return (
    <form action={submit} onSubmit={press.onSubmit} className="flex flex-col items-start gap-1">
      <input type="hidden" name="ideaId" value={ideaId} />
      <input type="hidden" name="intent" value={confirmedIntent} />
      <button
        type="submit"
        {...press.buttonHandlers}
        aria-pressed={known ? shown.voted : undefined}
        aria-disabled={!known || pending}
        className={clsx(
          'inline-flex min-h-11 flex-wrap items-center gap-x-2 rounded border-2 px-4 py-1 text-left font-semibold',
          !known
            ? 'cursor-wait border-line bg-white text-muted'
            : shown.voted
              ? 'border-brand bg-brand text-white'
              : 'border-brand bg-white text-brand',
        )}
      >
        {known && shown.voted ? (
          <Check aria-hidden="true" size={18} className="shrink-0" />
        ) : (
          <ThumbsUp aria-hidden="true" size={18} className="shrink-0" />
        )}
        {t('vote')}
      </button>
      {known && shown.voted && (
        <p className="text-sm">
          <span className="font-semibold text-brand">
            <span aria-hidden="true">✓ </span>
            {t('voted')}.
          </span>{' '}
          {t('undoHint')}
        </p>
      )}
      <p className="text-sm">
        {t('count', { count: shown.voteCount })}
        <VoteOutcome result={result} pending={pending} />
      </p>
    </form>
  );
}
