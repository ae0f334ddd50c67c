import { can, type Action, type Actor } from '@/modules/access/permissions';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';

// The idea lifecycle: every state, every transition, and the permission each transition needs.
// Server code moves ideas only through `transitionFor`; the UI asks `availableTransitions` which
// buttons to show. Authors act through the `.own` grants, so ownership is part of the check.

export type TransitionName =
  | 'submit'
  | 'resubmit'
  | 'publish'
  | 'request-changes'
  | 'reject'
  | 'hide'
  | 'restore'
  | 'merge'
  | 'shortlist'
  | 'evaluate'
  | 'experiment'
  | 'implement'
  | 'complete'
  | 'decline'
  | 'discontinue'
  | 'archive'
  | 'withdraw';

export interface Transition {
  name: TransitionName;
  from: readonly IdeaStatus[];
  to: IdeaStatus;
  action: Action;
  /** The decision is explained to the author (and on the public timeline when the idea is public). */
  reasonRequired: boolean;
  /** Only the idea's own authors, whatever `.any` grants others hold (nobody submits for someone). */
  authorsOnly?: boolean;
}

const S = IdeaStatus;
const acceleratorStages = [S.SHORTLISTED, S.EVALUATION, S.EXPERIMENT, S.IMPLEMENTATION] as const;

export const transitions: readonly Transition[] = [
  { name: 'submit', from: [S.DRAFT], to: S.SUBMITTED, action: 'idea.edit', reasonRequired: false, authorsOnly: true },
  // A hidden idea's authors may fix it and ask for a new review, which puts it back in the queue.
  { name: 'resubmit', from: [S.CHANGES_REQUESTED, S.HIDDEN], to: S.SUBMITTED, action: 'idea.edit', reasonRequired: false, authorsOnly: true },
  { name: 'publish', from: [S.SUBMITTED], to: S.PUBLISHED, action: 'idea.moderate', reasonRequired: false },
  { name: 'request-changes', from: [S.SUBMITTED], to: S.CHANGES_REQUESTED, action: 'idea.moderate', reasonRequired: true },
  { name: 'reject', from: [S.SUBMITTED], to: S.REJECTED, action: 'idea.moderate', reasonRequired: true },
  { name: 'hide', from: [S.PUBLISHED, ...acceleratorStages], to: S.HIDDEN, action: 'idea.moderate', reasonRequired: true },
  { name: 'restore', from: [S.HIDDEN], to: S.PUBLISHED, action: 'idea.moderate', reasonRequired: false },
  { name: 'merge', from: [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED], to: S.MERGED, action: 'idea.moderate', reasonRequired: false },
  { name: 'shortlist', from: [S.PUBLISHED], to: S.SHORTLISTED, action: 'idea.promote', reasonRequired: false },
  { name: 'evaluate', from: [S.SHORTLISTED], to: S.EVALUATION, action: 'accelerator.manage', reasonRequired: false },
  { name: 'experiment', from: [S.EVALUATION], to: S.EXPERIMENT, action: 'accelerator.manage', reasonRequired: false },
  { name: 'implement', from: [S.EVALUATION, S.EXPERIMENT], to: S.IMPLEMENTATION, action: 'accelerator.manage', reasonRequired: false },
  { name: 'complete', from: [S.IMPLEMENTATION], to: S.IMPLEMENTED, action: 'accelerator.manage', reasonRequired: false },
  { name: 'decline', from: [S.PUBLISHED, S.SHORTLISTED, S.EVALUATION], to: S.DECLINED, action: 'idea.review', reasonRequired: true },
  { name: 'discontinue', from: [S.EXPERIMENT, S.IMPLEMENTATION], to: S.DISCONTINUED, action: 'accelerator.manage', reasonRequired: true },
  { name: 'archive', from: [S.IMPLEMENTED, S.DECLINED, S.DISCONTINUED, S.REJECTED], to: S.ARCHIVED, action: 'accelerator.manage', reasonRequired: false },
  { name: 'withdraw', from: [S.DRAFT, S.SUBMITTED, S.CHANGES_REQUESTED, S.PUBLISHED], to: S.WITHDRAWN, action: 'idea.withdraw', reasonRequired: false },
];

/** States in which colleagues may vote, withdraw a vote, comment and follow. */
export const openStatuses: readonly IdeaStatus[] = [S.PUBLISHED, ...acceleratorStages];

/** States in which the authors may still change the text. */
export const editableStatuses: readonly IdeaStatus[] = [S.DRAFT, S.CHANGES_REQUESTED, S.HIDDEN, S.PUBLISHED];

export interface IdeaForTransition {
  status: IdeaStatus;
  /** Author and confirmed co-authors. */
  ownerIds: readonly string[];
}

function allowed(actor: Actor | null, idea: IdeaForTransition, transition: Transition): boolean {
  if (!transition.from.includes(idea.status)) return false;
  if (transition.authorsOnly && !(actor && idea.ownerIds.includes(actor.id))) return false;
  return can(actor, transition.action, { ownerIds: idea.ownerIds });
}

/** The transition by this name from the idea's current state, if this actor may make it. */
export function transitionFor(actor: Actor | null, idea: IdeaForTransition, name: TransitionName): Transition | null {
  return transitions.find((transition) => transition.name === name && allowed(actor, idea, transition)) ?? null;
}

export function availableTransitions(actor: Actor | null, idea: IdeaForTransition): Transition[] {
  return transitions.filter((transition) => allowed(actor, idea, transition));
}
