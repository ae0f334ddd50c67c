import { Prisma, type Database } from '@/modules/platform/db/client';
import { defaultCadence, kindSql } from './kinds';

// Decides, for every new (PENDING) notification, whether and how it goes by e-mail: INSTANT (with
// its own job), DAILY or WEEKLY (waits for the digest) or SKIPPED (the person chose no e-mail for
// its kind, is inactive or has no address). One statement per batch, so a decision that tells
// 10,000 followers is planned in one round trip. The batch's rows are locked with SKIP LOCKED:
// instances plan side by side and never the same row twice.

export interface PlannedCounts {
  instant: number;
  daily: number;
  weekly: number;
  skipped: number;
}

/** The person's cadence for the kind in `c.kind`, or the default when they never chose. */
function cadenceSql(): Prisma.Sql {
  const defaults = Object.entries(defaultCadence).map(
    ([kind, cadence]) =>
      Prisma.sql`WHEN ${kind.toLowerCase()}::notification_kind THEN ${cadence.toLowerCase()}::email_cadence`,
  );
  return Prisma.sql`COALESCE(p.cadence, CASE c.kind ${Prisma.join(defaults, ' ')} END)`;
}

async function planBatch(db: Database, batchSize: number): Promise<PlannedCounts & { taken: number }> {
  const rows = await db.$queryRaw<{ state: string; count: number }[]>`
    WITH batch AS (
      SELECT id FROM notifications
       WHERE email_state = 'pending'
       ORDER BY id
       LIMIT ${batchSize}
       FOR UPDATE SKIP LOCKED),
    classified AS (
      SELECT n.id, n.recipient_id, u.active AND u.email IS NOT NULL AS reachable, ${kindSql()} AS kind
        FROM notifications n
        JOIN batch ON batch.id = n.id
        JOIN users u ON u.id = n.recipient_id),
    planned AS (
      SELECT c.id, c.recipient_id,
             (CASE WHEN NOT c.reachable THEN 'skipped'
                   WHEN ${cadenceSql()} = 'off' THEN 'skipped'
                   ELSE ${cadenceSql()}::text END)::notification_email_state AS state
        FROM classified c
        LEFT JOIN notification_preferences p ON p.user_id = c.recipient_id AND p.kind = c.kind),
    updated AS (
      UPDATE notifications n SET email_state = planned.state
        FROM planned
       WHERE n.id = planned.id
      RETURNING planned.state),
    jobs AS (
      INSERT INTO email_jobs (recipient_id, kind, notification_id)
      SELECT recipient_id, 'instant', id FROM planned WHERE state = 'instant'
      ON CONFLICT DO NOTHING)
    SELECT state::text AS state, count(*)::int AS count FROM updated GROUP BY state`;
  const counts: PlannedCounts = { instant: 0, daily: 0, weekly: 0, skipped: 0 };
  for (const row of rows) counts[row.state as keyof PlannedCounts] = row.count;
  return { ...counts, taken: rows.reduce((sum, row) => sum + row.count, 0) };
}

/** Plans every PENDING notification, a batch at a time, until a batch comes back short. */
export async function planEmails(db: Database, { batchSize = 20_000 }: { batchSize?: number } = {}) {
  const total: PlannedCounts = { instant: 0, daily: 0, weekly: 0, skipped: 0 };
  for (;;) {
    const { taken, ...counts } = await planBatch(db, batchSize);
    for (const key of Object.keys(total) as (keyof PlannedCounts)[]) total[key] += counts[key];
    if (taken < batchSize) return total;
  }
}
