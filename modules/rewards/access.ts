import { can, type Actor } from '@/modules/access/permissions';

// The one answer to "may this person see this reward's amounts, and how much of it": HR sees
// everything, a manager who may endorse the case sees the case, a recipient sees their own share.
// Everyone else sees nothing, not even that a case exists. Every page, export and API that shows
// an amount asks this.

export type RewardViewer = { kind: 'hr' } | { kind: 'endorser' } | { kind: 'recipient'; userId: string };

export interface RewardAudience {
  /** The idea's departments. */
  departmentIds: readonly string[];
  /** The people the case's shares go to. */
  recipientIds: readonly string[];
}

export function rewardViewer(actor: Actor | null | undefined, audience: RewardAudience): RewardViewer | null {
  if (!actor?.active) return null;
  if (can(actor, 'reward.read', { ownerIds: [] })) return { kind: 'hr' };
  if (can(actor, 'reward.endorse', { ownerIds: [], departmentIds: audience.departmentIds }))
    return { kind: 'endorser' };
  if (audience.recipientIds.includes(actor.id) && can(actor, 'reward.read', { ownerIds: [actor.id] }))
    return { kind: 'recipient', userId: actor.id };
  return null;
}
