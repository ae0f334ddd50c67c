import type { Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';
import {
  hitRateLimit,
  personOrClient,
  type RateLimit,
  type RateLimitVerdict,
} from '@/modules/platform/rate-limit/rate-limit';

// The ideas domain's limits (README, "Rate limits"). Counted in PostgreSQL, so they hold across
// every app instance; a refused person is told which limit and asked to wait.

/** Votes and unvotes per person. Each changed vote announces the idea's new count to every instance's page store. */
export const VOTE_LIMIT: RateLimit = { name: 'idea-vote', points: 30, windowSeconds: 60 };

/** New comments and comment edits per person. */
export const COMMENT_LIMIT: RateLimit = { name: 'comment-write', points: 10, windowSeconds: 60 };

/** Searches of ideas per person, or per client address when signed out (the list's search). */
export const SEARCH_LIMIT: RateLimit = { name: 'idea-search', points: 60, windowSeconds: 60 };

/**
 * The new-idea form's "similar ideas", per person: asked after each pause while a title is typed,
 * so a count of its own, lest typing a long title use up the person's list searches.
 */
export const SUGGESTION_LIMIT: RateLimit = { name: 'idea-suggestion', points: 120, windowSeconds: 60 };

/**
 * The list cards' batch of a reader's own votes (one ask per list page shown), per person. Generous:
 * it only damps a script that would use it to walk every idea.
 */
export const CARD_READER_STATE_LIMIT: RateLimit = { name: 'idea-card-reader-state', points: 120, windowSeconds: 60 };

/**
 * The front page's "your ideas waiting for you", per person: asked once per front page a signed-in
 * person opens, so generous; it only damps a script asking in a loop.
 */
export const NEEDING_ACTION_LIMIT: RateLimit = { name: 'idea-needing-action', points: 120, windowSeconds: 60 };

/** Different people one comment may mention (each is notified). */
export const MAX_MENTIONS_PER_COMMENT = 10;

/** Counts one idea search by this reader: signed-in people as themselves, others by client address. */
export function hitSearchLimit(
  db: Database,
  actor: Actor | null,
  clientAddress: string | null,
): Promise<RateLimitVerdict> {
  return hitRateLimit(db, SEARCH_LIMIT, personOrClient(actor?.active ? actor.id : null, clientAddress));
}

/** Counts one similar-ideas suggestion for a signed-in person. */
export function hitSuggestionLimit(db: Database, actor: Actor): Promise<RateLimitVerdict> {
  return hitRateLimit(db, SUGGESTION_LIMIT, { personId: actor.id });
}
