import type { Actor } from '@/modules/access/permissions';
import { IdeaStatus, type Database } from '@/modules/platform/db/client';
import { ideaPath } from './slug';

export interface IdeaNeedingAction {
  id: number;
  title: string;
  /** Where the person acts: the edit form for their own ideas, the idea page for an invitation. */
  href: string;
}

/** The person's ideas that wait for them, each kind newest first and at most `limit` of each. */
export interface IdeasNeedingAction {
  /** A moderator asked for changes to an idea they own (author or confirmed co-author). */
  changesRequested: IdeaNeedingAction[];
  /** Someone asked them to be a co-author; they have not answered yet. */
  invitations: IdeaNeedingAction[];
  /** Their own drafts, not yet sent. */
  drafts: IdeaNeedingAction[];
  /** How many there are in all, also beyond `limit`. */
  total: number;
}

const titled = { id: true, title: true } as const;

// An invitation to an idea its author took back or that was merged elsewhere has nothing to answer.
const settledForInvitations = [IdeaStatus.WITHDRAWN, IdeaStatus.MERGED, IdeaStatus.REJECTED];

/**
 * What waits for this person's action, for the front page's "your ideas" box (and /my-ideas). Every
 * query is scoped to the person in its `where`: nothing about anyone else's ideas is read.
 */
export async function ideasNeedingAction(db: Database, actor: Actor, limit = 5): Promise<IdeasNeedingAction> {
  const owned = {
    OR: [{ authorId: actor.id }, { coAuthors: { some: { userId: actor.id, confirmedAt: { not: null } } } }],
  };
  const changesWhere = { status: IdeaStatus.CHANGES_REQUESTED, ...owned };
  const invitationsWhere = {
    coAuthors: { some: { userId: actor.id, confirmedAt: null } },
    status: { notIn: settledForInvitations },
  };
  const draftsWhere = { status: IdeaStatus.DRAFT, authorId: actor.id };
  const newest = [{ statusChangedAt: 'desc' as const }, { id: 'desc' as const }];
  const [changes, invitations, drafts, counts] = await Promise.all([
    db.idea.findMany({ where: changesWhere, orderBy: newest, take: limit, select: titled }),
    db.idea.findMany({ where: invitationsWhere, orderBy: newest, take: limit, select: titled }),
    db.idea.findMany({ where: draftsWhere, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], take: limit, select: titled }),
    Promise.all([
      db.idea.count({ where: changesWhere }),
      db.idea.count({ where: invitationsWhere }),
      db.idea.count({ where: draftsWhere }),
    ]),
  ]);
  const toEdit = (idea: { id: number; title: string }) => ({ ...idea, href: `${ideaPath(idea)}/edit` });
  return {
    changesRequested: changes.map(toEdit),
    invitations: invitations.map((idea) => ({ ...idea, href: ideaPath(idea) })),
    drafts: drafts.map(toEdit),
    total: counts.reduce((sum, count) => sum + count, 0),
  };
}
