import type { Actor } from '@/modules/access/permissions';
import type { Database } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
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

/** A generous bound: a person's own ideas are few, and the settled ones are the oldest. */
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

/** The reader's ideas by group, each group most recently changed first; null for nobody signed in. */
export async function listMyIdeas(db: Database, actor: Actor | null): Promise<MyIdeas | null> {
  if (!actor?.active) return null;
  const ideas = await db.idea.findMany({
    where: { OR: [{ authorId: actor.id }, { coAuthors: { some: { userId: actor.id } } }] },
    orderBy: [{ statusChangedAt: 'desc' }, { id: 'desc' }],
    take: myIdeasLimit,
    select: {
      id: true,
      title: true,
      status: true,
      anonymous: true,
      authorId: true,
      voteCount: true,
      commentCount: true,
      mergedIntoId: true,
      statusChangedAt: true,
      editedAt: true,
      updatedAt: true,
      author: { select: { name: true } },
      coAuthors: { where: { userId: actor.id }, select: { confirmedAt: true } },
      events: {
        where: { toStatus: { not: null } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { toStatus: true, reason: true },
      },
    },
  });
  const groups = Object.fromEntries(myIdeaGroups.map((group) => [group, [] as MyIdea[]])) as MyIdeas;
  for (const idea of ideas) {
    const invited = idea.authorId !== actor.id && idea.coAuthors[0]?.confirmedAt === null;
    const group = invited ? 'invitations' : groupOfStatus[idea.status];
    const decision = idea.events[0];
    groups[group].push({
      id: idea.id,
      title: idea.title,
      status: idea.status,
      anonymous: idea.anonymous,
      changedAt: lastChange(idea),
      voteCount: idea.voteCount,
      commentCount: idea.commentCount,
      reason: group === 'needsChanges' && decision?.toStatus === idea.status ? decision.reason : null,
      invitedBy: invited ? idea.author.name : null,
      mergedIntoId: idea.mergedIntoId,
      next: nextStepOf(idea.status, group),
    });
  }
  for (const group of myIdeaGroups) groups[group].sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime());
  return groups;
}

// A public idea's row also changes when its counters do, which is nobody's edit; before it is
// public only its people touch it.
function lastChange(idea: { status: IdeaStatus; statusChangedAt: Date; editedAt: Date | null; updatedAt: Date }): Date {
  const edited = isPublic(idea.status) ? idea.editedAt : idea.updatedAt;
  return edited && edited > idea.statusChangedAt ? edited : idea.statusChangedAt;
}
