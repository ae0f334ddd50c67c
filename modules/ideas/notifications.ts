import type { Actor } from '@/modules/access/permissions';
import type { Database, Prisma } from '@/modules/platform/db/client';
import type { NotificationType } from '@/modules/platform/db/generated/enums';
import { visibleIdeaWhere } from './visibility';

type Tx = Prisma.TransactionClient | Database;

export interface NotificationEvent {
  type: NotificationType;
  /** Null when VAU itself acted (e.g. hid an idea on reports): nobody is named. */
  actorId: string | null;
  ideaId: number;
  commentId?: number;
}

/**
 * Records who should be told about an event: the given people, minus the one who caused it. Sent
 * in the same transaction as the change, so a notification never exists without its cause.
 */
export async function notify(tx: Tx, recipientIds: Iterable<string>, event: NotificationEvent): Promise<void> {
  const recipients = [...new Set(recipientIds)].filter((id) => id !== event.actorId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((recipientId) => ({
      recipientId,
      actorId: event.actorId,
      type: event.type,
      ideaId: event.ideaId,
      commentId: event.commentId ?? null,
    })),
  });
}

/**
 * Tells everyone following the idea (and the extra people given, e.g. mentioned colleagues; not those
 * in `except`, already told otherwise), in one
 * statement: a decision on an idea with ten thousand followers must not read them into the
 * process nor hold its transaction open while rows are built one by one.
 */
export async function notifyFollowers(
  tx: Tx,
  event: NotificationEvent,
  extra: Iterable<string> = [],
  { except = [] }: { except?: Iterable<string> } = {},
): Promise<void> {
  const extraIds = [...new Set(extra)];
  const exceptIds = [...new Set(except)];
  await tx.$executeRaw`
    INSERT INTO notifications (recipient_id, actor_id, type, idea_id, comment_id)
    SELECT told.id, ${event.actorId}::uuid, ${event.type.toLowerCase()}::notification_type, ${event.ideaId}::int,
           ${event.commentId ?? null}::int
    FROM (SELECT user_id AS id FROM idea_follows WHERE idea_id = ${event.ideaId}::int
          UNION SELECT unnest(${extraIds}::text[])::uuid) AS told
    WHERE told.id IS DISTINCT FROM ${event.actorId}::uuid
      AND told.id <> ALL(${exceptIds}::uuid[])`;
}

/**
 * The reader's notifications on ideas they may still see: the one condition both the header's
 * count and the notification centre use, so the count never promises what the page leaves out.
 */
export function readableNotificationsWhere(actor: Actor): Prisma.NotificationWhereInput {
  return { recipientId: actor.id, idea: visibleIdeaWhere(actor) };
}

/** The unread count shown in the header: activity on ideas I wrote, follow, or was mentioned on. */
export async function unreadCount(db: Database, actor: Actor): Promise<number> {
  if (!actor.active) return 0;
  return db.notification.count({ where: { ...readableNotificationsWhere(actor), readAt: null } });
}

/** Marks the reader's activity on one idea as seen; how many notifications were new. */
export async function markIdeaNotificationsRead(db: Database, userId: string, ideaId: number): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { recipientId: userId, ideaId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
