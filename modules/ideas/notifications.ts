import type { Database, Prisma } from '@/modules/platform/db/client';
import { type NotificationType } from '@/modules/platform/db/generated/enums';

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

/** Tells everyone following the idea (and the extra people given, e.g. mentioned colleagues). */
export async function notifyFollowers(tx: Tx, event: NotificationEvent, extra: Iterable<string> = []): Promise<void> {
  const followers = await tx.ideaFollow.findMany({ where: { ideaId: event.ideaId }, select: { userId: true } });
  await notify(tx, [...followers.map((follower) => follower.userId), ...extra], event);
}

/** The unread count shown in the header: activity on ideas I wrote, follow, or was mentioned on. */
export function unreadCount(db: Database, userId: string): Promise<number> {
  return db.notification.count({ where: { recipientId: userId, readAt: null } });
}

export async function markIdeaNotificationsRead(db: Database, userId: string, ideaId: number): Promise<void> {
  await db.notification.updateMany({
    where: { recipientId: userId, ideaId, readAt: null },
    data: { readAt: new Date() },
  });
}
