import { can, type Actor } from '@/modules/access/permissions';
import { type Database } from '@/modules/platform/db/client';
import { announceVoteCountChange } from '@/modules/platform/page-cache/announce';
import { hitRateLimit } from '@/modules/platform/rate-limit/rate-limit';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { nominateOnVotes } from './candidacy';
import { openStatuses } from './lifecycle';
import { involvedIdsOf, ownershipSelect } from './ownership';
import { VOTE_LIMIT } from './rate-limits';
import { sqlStatuses } from './status';

export type VoteResult =
  | { ok: true; voted: boolean; voteCount: number }
  | {
      ok: false;
      message:
        | 'errors.signInRequired'
        | 'errors.forbidden'
        | 'errors.notFound'
        | 'ideas.vote.closed'
        | 'ideas.vote.ownIdea'
        | 'rateLimit.vote';
    };

/**
 * Vote and unvote are one SQL statement each: the idea row is locked, the vote row inserted or
 * deleted (the primary key makes a second vote a no-op), and the counter and trending score move
 * with it. So the count always equals the rows, under any burst, without holding a transaction
 * open across round trips (stack-notes: interactive transactions time out under bursts).
 */
export async function setVote(db: Database, actor: Actor | null, ideaId: number, voted: boolean): Promise<VoteResult> {
  if (!actor?.active) return { ok: false, message: 'errors.signInRequired' };
  if (!can(actor, 'idea.vote')) return { ok: false, message: 'errors.forbidden' };
  // Before anything else: only votes within the limit can reach the page-store announcement below.
  if (!(await hitRateLimit(db, VOTE_LIMIT, { personId: actor.id })).allowed)
    return { ok: false, message: 'rateLimit.vote' };
  const idea = await db.idea.findUnique({
    where: { id: ideaId },
    select: { status: true, voteCount: true, ...ownershipSelect },
  });
  if (!idea) return { ok: false, message: 'errors.notFound' };
  if (!openStatuses.includes(idea.status)) return { ok: false, message: 'ideas.vote.closed' };
  if (involvedIdsOf(idea).includes(actor.id)) return { ok: false, message: 'ideas.vote.ownIdea' };

  const open = sqlStatuses(openStatuses);
  const rows = voted
    ? await db.$queryRaw<{ vote_count: number; status?: string }[]>`
        WITH idea AS (
          SELECT id FROM ideas WHERE id = ${ideaId} AND status::text = ANY(${open}) FOR UPDATE
        ), inserted AS (
          INSERT INTO votes (idea_id, user_id) SELECT id, ${actor.id}::uuid FROM idea
          ON CONFLICT DO NOTHING RETURNING idea_id, created_at
        )
        UPDATE ideas SET vote_count = vote_count + 1, trending_score = trending_score + trending_weight(inserted.created_at)
        FROM inserted WHERE ideas.id = inserted.idea_id
        RETURNING ideas.vote_count, ideas.status::text AS status`
    : await db.$queryRaw<{ vote_count: number; status?: string }[]>`
        WITH idea AS (
          SELECT id FROM ideas WHERE id = ${ideaId} AND status::text = ANY(${open}) FOR UPDATE
        ), deleted AS (
          DELETE FROM votes USING idea WHERE votes.idea_id = idea.id AND votes.user_id = ${actor.id}::uuid
          RETURNING votes.idea_id, votes.created_at
        )
        UPDATE ideas SET vote_count = vote_count - 1,
          trending_score = greatest(trending_score - trending_weight(deleted.created_at), 0)
        FROM deleted WHERE ideas.id = deleted.idea_id
        RETURNING ideas.vote_count`;
  const changed = rows[0];
  if (changed) {
    announceVoteCountChange(db, ideaId);
    // The vote is counted first; becoming a candidate is its own transaction after it. The status
    // is the one the vote saw under its row lock: once a candidate, later votes cost nothing more.
    if (voted && changed.status === sqlStatuses([IdeaStatus.PUBLISHED])[0])
      await nominateOnVotes(db, ideaId, changed.vote_count);
    return { ok: true, voted, voteCount: changed.vote_count };
  }
  // Nothing changed: a repeated click (already voted / not voted), or the idea closed meanwhile.
  const now = await db.idea.findUnique({ where: { id: ideaId }, select: { status: true, voteCount: true } });
  if (!now || !openStatuses.includes(now.status)) return { ok: false, message: 'ideas.vote.closed' };
  return { ok: true, voted, voteCount: now.voteCount };
}
