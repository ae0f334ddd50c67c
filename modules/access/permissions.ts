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
] as const;

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
  'idea.review',
  'idea.promote',
  'accelerator.manage',
  'reward.propose',
  'reward.approve',
  'reward.pay',
  'report.hr.read',
  'user.manage',
  'audit.read',
  'settings.manage',
] as const;

export type ScopedAction = (typeof scopedActions)[number];
export type Action = ScopedAction | (typeof plainActions)[number];
export type Grant = `${ScopedAction}.own` | `${ScopedAction}.any` | (typeof plainActions)[number];

export const actions: readonly Action[] = [...scopedActions, ...plainActions];

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
  ],
  [Role.MODERATOR]: [
    'idea.moderate',
    'idea.edit.any',
    'idea.see-anonymous-author',
    'comment.moderate',
    'comment.official',
    'notes.moderate',
  ],
  [Role.MANAGER]: ['idea.review', 'idea.promote', 'accelerator.manage', 'reward.propose', 'comment.official'],
  [Role.HR]: ['idea.see-anonymous-author', 'reward.read.any', 'reward.approve', 'reward.pay', 'report.hr.read'],
  [Role.ADMIN]: ['user.manage', 'audit.read', 'settings.manage', 'profile.export.any', 'notes.moderate'],
};

export interface Actor {
  id: string;
  roles: readonly Role[];
  active: boolean;
}

/** The thing acted on, described by who owns it (authors and co-authors, the profile's person…). */
export interface Owned {
  ownerIds: readonly string[];
}

function isScoped(action: Action): action is ScopedAction {
  return (scopedActions as readonly string[]).includes(action);
}

/** May this actor do this (to this thing)? Anonymous and deactivated actors may do nothing here. */
export function can(actor: Actor | null | undefined, action: Action, resource?: Owned): boolean {
  if (!actor?.active) return false;
  const grants = new Set<Grant>(actor.roles.flatMap((role) => rolePermissions[role] ?? []));
  if (!isScoped(action)) return grants.has(action);
  if (grants.has(`${action}.any`)) return true;
  return grants.has(`${action}.own`) && resource !== undefined && resource.ownerIds.includes(actor.id);
}
