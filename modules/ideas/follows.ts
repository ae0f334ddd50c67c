import { can, type Actor } from '@/modules/access/permissions';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { coAuthorIdsOf, ownershipSelect } from './ownership';
import { canSeeIdea } from './visibility';

type Tx = Prisma.TransactionClient | Database;

/** Starts following (a no-op when already following), keeping the follower count exact. */
export async function follow(tx: Tx, ideaId: number, userId: string): Promise<void> {
  const inserted = await tx.$executeRaw`
    INSERT INTO idea_follows (idea_id, user_id) VALUES (${ideaId}, ${userId}::uuid) ON CONFLICT DO NOTHING`;
  if (inserted) await tx.$executeRaw`UPDATE ideas SET follower_count = follower_count + 1 WHERE id = ${ideaId}`;
}

export async function unfollow(tx: Tx, ideaId: number, userId: string): Promise<void> {
  const deleted =
    await tx.$executeRaw`DELETE FROM idea_follows WHERE idea_id = ${ideaId} AND user_id = ${userId}::uuid`;
  if (deleted) await tx.$executeRaw`UPDATE ideas SET follower_count = follower_count - 1 WHERE id = ${ideaId}`;
}

export type FollowResult = { ok: true; following: boolean; followerCount: number } | { ok: false; message: string };

/** A person follows or stops following an idea they can see. */
export async function setFollowing(
  db: Database,
  actor: Actor | null,
  ideaId: number,
  following: boolean,
): Promise<FollowResult> {
  if (!actor?.active) return { ok: false, message: 'errors.signInRequired' };
  if (!can(actor, 'idea.follow')) return { ok: false, message: 'errors.forbidden' };
  const idea = await db.idea.findUnique({ where: { id: ideaId }, select: { status: true, ...ownershipSelect } });
  if (!idea || !canSeeIdea(actor, { ...idea, coAuthorIds: coAuthorIdsOf(idea) }))
    return { ok: false, message: 'errors.notFound' };
  return db.$transaction(async (tx) => {
    await (following ? follow(tx, ideaId, actor.id) : unfollow(tx, ideaId, actor.id));
    const idea = await tx.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { followerCount: true } });
    return { ok: true, following, followerCount: idea.followerCount };
  });
}
