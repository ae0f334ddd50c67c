import type { Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';
import { countIdeasWaitingForAction, listIdeasWaitingForAction, type MyIdea } from './my-ideas';
import { ideaPath } from './slug';

export interface IdeaNeedingAction {
  id: number;
  title: string;
  /** Where the person acts: the edit form for their own ideas, the idea page for an invitation. */
  href: string;
}

/** The person's ideas that wait for them, as "My ideas" groups them, at most `limit` of each kind. */
export interface IdeasNeedingAction {
  /** A moderator asked for changes, or hid the idea, and its people may fix it. */
  changesRequested: IdeaNeedingAction[];
  /** Someone asked them to be a co-author; they have not answered yet. */
  invitations: IdeaNeedingAction[];
  /** Their own drafts, not yet sent. */
  drafts: IdeaNeedingAction[];
  /** How many there are in all, also beyond `limit`. */
  total: number;
}

/**
 * The first groups of "My ideas", from the same query (modules/ideas/my-ideas.ts, the one place
 * that says what waits for whom), only `limit` of each, for the front page's "your ideas" box.
 * Read for the signed-in person only.
 */
export async function ideasNeedingAction(db: Database, actor: Actor, limit = 5): Promise<IdeasNeedingAction> {
  if (!actor.active) return { changesRequested: [], invitations: [], drafts: [], total: 0 };
  const [waiting, total] = await Promise.all([
    listIdeasWaitingForAction(db, actor, limit),
    countIdeasWaitingForAction(db, actor),
  ]);
  const toEdit = (idea: MyIdea) => ({ id: idea.id, title: idea.title, href: `${ideaPath(idea)}/edit` });
  const toRead = (idea: MyIdea) => ({ id: idea.id, title: idea.title, href: ideaPath(idea) });
  return {
    changesRequested: waiting.needsChanges.map(toEdit),
    invitations: waiting.invitations.map(toRead),
    drafts: waiting.drafts.map(toEdit),
    total,
  };
}
