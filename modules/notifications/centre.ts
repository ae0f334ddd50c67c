import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { readableNotificationsWhere } from '@/modules/ideas/notifications';
import { coAuthorIdsOf, involves, ownershipSelect } from '@/modules/ideas/ownership';
import { statusFromSql } from '@/modules/ideas/status';
import { canSeeHiddenAuthor, canSeeIdea } from '@/modules/ideas/visibility';
import type { Database } from '@/modules/platform/db/client';
import type { IdeaEventType, IdeaStatus } from '@/modules/platform/db/generated/enums';

// The notification centre: the reader's own notifications, grouped by idea. The rows are written
// by the domains where things happen (modules/ideas/notifications.ts `notify`).

/** How many notifications one page of the notification centre shows. */
export const notificationPageSize = 50;

/** What the sentence names as the one who acted: a person, an anonymous idea's author, or VAU itself. */
export type NotificationActor = { kind: 'person'; name: string } | { kind: 'ideaAuthor' } | { kind: 'system' };

/** What the notification is about, which picks its sentence and where it links. */
export type NotificationSubject =
  | { kind: 'comment'; type: 'COMMENT' | 'REPLY' | 'MENTION'; commentId: number }
  /** A moderator (or VAU, on reports) dealt with the reader's comment. */
  | { kind: 'commentModerated'; commentId: number }
  | {
      kind: 'decision';
      eventId: string | null;
      eventType: IdeaEventType | null;
      toStatus: IdeaStatus | null;
      reason: string | null;
    }
  | { kind: 'edited' }
  | { kind: 'editReviewed' }
  | { kind: 'coAuthorInvite' }
  /** A progress note on the idea in the accelerator (it is on the timeline). */
  | { kind: 'progressNote' }
  /** An invitation to evaluate the idea in the accelerator (the panel links to the scorecard). */
  | { kind: 'evaluationRequested' }
  /** A candidate for the accelerator routed to the reader to decide on (VAU routes when votes made it one). */
  | { kind: 'candidateRouted' }
  /** A step of a reward case on the idea: never its amount (modules/rewards). */
  | { kind: 'reward'; step: 'toEndorse' | 'decided' | 'paid' | 'rejected' }
  /** A reminder to the reader about their evaluation of the idea (modules/notifications/reminders). */
  | { kind: 'evaluationReminder'; overdue: boolean }
  /** To a moderator: something on the idea has waited too long in the queue (never who reported it). */
  | { kind: 'moderationWaiting' };

export interface NotificationEntry {
  id: string;
  unread: boolean;
  createdAt: Date;
  actor: NotificationActor;
  subject: NotificationSubject;
}

export interface NotificationIdeaGroup {
  idea: { id: number; title: string; mine: boolean };
  entries: NotificationEntry[];
}

export interface NotificationPage {
  groups: NotificationIdeaGroup[];
  /**
   * The newest notification this first page shows: "mark all as read" marks up to it, never what
   * arrived after the page was read. Null on older pages, which offer no such button.
   */
  newestId: string | null;
  /** Where the next, older page starts; null when this is the last. */
  olderThan: string | null;
}

interface NotificationRow {
  id: bigint;
  type: string;
  actor_id: string | null;
  actor_name: string | null;
  idea_id: number;
  comment_id: number | null;
  created_at: Date;
  read_at: Date | null;
  event_id: bigint | null;
  event_type: string | null;
  event_to_status: string | null;
  event_reason: string | null;
}

/**
 * The reader's own notifications, newest first and grouped by idea (a group sits where its newest
 * entry is). A status notification carries no event id, so the decision it reports is the idea's
 * last timeline event up to the notification's time (both are written in one transaction). Ideas
 * the reader may no longer see are left out; names of anonymous authors stay hidden as on the idea
 * page. Reporters are never named: VAU acting on reports has no actor.
 */
export async function listNotifications(
  db: Database,
  actor: Actor | null,
  options: { olderThan?: string } = {},
): Promise<NotificationPage | null> {
  if (!actor?.active) return null;
  const olderThan = options.olderThan && /^\d{1,18}$/.test(options.olderThan) ? BigInt(options.olderThan) : null;
  const page = await db.notification.findMany({
    where: { ...readableNotificationsWhere(actor), ...(olderThan === null ? {} : { id: { lt: olderThan } }) },
    orderBy: { id: 'desc' },
    take: notificationPageSize + 1,
    select: { id: true },
  });
  const shown = page.slice(0, notificationPageSize).map((row) => row.id);
  return {
    groups: await notificationGroups(db, actor, shown),
    newestId: olderThan === null && shown.length > 0 ? String(shown[0]) : null,
    olderThan: page.length > notificationPageSize ? String(shown.at(-1)) : null,
  };
}

/**
 * These notifications of the reader's, newest first and grouped by idea (a group sits where its
 * newest entry is), as the reader may see them. Those on ideas the reader may no longer see are
 * left out by `canSeeIdea`, the rule `readableNotificationsWhere` says in SQL (visibility.test.ts
 * holds them equal): the centre pages with the SQL, e-mail checks the ideas it loads anyway.
 */
export async function notificationGroups(
  db: Database,
  reader: Actor,
  ids: readonly bigint[],
): Promise<NotificationIdeaGroup[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<NotificationRow[]>`
    SELECT n.id, n.type::text AS type, n.actor_id, u.name AS actor_name, n.idea_id, n.comment_id, n.created_at,
           n.read_at, e.id AS event_id, e.type::text AS event_type, e.to_status::text AS event_to_status,
           e.reason AS event_reason
      FROM notifications n
      LEFT JOIN users u ON u.id = n.actor_id
      LEFT JOIN LATERAL (
        SELECT ev.id, ev.type, ev.to_status, ev.reason
          FROM idea_events ev
         WHERE n.type = 'status_changed' AND n.comment_id IS NULL
           AND ev.idea_id = n.idea_id AND ev.created_at <= n.created_at
           AND ev.type IN ('status_changed', 'discussion_locked', 'discussion_unlocked')
         ORDER BY ev.created_at DESC, ev.id DESC
         LIMIT 1
      ) e ON true
     WHERE n.id = ANY(${ids.map(String)}::bigint[])
     ORDER BY n.created_at DESC, n.id DESC`;
  const ideas = await db.idea.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.idea_id))] } },
    select: { id: true, title: true, status: true, anonymous: true, ...ownershipSelect },
  });
  const ideaById = new Map(ideas.map((idea) => [idea.id, idea]));

  const groups = new Map<number, NotificationIdeaGroup>();
  for (const row of rows) {
    const idea = ideaById.get(row.idea_id);
    const facts = idea && { status: idea.status, authorId: idea.authorId, coAuthorIds: coAuthorIdsOf(idea) };
    if (!idea || !facts || !canSeeIdea(reader, facts)) continue;
    const hideName = idea.anonymous && row.actor_id !== null && involves(facts, row.actor_id);
    const entryActor: NotificationActor =
      row.actor_id === null || row.actor_name === null
        ? { kind: 'system' }
        : hideName && !canSeeHiddenAuthor(reader, facts)
          ? { kind: 'ideaAuthor' }
          : { kind: 'person', name: row.actor_name };
    const group = groups.get(idea.id) ?? {
      idea: { id: idea.id, title: idea.title, mine: involves(facts, reader.id) },
      entries: [],
    };
    groups.set(idea.id, group);
    group.entries.push({
      id: String(row.id),
      unread: row.read_at === null,
      createdAt: row.created_at,
      actor: entryActor,
      subject: subjectOf(row),
    });
  }
  return [...groups.values()];
}

function subjectOf(row: NotificationRow): NotificationSubject {
  switch (row.type) {
    case 'comment':
    case 'reply':
    case 'mention':
      return row.comment_id === null
        ? { kind: 'edited' }
        : {
            kind: 'comment',
            type: row.type.toUpperCase() as 'COMMENT' | 'REPLY' | 'MENTION',
            commentId: row.comment_id,
          };
    case 'status_changed':
      return row.comment_id !== null
        ? { kind: 'commentModerated', commentId: row.comment_id }
        : {
            kind: 'decision',
            eventId: row.event_id === null ? null : String(row.event_id),
            eventType: row.event_type === null ? null : (row.event_type.toUpperCase() as IdeaEventType),
            toStatus: row.event_to_status === null ? null : statusFromSql(row.event_to_status),
            reason: row.event_reason,
          };
    case 'co_author_invite':
      return { kind: 'coAuthorInvite' };
    case 'edit_reviewed':
      return { kind: 'editReviewed' };
    case 'progress_note':
      return { kind: 'progressNote' };
    case 'evaluation_requested':
      return { kind: 'evaluationRequested' };
    case 'candidate_routed':
      return { kind: 'candidateRouted' };
    case 'reward_to_endorse':
      return { kind: 'reward', step: 'toEndorse' };
    case 'reward_decided':
      return { kind: 'reward', step: 'decided' };
    case 'reward_paid':
      return { kind: 'reward', step: 'paid' };
    case 'reward_rejected':
      return { kind: 'reward', step: 'rejected' };
    case 'evaluation_due':
      return { kind: 'evaluationReminder', overdue: false };
    case 'evaluation_overdue':
      return { kind: 'evaluationReminder', overdue: true };
    case 'moderation_waiting':
      return { kind: 'moderationWaiting' };
    default:
      return { kind: 'edited' };
  }
}

const markAllInput = z.object({ upTo: z.string().regex(/^\d{1,18}$/) });

/**
 * Marks the reader's notifications read, up to the newest one their page showed: what arrives
 * meanwhile stays new. Only ever the reader's own rows (the `where` says so).
 */
export async function markAllNotificationsRead(db: Database, actor: Actor | null, raw: unknown): Promise<FormState> {
  const start = await beginMutation(actor, markAllInput, raw, 'notification.read', () => ({
    ownerIds: actor ? [actor.id] : [],
  }));
  if (!start.ok) return start.state;
  const upTo = BigInt(start.input.upTo);
  await db.$transaction((tx) =>
    tx.notification.updateMany({
      where: { recipientId: start.actor.id, readAt: null, id: { lte: upTo } },
      data: { readAt: new Date() },
    }),
  );
  return { ok: true, message: 'notifications.allRead' };
}
