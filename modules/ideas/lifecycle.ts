import { can, type Action, type Actor } from '@/modules/access/permissions';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';

// The idea lifecycle: every state, every transition, the permission each transition needs and whom
// it tells. Server code moves ideas only through `applyTransition` (transition.ts), which asks
// `transitionFor`; the UI asks `availableTransitions` which buttons to show. Authors act through
// the `.own` grants, so ownership is part of the check.

export type TransitionName =
  | 'submit'
  | 'resubmit'
  | 'publish'
  | 'request-changes'
  | 'reject'
  | 'hide'
  | 'restore'
  | 'merge'
  | 'nominate'
  | 'auto-nominate'
  | 'promote'
  | 'experiment'
  | 'implement'
  | 'complete'
  | 'decline'
  | 'discontinue'
  | 'archive'
  | 'withdraw'
  | 'auto-hide'
  | 'auto-publish';

export interface Transition {
  name: TransitionName;
  from: readonly IdeaStatus[];
  to: IdeaStatus;
  action: Action;
  /** The decision is explained to the author (and on the public timeline when the idea is public). */
  reasonRequired: boolean;
  /** Only the idea's own authors, whatever `.any` grants others hold (nobody submits for someone). */
  authorsOnly?: boolean;
  /** Made by VAU itself on a rule (enough reports, post-moderation), never offered to a person. */
  system?: boolean;
  /** Goes back to the state the idea was hidden from, when it was hidden; else to `to`. */
  returnsToHiddenFrom?: boolean;
  /** Who is told: the owners, or the owners and everyone following the idea. */
  tells: 'nobody' | 'owners' | 'owners-and-followers';
}

const S = IdeaStatus;
const acceleratorStages = [S.SHORTLISTED, S.EVALUATION, S.EXPERIMENT, S.IMPLEMENTATION] as const;
/** States in which colleagues may vote, withdraw a vote, comment and follow. */
const open = [S.PUBLISHED, ...acceleratorStages] as const;
/** Public but settled: read, not discussed. */
const closedPublic = [S.DECLINED, S.IMPLEMENTED, S.DISCONTINUED, S.ARCHIVED] as const;

export const transitions: readonly Transition[] = [
  {
    name: 'submit',
    from: [S.DRAFT],
    to: S.SUBMITTED,
    action: 'idea.edit',
    reasonRequired: false,
    authorsOnly: true,
    tells: 'nobody',
  },
  // A hidden idea's authors may fix it and ask for a new review, which puts it back in the queue.
  {
    name: 'resubmit',
    from: [S.CHANGES_REQUESTED, S.HIDDEN],
    to: S.SUBMITTED,
    action: 'idea.edit',
    reasonRequired: false,
    authorsOnly: true,
    tells: 'nobody',
  },
  // A fixed hidden idea returns to the stage it was hidden from, not to the start.
  {
    name: 'publish',
    from: [S.SUBMITTED],
    to: S.PUBLISHED,
    action: 'idea.moderate',
    reasonRequired: false,
    returnsToHiddenFrom: true,
    tells: 'owners',
  },
  {
    name: 'request-changes',
    from: [S.SUBMITTED],
    to: S.CHANGES_REQUESTED,
    action: 'idea.moderate',
    reasonRequired: true,
    tells: 'owners',
  },
  {
    name: 'reject',
    from: [S.SUBMITTED],
    to: S.REJECTED,
    action: 'idea.moderate',
    reasonRequired: true,
    tells: 'owners',
  },
  // A moderator may hide any public idea (personal data in an archived one too).
  {
    name: 'hide',
    from: [...open, ...closedPublic],
    to: S.HIDDEN,
    action: 'idea.moderate',
    reasonRequired: true,
    tells: 'owners',
  },
  {
    name: 'restore',
    from: [S.HIDDEN],
    to: S.PUBLISHED,
    action: 'idea.moderate',
    reasonRequired: false,
    returnsToHiddenFrom: true,
    tells: 'owners',
  },
  {
    name: 'merge',
    from: [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED],
    to: S.MERGED,
    action: 'idea.moderate',
    reasonRequired: false,
    tells: 'owners-and-followers',
  },
  // A candidate for the accelerator (SHORTLISTED): nominated by a person, or by enough votes.
  {
    name: 'nominate',
    from: [S.PUBLISHED],
    to: S.SHORTLISTED,
    action: 'idea.nominate',
    reasonRequired: false,
    tells: 'owners-and-followers',
  },
  {
    name: 'auto-nominate',
    from: [S.PUBLISHED],
    to: S.SHORTLISTED,
    action: 'idea.nominate',
    reasonRequired: false,
    system: true,
    tells: 'owners-and-followers',
  },
  // Into the accelerator: its first stage is the scorecard evaluation.
  {
    name: 'promote',
    from: [S.SHORTLISTED],
    to: S.EVALUATION,
    action: 'idea.promote',
    reasonRequired: false,
    tells: 'owners-and-followers',
  },
  {
    name: 'experiment',
    from: [S.EVALUATION],
    to: S.EXPERIMENT,
    action: 'accelerator.manage',
    reasonRequired: false,
    tells: 'owners-and-followers',
  },
  {
    name: 'implement',
    from: [S.EVALUATION, S.EXPERIMENT],
    to: S.IMPLEMENTATION,
    action: 'accelerator.manage',
    reasonRequired: false,
    tells: 'owners-and-followers',
  },
  {
    name: 'complete',
    from: [S.IMPLEMENTATION],
    to: S.IMPLEMENTED,
    action: 'accelerator.manage',
    reasonRequired: false,
    tells: 'owners-and-followers',
  },
  // Declining a candidate is the promoting manager's call; declining after the scorecard is the
  // accelerator's decision. One name, two rows: the state decides which permission applies.
  {
    name: 'decline',
    from: [S.PUBLISHED, S.SHORTLISTED],
    to: S.DECLINED,
    action: 'idea.promote',
    reasonRequired: true,
    tells: 'owners-and-followers',
  },
  {
    name: 'decline',
    from: [S.EVALUATION],
    to: S.DECLINED,
    action: 'accelerator.manage',
    reasonRequired: true,
    tells: 'owners-and-followers',
  },
  {
    name: 'discontinue',
    from: [S.EXPERIMENT, S.IMPLEMENTATION],
    to: S.DISCONTINUED,
    action: 'accelerator.manage',
    reasonRequired: true,
    tells: 'owners-and-followers',
  },
  {
    name: 'archive',
    from: [S.IMPLEMENTED, S.DECLINED, S.DISCONTINUED, S.REJECTED],
    to: S.ARCHIVED,
    action: 'accelerator.manage',
    reasonRequired: false,
    tells: 'owners-and-followers',
  },
  {
    name: 'withdraw',
    from: [S.DRAFT, S.SUBMITTED, S.CHANGES_REQUESTED, S.PUBLISHED],
    to: S.WITHDRAWN,
    action: 'idea.withdraw',
    reasonRequired: false,
    tells: 'owners-and-followers',
  },
  // Reports hide only what is still being discussed; a settled idea waits for a moderator instead.
  {
    name: 'auto-hide',
    from: open,
    to: S.HIDDEN,
    action: 'idea.moderate',
    reasonRequired: false,
    system: true,
    tells: 'owners',
  },
  // Post-moderation: a submitted idea goes out at once and is listed for a moderator to check.
  {
    name: 'auto-publish',
    from: [S.SUBMITTED],
    to: S.PUBLISHED,
    action: 'idea.moderate',
    reasonRequired: false,
    system: true,
    returnsToHiddenFrom: true,
    tells: 'nobody',
  },
];

/** States in which colleagues may vote, withdraw a vote, comment and follow. */
export const openStatuses: readonly IdeaStatus[] = open;

/** States in which the authors may still change the text. */
export const editableStatuses: readonly IdeaStatus[] = [S.DRAFT, S.CHANGES_REQUESTED, S.HIDDEN, S.PUBLISHED];

export interface IdeaForTransition {
  status: IdeaStatus;
  /** Author and confirmed co-authors. */
  ownerIds: readonly string[];
  /** The idea's departments: managers act on their own departments' ideas (`.department` grants). */
  departmentIds: readonly string[];
}

function allowed(actor: Actor | null, idea: IdeaForTransition, transition: Transition): boolean {
  if (transition.system || !transition.from.includes(idea.status)) return false;
  if (transition.authorsOnly && !(actor && idea.ownerIds.includes(actor.id))) return false;
  return can(actor, transition.action, { ownerIds: idea.ownerIds, departmentIds: idea.departmentIds });
}

/** The transition by this name from the idea's current state, if this actor may make it. */
export function transitionFor(actor: Actor | null, idea: IdeaForTransition, name: TransitionName): Transition | null {
  return transitions.find((transition) => transition.name === name && allowed(actor, idea, transition)) ?? null;
}

export function availableTransitions(actor: Actor | null, idea: IdeaForTransition): Transition[] {
  return transitions.filter((transition) => allowed(actor, idea, transition));
}

/** A transition VAU makes itself, by this name, if the idea's state allows it. */
export function systemTransitionFor(status: IdeaStatus, name: TransitionName): Transition | null {
  return (
    transitions.find(
      (transition) => transition.name === name && transition.system === true && transition.from.includes(status),
    ) ?? null
  );
}

/** Where the transition takes this idea: a restored (or fixed and published) idea returns to where it was hidden from. */
export function destinationOf(transition: Transition, idea: { hiddenFromStatus: IdeaStatus | null }): IdeaStatus {
  return transition.returnsToHiddenFrom && idea.hiddenFromStatus ? idea.hiddenFromStatus : transition.to;
}

/**
 * Whether a status change's reason is for everyone who may read the idea: the change is one the
 * lifecycle tells followers about (a decision such as decline, merge or a move in the accelerator,
 * explained to all who follow). A moderator's word on publishing or restoring, one note on a bulk
 * decision, and the reasons for sending back, rejecting or hiding are told to the idea's authors
 * only, so they stay theirs (and moderators').
 */
export function reasonIsPublic(change: { fromStatus: IdeaStatus | null; toStatus: IdeaStatus | null }): boolean {
  const { fromStatus, toStatus } = change;
  if (!fromStatus || !toStatus) return false;
  return transitions.some(
    (transition) =>
      transition.tells === 'owners-and-followers' && transition.to === toStatus && transition.from.includes(fromStatus),
  );
}

/** The stages an idea passes on its way to being implemented, in order: the idea page's stepper. */
export const pathToImplementation: readonly IdeaStatus[] = [
  S.SUBMITTED,
  S.PUBLISHED,
  ...acceleratorStages,
  S.IMPLEMENTED,
];

export interface LifecyclePosition {
  /** Stages of the path already passed. */
  passed: IdeaStatus[];
  /** The idea's state now: a stage of the path, or a state beside it (declined, hidden…). */
  current: IdeaStatus;
  /** Stages still ahead; none when the idea has left the path for good. */
  ahead: IdeaStatus[];
  /** The idea is beside the path: `detour` when a transition leads it back, `end` when none does. */
  offPath: 'detour' | 'end' | null;
}

/**
 * Where an idea is on the path to implementation. An idea beside the path is placed after the last
 * stage it reached: the stage it was hidden from (`hiddenFromStatus`) when it has one, else
 * `lastOnPath` read from its timeline, else the first stage from which the lifecycle leads to its
 * state (none when it may come straight from a draft). A fixed hidden idea back in review is a
 * detour too: publishing returns it to the stage it was hidden from, which is shown ahead.
 */
export function lifecyclePosition(
  status: IdeaStatus,
  lastOnPath: IdeaStatus | null,
  hiddenFromStatus: IdeaStatus | null = null,
): LifecyclePosition {
  const onPath = pathToImplementation.indexOf(status);
  const returnsTo = hiddenFromStatus === null ? -1 : pathToImplementation.indexOf(hiddenFromStatus);
  if (onPath >= 0 && returnsTo > onPath) {
    return {
      passed: pathToImplementation.slice(0, returnsTo),
      current: status,
      ahead: pathToImplementation.slice(returnsTo),
      offPath: 'detour',
    };
  }
  if (onPath >= 0) {
    return {
      passed: pathToImplementation.slice(0, onPath),
      current: status,
      ahead: pathToImplementation.slice(onPath + 1),
      offPath: null,
    };
  }
  const entries = transitions.filter((transition) => transition.to === status).flatMap((transition) => transition.from);
  const assumed = entries.includes(S.DRAFT)
    ? null
    : (pathToImplementation.find((stage) => entries.includes(stage)) ?? null);
  const reached = returnsTo >= 0 ? hiddenFromStatus : (lastOnPath ?? assumed);
  const stop = reached === null ? -1 : pathToImplementation.indexOf(reached);
  const returns = transitions.some(
    (transition) => transition.from.includes(status) && pathToImplementation.includes(transition.to),
  );
  return {
    passed: pathToImplementation.slice(0, stop + 1),
    current: status,
    ahead: returns ? pathToImplementation.slice(stop + 1) : [],
    offPath: returns ? 'detour' : 'end',
  };
}

/** Who holds the idea now: whoever may move it on along the path (`authors` for the idea's own people). */
export function whoMovesOn(status: IdeaStatus): Array<Action | 'authors'> {
  const ahead = pathToImplementation.slice(pathToImplementation.indexOf(status) + 1);
  const onward = transitions.filter(
    (transition) => !transition.system && transition.from.includes(status) && ahead.includes(transition.to),
  );
  return [...new Set(onward.map((transition) => (transition.authorsOnly ? 'authors' : transition.action)))];
}
