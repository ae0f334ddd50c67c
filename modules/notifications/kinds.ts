import { ownsIdeaSql } from '@/modules/ideas/ownership';
import { Prisma } from '@/modules/platform/db/client';
import {
  EmailCadence,
  NotificationKind,
  NotificationType,
  Role,
  type EmailCadence as Cadence,
  type NotificationKind as Kind,
  type NotificationType as Type,
} from '@/modules/platform/db/generated/enums';

// The kinds a person chooses an e-mail cadence for, and which notification belongs to which. The
// one home of this mapping: the planner (SQL), the preferences page and the unsubscribe link use it.

/** In the order the preferences page lists them. */
export const notificationKinds: readonly Kind[] = [
  NotificationKind.MENTIONS,
  NotificationKind.MY_IDEAS,
  NotificationKind.DISCUSSION,
  NotificationKind.INVITATIONS,
  NotificationKind.EVALUATIONS,
  NotificationKind.REWARDS,
  NotificationKind.TASKS,
  NotificationKind.FOLLOWED,
];

export const emailCadences: readonly Cadence[] = [
  EmailCadence.INSTANT,
  EmailCadence.DAILY,
  EmailCadence.WEEKLY,
  EmailCadence.OFF,
];

/**
 * The defaults: what needs the person (mentions, decisions on their ideas, invitations,
 * evaluations, rewards) at once; conversation, role work and followed ideas in the daily digest.
 */
export const defaultCadence: Readonly<Record<Kind, Cadence>> = {
  MENTIONS: EmailCadence.INSTANT,
  MY_IDEAS: EmailCadence.INSTANT,
  DISCUSSION: EmailCadence.DAILY,
  INVITATIONS: EmailCadence.INSTANT,
  EVALUATIONS: EmailCadence.INSTANT,
  REWARDS: EmailCadence.INSTANT,
  TASKS: EmailCadence.DAILY,
  FOLLOWED: EmailCadence.DAILY,
};

/** The roles whose work sends "tasks" (moderation waits, candidates routed, rewards to endorse). */
const rolesWithTasks = new Set<Role>([Role.MODERATOR, Role.MANAGER, Role.COORDINATOR, Role.ADMIN]);

/**
 * Whether the choices page offers the kind: "tasks of my role" means nothing to a person whose
 * roles have none (they keep its default, unseen).
 */
export function kindOffered(kind: Kind, roles: readonly Role[]): boolean {
  return kind !== NotificationKind.TASKS || roles.some((role) => rolesWithTasks.has(role));
}

/**
 * Activity on an idea (a decision, an edit, a progress note) is the reader's own news when they
 * wrote the idea, else news of an idea they follow.
 */
const ideaActivity = new Set<Type>([
  NotificationType.STATUS_CHANGED,
  NotificationType.IDEA_EDITED,
  NotificationType.EDIT_REVIEWED,
  NotificationType.PROGRESS_NOTE,
]);

const fixedKind: Partial<Record<Type, Kind>> = {
  MENTION: NotificationKind.MENTIONS,
  REPLY: NotificationKind.DISCUSSION,
  CO_AUTHOR_INVITE: NotificationKind.INVITATIONS,
  EVALUATION_REQUESTED: NotificationKind.EVALUATIONS,
  EVALUATION_DUE: NotificationKind.EVALUATIONS,
  EVALUATION_OVERDUE: NotificationKind.EVALUATIONS,
  CANDIDATE_ROUTED: NotificationKind.TASKS,
  REWARD_TO_ENDORSE: NotificationKind.TASKS,
  MODERATION_WAITING: NotificationKind.TASKS,
  REWARD_DECIDED: NotificationKind.REWARDS,
  REWARD_PAID: NotificationKind.REWARDS,
  REWARD_REJECTED: NotificationKind.REWARDS,
};

/**
 * The kind of one notification. `mine`: the reader is the idea's author or a confirmed co-author.
 * A moderated comment (a status notification with a comment) is about the reader's own writing.
 */
export function kindOf(type: Type, { mine, hasComment }: { mine: boolean; hasComment: boolean }): Kind {
  const fixed = fixedKind[type];
  if (fixed) return fixed;
  if (type === NotificationType.COMMENT) return mine ? NotificationKind.DISCUSSION : NotificationKind.FOLLOWED;
  if (type === NotificationType.STATUS_CHANGED && hasComment) return NotificationKind.MY_IDEAS;
  if (ideaActivity.has(type)) return mine ? NotificationKind.MY_IDEAS : NotificationKind.FOLLOWED;
  return NotificationKind.FOLLOWED;
}

/**
 * The same mapping as `kindOf`, as SQL over a notification row aliased `n`: the planner sorts
 * thousands of rows at once. `kinds.test.ts` checks both agree for every type.
 */
export function kindSql(): Prisma.Sql {
  const mine = ownsIdeaSql(Prisma.sql`n.recipient_id`, Prisma.sql`n.idea_id`);
  const fixed = Object.entries(fixedKind).map(
    ([type, kind]) => Prisma.sql`WHEN n.type = ${sqlName(type)}::notification_type THEN ${sqlName(kind)}`,
  );
  const activity = [...ideaActivity].map((type) => Prisma.sql`${sqlName(type)}::notification_type`);
  return Prisma.sql`(CASE
    ${Prisma.join(fixed, '\n    ')}
    WHEN n.type = 'comment' THEN CASE WHEN ${mine} THEN 'discussion' ELSE 'followed' END
    WHEN n.type = 'status_changed' AND n.comment_id IS NOT NULL THEN 'my_ideas'
    WHEN n.type IN (${Prisma.join(activity)}) THEN CASE WHEN ${mine} THEN 'my_ideas' ELSE 'followed' END
    ELSE 'followed' END)::notification_kind`;
}

/** The database's name of an enum value (the schema maps each to its lower-case form). */
function sqlName(value: string): string {
  return value.toLowerCase();
}
