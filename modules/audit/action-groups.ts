import type { Prisma } from '@/modules/platform/db/client';
import { escapeLike } from '@/modules/platform/db/escape-like';

// The audit log's filter offers plain groups instead of action codes. Each group lists the actions
// it holds: an entry ending in "." is a prefix (every `user.` action), any other one whole action.
// action-groups.test.ts checks that every action VAU writes falls in exactly one group.

export const auditActionGroups = ['signIns', 'users', 'ideas', 'moderation', 'rewards', 'settings'] as const;
export type AuditActionGroup = (typeof auditActionGroups)[number];

const groupActions: Record<AuditActionGroup, readonly string[]> = {
  signIns: ['auth.'],
  users: ['user.'],
  // The author's steps and the handling of a published idea, up to its end.
  ideas: [
    'idea.submit',
    'idea.resubmit',
    'idea.withdraw',
    'idea.edit-by-other',
    'idea.nominate',
    'idea.auto-nominate',
    'idea.promote',
    'idea.experiment',
    'idea.implement',
    'idea.complete',
    'idea.decline',
    'idea.discontinue',
    'idea.archive',
    'comment.official',
    'accelerator.evaluators.invite',
    'accelerator.evaluation.submit',
    'accelerator.owner.set',
    'accelerator.card.update',
    'accelerator.progress.note',
    'accelerator.benefit.record',
    'accelerator.benefit.confirm',
  ],
  // What moderators decide: publishing or not, hiding, merging, flags, revisions, discussions.
  moderation: [
    'idea.approve',
    'idea.publish',
    'idea.auto-publish',
    'idea.request-changes',
    'idea.reject',
    'idea.hide',
    'idea.auto-hide',
    'idea.restore',
    'idea.merge',
    'idea.flags.',
    'idea.revision.',
    'idea.discussion.',
    'comment.flags.',
    'comment.auto-hide',
    'comment.review-request',
  ],
  // The reward chain, its rules and budgets, payroll batches and the staff data payroll needs.
  rewards: ['reward.', 'payroll.', 'staff.'],
  // Running the site: settings, topics and departments, campaigns, webhooks and the outbox's upkeep.
  settings: ['settings.', 'category.', 'department.', 'campaign.', 'webhook.', 'email.'],
};

export function isAuditActionGroup(value: unknown): value is AuditActionGroup {
  return typeof value === 'string' && (auditActionGroups as readonly string[]).includes(value);
}

/** Whether an action belongs to a group (the same rule as the database filter below). */
export function inAuditActionGroup(group: AuditActionGroup, action: string): boolean {
  return groupActions[group].some((entry) => (entry.endsWith('.') ? action.startsWith(entry) : action === entry));
}

/** The audit log's `where` for one group's actions. */
export function auditActionGroupWhere(group: AuditActionGroup): Prisma.AuditLogWhereInput {
  return {
    OR: groupActions[group].map((entry) =>
      entry.endsWith('.') ? { action: { startsWith: escapeLike(entry) } } : { action: entry },
    ),
  };
}
