'use client';

import { useActionState } from 'react';
import { voteAction } from '@/modules/ideas/actions';
import type { VoteIntent, VoteRequestResult } from '@/modules/ideas/reader-requests';
import { usePressIntent } from './use-press-intent';

export interface VoteFacts {
  voted: boolean;
  voteCount: number;
}

/**
 * One vote button's state, the same on the idea page and on a list card (decision 0012): while a
 * vote is sent the count moves at once, and the server's exact count replaces it on answer. The
 * request says "vote" or "unvote" as the label did when pressed; while the reader's own state is
 * unknown (`readerKnown` false) or a vote is on its way, a press does nothing.
 *
 * `rendered`: what the page knows of the reader's vote before any press.
 */
export function useVoteState(readerKnown: boolean, rendered: VoteFacts) {
  const [result, submit, pending] = useActionState<VoteRequestResult | null, FormData>(voteAction, null);
  const known = readerKnown || result?.ok === true;
  const confirmed: VoteFacts = result?.ok ? { voted: result.voted, voteCount: result.voteCount } : rendered;
  const shown: VoteFacts = pending
    ? { voted: !confirmed.voted, voteCount: confirmed.voteCount + (confirmed.voted ? -1 : 1) }
    : confirmed;
  const confirmedIntent: VoteIntent = confirmed.voted ? 'unvote' : 'vote';
  const press = usePressIntent(known && !pending ? confirmedIntent : null);
  return { result, submit, pending, known, shown, confirmedIntent, press };
}
