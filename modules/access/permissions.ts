import { Role } from '@/modules/platform/db/generated/enums';

// The one table of who may do what. Server code asks `can()` before every read of protected data
// and every change; the UI asks the same function which controls to show. Default is deny.

/** Actions that distinguish the actor's own things from anyone's: granted as `<action>.own` or `.any`. */
const scopedActions = [
  'idea.edit',
  'idea.withdraw',
  'comment.edit',
  'comment.delete',
  'reward.read',
  'profile.edit',
  'profile.export',
  'notification.read',
  /** An evaluator's own scorecard (the owner is the invited evaluator). */
  'evaluation.submit',
] as const;

/**
 * Actions a manager holds for the ideas of their own department(s), granted as
 * `<action>.department`, and the coordinator and admins for every idea, as `<action>.any`. An idea
 * that names no department is outside every manager's reach: the coordinator's.
 */
const departmentScopedActions = ['idea.nominate', 'idea.promote', 'accelerator.manage', 'reward.endorse'] as const;

/** Actions that do not depend on whose thing it is. */
const plainActions = [
  'idea.create',
  'idea.vote',
  'idea.comment',
  'idea.flag',
  'idea.follow',
  'idea.moderate',
  'idea.see-anonymous-author',
  'comment.moderate',
  'notes.moderate',
  'comment.official',
  /** HR's decision on a reward case (decision number, amount). */
  'reward.decide',
  /** Payroll batches: make, download, mark paid. */
  'reward.pay',
  /** New versions of the reward rules, and departments' reward budgets. */
  'reward.rules.manage',
  /** Staff import: employee numbers, cost centres, departments. */
  'staff.import',
  'report.hr.read',
  /** Management insight (/insight): the funnel, participation, time in stage, benefits, campaigns. */
  'insight.read',
  /** Campaigns (ideahaut): create and edit them, their window, audience, categories and image. */
  'campaign.manage',
  'user.manage',
  'audit.read',
  'settings.manage',
  /** The e-mail outbox: the queue, failures, the demo's mailbox; retrying a failed e-mail. */
  'email.manage',
  /** Outgoing webhooks: endpoints, their secrets, test events and the deliveries log. */
  'webhook.manage',
] as const;

export type ScopedAction = (typeof scopedActions)[number];
export type DepartmentScopedAction = (typeof departmentScopedActions)[number];
export type Action = ScopedAction | DepartmentScopedAction | (typeof plainActions)[number];
export type Grant =
  | `${ScopedAction}.own`
  | `${ScopedAction}.any`
  | `${DepartmentScopedAction}.department`
  | `${DepartmentScopedAction}.any`
  | (typeof plainActions)[number];

export const actions: readonly Action[] = [...scopedActions, ...departmentScopedActions, ...plainActions];

export const rolePermissions: Record<Role, readonly Grant[]> = {
  [Role.EMPLOYEE]: [
    'idea.create',
    'idea.edit.own',
    'idea.withdraw.own',
    'idea.vote',
    'idea.comment',
    'comment.edit.own',
    'comment.delete.own',
    'idea.flag',
    'idea.follow',
    'reward.read.own',
    'profile.edit.own',
    'profile.export.own',
    'notification.read.own',
    'evaluation.submit.own',
  ],
  [Role.MODERATOR]: [
    'idea.moderate',
    'idea.nominate.any',
    'idea.edit.any',
    'idea.see-anonymous-author',
    'comment.moderate',
    'comment.official',
    'notes.moderate',
  ],
  [Role.MANAGER]: [
    'idea.nominate.department',
    'idea.promote.department',
    'accelerator.manage.department',
    'reward.endorse.department',
    'comment.official',
    'insight.read',
  ],
  [Role.COORDINATOR]: [
    'idea.nominate.any',
    'idea.promote.any',
    'accelerator.manage.any',
    'comment.official',
    'insight.read',
    'campaign.manage',
  ],
  [Role.HR]: [
    'idea.see-anonymous-author',
    'reward.read.any',
    'reward.decide',
    'reward.pay',
    'reward.rules.manage',
    'staff.import',
    'report.hr.read',
    'insight.read',
  ],
  [Role.ADMIN]: [
    'user.manage',
    'audit.read',
    'settings.manage',
    'profile.export.any',
    'notes.moderate',
    'idea.nominate.any',
    'idea.promote.any',
    'accelerator.manage.any',
    'reward.rules.manage',
    'staff.import',
    'email.manage',
    'insight.read',
    'webhook.manage',
    'campaign.manage',
  ],
};

export interface Actor {
  id: string;
  roles: readonly Role[];
  active: boolean;
  /**
   * The departments a `.department` grant reaches: a manager's own department and those listed as
   * managed by them (modules/access/sessions.ts loads them for managers). Missing means none.
   */
  departmentIds?: readonly string[];
}

/** The thing acted on, described by who owns it (authors and co-authors, the profile's person…) and, for ideas, its departments. */
export interface Owned {
  ownerIds: readonly string[];
  departmentIds?: readonly string[];
}

function isScoped(action: Action): action is ScopedAction {
  return (scopedActions as readonly string[]).includes(action);
}

function isDepartmentScoped(action: Action): action is DepartmentScopedAction {
  return (departmentScopedActions as readonly string[]).includes(action);
}

/** Whether the thing concerns one of the actor's departments; unknown departments reach nobody. */
function inActorsDepartments(actor: Actor, resource: Owned | undefined): boolean {
  const mine = actor.departmentIds ?? [];
  return resource?.departmentIds?.some((departmentId) => mine.includes(departmentId)) ?? false;
}

function grantsOf(actor: Actor): Set<Grant> {
  return new Set<Grant>(actor.roles.flatMap((role) => rolePermissions[role] ?? []));
}

/** May this actor do this (to this thing)? Anonymous and deactivated actors may do nothing here. */
export function can(actor: Actor | null | undefined, action: Action, resource?: Owned): boolean {
  if (!actor?.active) return false;
  const grants = grantsOf(actor);
  if (isDepartmentScoped(action)) {
    if (grants.has(`${action}.any`)) return true;
    return grants.has(`${action}.department`) && inActorsDepartments(actor, resource);
  }
  if (!isScoped(action)) return grants.has(action);
  if (grants.has(`${action}.any`)) return true;
  return grants.has(`${action}.own`) && resource !== undefined && resource.ownerIds.includes(actor.id);
}

/**
 * Whether the actor holds the action for some things, if not necessarily for this one: a manager
 * may open the candidates list (then sees their departments' ideas only). Pages and menus ask
 * this; a change to one thing always asks `can()` with the thing.
 */
export function holdsSomewhere(actor: Actor | null | undefined, action: Action): boolean {
  if (!actor?.active) return false;
  const grants = grantsOf(actor);
  return [action, `${action}.any`, `${action}.own`, `${action}.department`].some((grant) => grants.has(grant as Grant));
}
