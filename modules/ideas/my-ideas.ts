import type { Actor } from '@/modules/access/permissions';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { invitedWhere, ownedByWhere } from './ownership';
import { isPublic } from './visibility';

// "My ideas": everything the reader wrote or was asked to write with others, grouped by what it
// waits for, what needs the reader's own action first. Anonymous ideas are theirs too.

const S = IdeaStatus;

/** The groups in the order the page shows them: the reader's own action first, settled ones last. */
export const myIdeaGroups = ['needsChanges', 'invitations', 'drafts', 'inModeration', 'inProgress', 'settled'] as const;
export type MyIdeaGroup = (typeof myIdeaGroups)[number];

const groupOfStatus: Record<IdeaStatus, Exclude<MyIdeaGroup, 'invitations'>> = {
  [S.CHANGES_REQUESTED]: 'needsChanges',
  // The authors may fix a hidden idea and send it back (it returns through a moderator).
  [S.HIDDEN]: 'needsChanges',
  [S.DRAFT]: 'drafts',
  [S.SUBMITTED]: 'inModeration',
  [S.PUBLISHED]: 'inProgress',
  [S.SHORTLISTED]: 'inProgress',
  [S.EVALUATION]: 'inProgress',
  [S.EXPERIMENT]: 'inProgress',
  [S.IMPLEMENTATION]: 'inProgress',
  [S.IMPLEMENTED]: 'settled',
  [S.DECLINED]: 'settled',
  [S.DISCONTINUED]: 'settled',
  [S.ARCHIVED]: 'settled',
  [S.REJECTED]: 'settled',
  [S.WITHDRAWN]: 'settled',
  [S.MERGED]: 'settled',
};

/** What happens next, as the page says it: one sentence per waiting state, one for all settled ones. */
export type NextStep =
  | 'invitation'
  | 'settled'
  | typeof S.CHANGES_REQUESTED
  | typeof S.HIDDEN
  | typeof S.DRAFT
  | typeof S.SUBMITTED
  | typeof S.PUBLISHED
  | typeof S.SHORTLISTED
  | typeof S.EVALUATION
  | typeof S.EXPERIMENT
  | typeof S.IMPLEMENTATION
  | typeof S.MERGED;

function nextStepOf(status: IdeaStatus, group: MyIdeaGroup): NextStep {
  if (group === 'invitations') return 'invitation';
  if (status === S.MERGED) return status;
  return group === 'settled' ? 'settled' : (status as Exclude<NextStep, 'invitation' | 'settled'>);
}

/**
 * A generous bound for each group: a person's own ideas are few. Each group is asked for on its
 * own, so many settled ideas never push out one that waits for its person.
 */
export const myIdeasLimit = 300;

export interface MyIdea {
  id: number;
  title: string;
  status: IdeaStatus;
  anonymous: boolean;
  /** The last change the reader would call one: a decision, or an edit of the text. */
  changedAt: Date;
  voteCount: number;
  commentCount: number;
  /** Why it was sent back or hidden (null for a hiding by reports, waiting for a moderator). */
  reason: string | null;
  /** For an invitation: who asked (the reader is asked to write with them, so they see the name). */
  invitedBy: string | null;
  mergedIntoId: number | null;
  next: NextStep;
}

export type MyIdeas = Record<MyIdeaGroup, MyIdea[]>;

/** The first groups, which wait for the reader's own action: the front page's "waiting for you" too. */
export const actionGroups = ['needsChanges', 'invitations', 'drafts'] as const satisfies readonly MyIdeaGroup[];
export type ActionGroup = (typeof actionGroups)[number];

function groupWhere(group: MyIdeaGroup, userId: string): Prisma.IdeaWhereInput {
  if (group === 'invitations') return invitedWhere(userId);
  const statuses = (Object.keys(groupOfStatus) as IdeaStatus[]).filter((status) => groupOfStatus[status] === group);
  return { AND: [ownedByWhere(userId), { status: { in: statuses } }] };
}

/** One group, most recently changed first, at most `take` of it. */
async function listGroup(db: Database, userId: string, group: MyIdeaGroup, take: number): Promise<MyIdea[]> {
  const ideas = await db.idea.findMany({
    where: groupWhere(group, userId),
    // Every change of the row moves `updatedAt`, so the most recently changed are never cut off.
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      title: true,
      status: true,
      anonymous: true,
      voteCount: true,
      commentCount: true,
      mergedIntoId: true,
      statusChangedAt: true,
      editedAt: true,
      updatedAt: true,
      author: { select: { name: true } },
      events: {
        where: { toStatus: { not: null } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { toStatus: true, reason: true },
      },
    },
  });
  const mine = ideas.map((idea): MyIdea => {
    const decision = idea.events[0];
    return {
      id: idea.id,
      title: idea.title,
      status: idea.status,
      anonymous: idea.anonymous,
      changedAt: lastChange(idea),
      voteCount: idea.voteCount,
      commentCount: idea.commentCount,
      reason: group === 'needsChanges' && decision?.toStatus === idea.status ? decision.reason : null,
      invitedBy: group === 'invitations' ? idea.author.name : null,
      mergedIntoId: idea.mergedIntoId,
      next: nextStepOf(idea.status, group),
    };
  });
  return mine.sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime());
}

/**
 * The groups waiting for the reader's own action, at most `take` of each. "My ideas" begins with
 * them and the front page shows them, from this one function, so the two never disagree.
 */
export async function listIdeasWaitingForAction(
  db: Database,
  actor: Actor,
  take: number,
): Promise<Pick<MyIdeas, ActionGroup>> {
  const [needsChanges, invitations, drafts] = await Promise.all(
    actionGroups.map((group) => listGroup(db, actor.id, group, take)),
  );
  return { needsChanges: needsChanges!, invitations: invitations!, drafts: drafts! };
}

/** How many ideas wait for the reader's own action, in all the action groups together. */
export function countIdeasWaitingForAction(db: Database, actor: Actor): Promise<number> {
  return db.idea.count({ where: { OR: actionGroups.map((group) => groupWhere(group, actor.id)) } });
}

/** The reader's ideas by group, each group most recently changed first; null for nobody signed in. */
export async function listMyIdeas(db: Database, actor: Actor | null): Promise<MyIdeas | null> {
  if (!actor?.active) return null;
  const [waiting, inModeration, inProgress, settled] = await Promise.all([
    listIdeasWaitingForAction(db, actor, myIdeasLimit),
    listGroup(db, actor.id, 'inModeration', myIdeasLimit),
    listGroup(db, actor.id, 'inProgress', myIdeasLimit),
    listGroup(db, actor.id, 'settled', myIdeasLimit),
  ]);
  return { ...waiting, inModeration, inProgress, settled };
}

// A public idea's row also changes when its counters do, which is nobody's edit; before it is
// public only its people touch it.
function lastChange(idea: { status: IdeaStatus; statusChangedAt: Date; editedAt: Date | null; updatedAt: Date }): Date {
  const edited = isPublic(idea.status) ? idea.editedAt : idea.updatedAt;
  return edited && edited > idea.statusChangedAt ? edited : idea.statusChangedAt;
}
