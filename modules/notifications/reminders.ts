import { rolePermissions } from '@/modules/access/permissions';
import { addWorkingDays, dateColumn, helsinkiToday } from '@/modules/accelerator/working-days';
import { publicStatuses, sqlStatuses } from '@/modules/ideas/status';
import { ownsIdeaSql } from '@/modules/ideas/ownership';
import { Prisma, type Database } from '@/modules/platform/db/client';
import { getNumberSetting } from '@/modules/settings/settings';

// Reminders are notifications VAU writes itself (no actor) when time passes: an evaluation due soon
// or overdue, an item waiting too long in the moderation queue. Every instance runs this; each
// reminder has a dedupe key, unique in the table, so it is written once whoever runs first.

/** An unsubmitted evaluation is "due" from this many Finnish working days before its due day. */
export const evaluationDueWorkingDays = 2;

export interface RemindersWritten {
  evaluations: number;
  moderation: number;
}

export async function writeReminders(db: Database, now: Date = new Date()): Promise<RemindersWritten> {
  const evaluations = await writeEvaluationReminders(db, now);
  const moderation = await writeModerationReminders(db, now);
  return { evaluations, moderation };
}

/**
 * To the evaluator of each unsubmitted evaluation of an idea still in evaluation: "due" once the
 * due day is at most two working days away, "overdue" once it has passed. The due day is in the
 * key, so a moved due date reminds again.
 */
async function writeEvaluationReminders(db: Database, now: Date): Promise<number> {
  const today = helsinkiToday(now);
  const horizon = addWorkingDays(today, evaluationDueWorkingDays);
  return db.$executeRaw`
    INSERT INTO notifications (recipient_id, actor_id, type, idea_id, dedupe_key)
    SELECT e.evaluator_id, NULL, reminder.type::notification_type, e.idea_id,
           reminder.key_prefix || e.id || ':' || to_char(c.evaluation_due_on, 'YYYY-MM-DD')
    FROM evaluations e
    JOIN ideas i ON i.id = e.idea_id AND i.status = 'evaluation'
    JOIN accelerator_cards c ON c.idea_id = e.idea_id
    JOIN users u ON u.id = e.evaluator_id AND u.active
    CROSS JOIN LATERAL (
      SELECT CASE WHEN c.evaluation_due_on < ${dateColumn(today)}::date THEN 'evaluation_overdue' ELSE 'evaluation_due' END AS type,
             CASE WHEN c.evaluation_due_on < ${dateColumn(today)}::date THEN 'evaluation-overdue:' ELSE 'evaluation-due:' END AS key_prefix
    ) AS reminder
    WHERE e.submitted_at IS NULL AND c.evaluation_due_on <= ${dateColumn(horizon)}::date
    ON CONFLICT (dedupe_key) DO NOTHING`;
}

/** The roles that moderate ideas, in the database's spelling: they are told what waits. */
function moderatorRoles(): string[] {
  return Object.entries(rolePermissions)
    .filter(([, grants]) => grants.includes('idea.moderate'))
    .map(([role]) => role.toLowerCase());
}

/**
 * To every active moderator, once per item and waiting period, for each item of the moderation
 * queue (`pendingModerationCount` in modules/moderation/queue.ts counts the same things) that has
 * waited longer than `moderation.waiting-hours`. No actor, and nobody who reported the item is
 * told or named; the author of a reported idea or comment is not told of the report either.
 */
async function writeModerationReminders(db: Database, now: Date): Promise<number> {
  const hours = await getNumberSetting(db, 'moderation.waiting-hours');
  const waitedSince = new Date(now.getTime() - hours * 3_600_000);
  return db.$executeRaw`
    WITH waiting (what, ref, idea_id, comment_id, since) AS (
      SELECT 'idea', id::text, id, NULL::int, coalesce(submitted_at, created_at)
        FROM ideas WHERE status = 'submitted'
      UNION ALL
      SELECT 'review', id::text, id, NULL::int, coalesce(published_at, created_at)
        FROM ideas WHERE status = 'published' AND awaiting_review
      UNION ALL
      SELECT 'idea-flags', idea_id::text, idea_id, NULL::int, min(created_at)
        FROM flags WHERE resolved_at IS NULL AND idea_id IS NOT NULL GROUP BY idea_id
      UNION ALL
      SELECT 'comment-flags', c.id::text, c.idea_id, c.id, min(f.created_at)
        FROM flags f JOIN comments c ON c.id = f.comment_id WHERE f.resolved_at IS NULL GROUP BY c.id
      UNION ALL
      SELECT 'comment-review', id::text, idea_id, id, review_requested_at
        FROM comments WHERE review_requested_at IS NOT NULL AND hidden_at IS NOT NULL AND deleted_at IS NULL
      UNION ALL
      SELECT 'revision', r.id::text, r.idea_id, NULL::int, r.created_at
        FROM idea_revisions r JOIN ideas i ON i.id = r.idea_id
        WHERE r.decided_at IS NULL AND i.status::text = ANY(${sqlStatuses(publicStatuses)})
    )
    INSERT INTO notifications (recipient_id, actor_id, type, idea_id, comment_id, dedupe_key)
    SELECT m.id, NULL, 'moderation_waiting', w.idea_id, w.comment_id,
           'moderation-waiting:' || w.what || ':' || w.ref || ':'
             || (extract(epoch FROM w.since) * 1000)::bigint || ':' || m.id
    FROM waiting w
    JOIN users m ON m.active AND m.roles && ${moderatorRoles()}::text[]::role[]
    WHERE w.since < ${waitedSince}
      AND NOT EXISTS (
        SELECT 1 FROM flags f
        WHERE f.resolved_at IS NULL AND f.reporter_id = m.id
          AND ((w.what = 'idea-flags' AND f.idea_id = w.idea_id) OR (w.what = 'comment-flags' AND f.comment_id = w.comment_id)))
      AND NOT (w.what = 'idea-flags' AND ${ownsIdeaSql(Prisma.sql`m.id`, Prisma.sql`w.idea_id`, { invited: true })})
      AND NOT (w.what = 'comment-flags' AND EXISTS (SELECT 1 FROM comments c WHERE c.id = w.comment_id AND c.author_id = m.id))
    ON CONFLICT (dedupe_key) DO NOTHING`;
}
