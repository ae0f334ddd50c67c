import { Role, type Database } from '@/modules/platform/db/client';
import type { Actor } from '@/modules/access/permissions';
import { coAuthorIdsOf, ownershipSelect } from './ownership';
import { canSeeIdea } from './visibility';

/**
 * Whom the stored member version of an idea page is rendered for: an employee with no other role
 * and no part in the idea (no user has this id). Their own vote, follow and "helpful" marks are
 * then filled in by the browser from getReaderState (docs/decisions/0008).
 */
export const plainEmployee: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  roles: [Role.EMPLOYEE],
  active: true,
};

export interface ReaderState {
  voted: boolean;
  following: boolean;
  /** Exact now, where the stored page may be a moment behind. */
  voteCount: number;
  followerCount: number;
  /** The idea's comments this reader has marked helpful. */
  helpful: number[];
}

/** This reader's own state on an idea page; null when they may not see the idea. */
export async function getReaderState(db: Database, actor: Actor, ideaId: number): Promise<ReaderState | null> {
  const idea = await db.idea.findUnique({
    where: { id: ideaId },
    select: { status: true, voteCount: true, followerCount: true, ...ownershipSelect },
  });
  if (!idea || !canSeeIdea(actor, { status: idea.status, authorId: idea.authorId, coAuthorIds: coAuthorIdsOf(idea) }))
    return null;
  const [vote, follow, helpful] = await Promise.all([
    db.vote.findUnique({ where: { ideaId_userId: { ideaId, userId: actor.id } }, select: { createdAt: true } }),
    db.ideaFollow.findUnique({ where: { ideaId_userId: { ideaId, userId: actor.id } }, select: { createdAt: true } }),
    db.commentHelpful.findMany({ where: { userId: actor.id, comment: { ideaId } }, select: { commentId: true } }),
  ]);
  return {
    voted: vote !== null,
    following: follow !== null,
    voteCount: idea.voteCount,
    followerCount: idea.followerCount,
    helpful: helpful.map((mark) => mark.commentId),
  };
}
