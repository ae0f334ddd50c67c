'use client';

import clsx from 'clsx';
import { ThumbsUp } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useVoteState } from '@/components/ideas/use-vote-state';
import { VoteOutcome } from '@/components/ideas/vote-outcome';
import { CardCounts } from './card-counts';
import { settleCardVote, useCardReaderState } from './card-reader-states';

interface CardVoteProps {
  ideaId: number;
  /** Names the idea in the button's accessible name: a list has many such buttons. */
  title: string;
  voteCount: number;
  /** The card's comment count, said on the same line as the votes. */
  comments: string;
}

/**
 * A list card's vote, for an idea open to votes: the same server action, intents and rules as the
 * idea page's button (docs/decisions/0012), and its words. Voted, the card states it ("✓ Kannatat
 * tätä") and offers a quieter button to take the support back; the counts stay where every card
 * has them. While the reader's own state is on its way the button is neutral.
 */
export function CardVote({ ideaId, title, voteCount, comments }: CardVoteProps) {
  const t = useTranslations('ideas.vote');
  const view = useCardReaderState(ideaId);
  const { result, submit, pending, known, shown, confirmedIntent, press } = useVoteState(
    view.kind !== 'loading',
    view.kind === 'known' ? { voted: view.state.voted, voteCount: view.state.voteCount } : { voted: false, voteCount },
  );
  useEffect(() => {
    if (result?.ok) settleCardVote(ideaId, result.voted, result.voteCount);
  }, [ideaId, result]);

  const votes = (
    <>
      {t('count', { count: shown.voteCount })}
      <VoteOutcome result={result} pending={pending} />
    </>
  );
  if (view.kind === 'signedOut') return <CardCounts votes={votes} comments={comments} />;
  if (view.kind === 'known' && view.state.ownIdea)
    return (
      <CardCounts votes={votes} comments={comments}>
        <span className="text-muted">{t('blocked.ownIdea')}</span>
      </CardCounts>
    );
  const voted = known && shown.voted;
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
      <CardCounts votes={votes} comments={comments} />
      <form action={submit} onSubmit={press.onSubmit} className="flex flex-wrap items-center gap-x-2">
        <input type="hidden" name="ideaId" value={ideaId} />
        <input type="hidden" name="intent" value={confirmedIntent} />
        {voted && (
          <span className="font-semibold text-brand">
            <span aria-hidden="true">✓ </span>
            {t('voted')}
          </span>
        )}
        <button
          type="submit"
          {...press.buttonHandlers}
          aria-disabled={!known || pending}
          className={clsx(
            'inline-flex min-h-11 items-center gap-2 rounded',
            voted ? 'px-2 text-sm text-brand underline underline-offset-4' : 'border-2 px-3 font-semibold',
            !known ? 'cursor-wait border-line bg-white text-muted' : !voted && 'border-brand bg-white text-brand',
          )}
        >
          {!voted && <ThumbsUp aria-hidden="true" size={18} />}
          {voted ? t('undo') : t('vote')}
          <span className="sr-only">– {title}</span>
        </button>
      </form>
    </div>
  );
}
