import type { Database } from '../db/client';
import { logger } from '../logger';
import { PAGE_CHANGE_CHANNEL } from './invalidation';

/** Votes within this window on one idea are announced together. */
const VOTE_ANNOUNCE_WINDOW_MS = 250;
const scheduled = new Set<number>();

/**
 * Tells every instance's page store that an idea's vote count moved. The database triggers leave
 * votes out (a notification per vote would serialise a burst's commits), so this instance sends
 * one notification per idea per window instead: stored pages show a count at most a moment old,
 * while the voter, being signed in, always sees the exact one.
 */
export function announceVoteCountChange(db: Database, ideaId: number): void {
  if (scheduled.has(ideaId)) return;
  scheduled.add(ideaId);
  setTimeout(() => {
    scheduled.delete(ideaId);
    db.$executeRaw`SELECT pg_notify(${PAGE_CHANGE_CHANNEL}, ${String(ideaId)})`.catch((error: unknown) =>
      logger.warn({ err: error, ideaId }, 'page store: could not announce a vote'),
    );
  }, VOTE_ANNOUNCE_WINDOW_MS).unref();
}
