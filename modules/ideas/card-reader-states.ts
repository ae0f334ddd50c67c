import { z } from 'zod';
import type { Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';
import type { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { openStatuses } from './lifecycle';
import { coAuthorIdsOf, involvedIdsOf, ownershipSelect } from './ownership';
import { canSeeIdea } from './visibility';

/** Whether a list card offers a vote for an idea in this state (the vote's own rules still decide). */
export function openToVotes(status: IdeaStatus): boolean {
  return openStatuses.includes(status);
}

/** More than a list page holds (20), far fewer than would let one ask walk the ideas. */
export const MAX_CARD_READER_STATE_IDS = 50;

const ideaId = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(2_147_483_647));

/**
 * `ids=1,2,3` as the list cards ask it: 1 to MAX_CARD_READER_STATE_IDS idea numbers, repeats
 * dropped. Anything else is refused as a whole rather than partly answered.
 */
export const cardReaderStatesQuery = z
  .string()
  .max(MAX_CARD_READER_STATE_IDS * 11)
  .transform((text) => text.split(','))
  .pipe(z.array(ideaId).min(1).max(MAX_CARD_READER_STATE_IDS))
  .transform((ids) => [...new Set(ids)]);

/** What a list card needs to show the reader's vote button as theirs. */
export interface CardReaderState {
  voted: boolean;
  /** Exact now, where the stored list may be a moment behind. */
  voteCount: number;
  /** The reader is the idea's author or a (invited) co-author: they may not vote for it. */
  ownIdea: boolean;
}

/**
 * The reader's own vote on each of these ideas, for the cards of a stored list (decision 0008):
 * the list is the same for everyone, and this fills in whose it is. Ideas the reader may not see,
 * or that do not exist, are simply absent from the answer.
 */
export async function getCardReaderStates(
  db: Database,
  actor: Actor,
  ids: readonly number[],
): Promise<Record<number, CardReaderState>> {
  const ideas = await db.idea.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, status: true, voteCount: true, ...ownershipSelect },
  });
  const visible = ideas.filter((idea) =>
    canSeeIdea(actor, { status: idea.status, authorId: idea.authorId, coAuthorIds: coAuthorIdsOf(idea) }),
  );
  if (visible.length === 0) return {};
  const votes = await db.vote.findMany({
    where: { userId: actor.id, ideaId: { in: visible.map((idea) => idea.id) } },
    select: { ideaId: true },
  });
  const voted = new Set(votes.map((vote) => vote.ideaId));
  return Object.fromEntries(
    visible.map((idea) => [
      idea.id,
      { voted: voted.has(idea.id), voteCount: idea.voteCount, ownIdea: involvedIdsOf(idea).includes(actor.id) },
    ]),
  );
}
