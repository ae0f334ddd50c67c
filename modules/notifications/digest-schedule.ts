import { Prisma, type Database } from '@/modules/platform/db/client';

// Digest jobs: at 07:00 Helsinki time a daily digest for everyone with notifications waiting for
// one, and on Mondays at 07:00 the weekly ones. Each digest is one row per person and period
// (unique), so every instance may run this every minute: after the first run of a period the
// insert finds its rows there. After downtime the last 07:00 that passed is made up for.

/** The moment a digest period starting on the Helsinki day `start` (an SQL date) is sent: 07:00 there. */
export function digestMomentSql(start: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${start} + time '07:00') AT TIME ZONE 'Europe/Helsinki')`;
}

export interface ScheduledDigests {
  daily: number;
  weekly: number;
}

/**
 * Queues the digests of the latest daily and weekly moments at or before `now`. Only what waited
 * before the moment counts: a notification planned at 08:00 waits for tomorrow's digest.
 */
export async function scheduleDigests(db: Database, now: Date): Promise<ScheduledDigests> {
  const rows = await db.$queryRaw<{ kind: string; count: number }[]>`
    WITH local AS (SELECT (${now}::timestamptz AT TIME ZONE 'Europe/Helsinki') AS at),
    day AS (
      SELECT CASE WHEN local.at::time >= time '07:00' THEN local.at::date ELSE local.at::date - 1 END AS start
        FROM local),
    periods AS (
      SELECT 'daily'::email_job_kind AS kind, 'daily'::notification_email_state AS state, day.start
        FROM day
      UNION ALL
      SELECT 'weekly', 'weekly', day.start - (extract(isodow FROM day.start)::int - 1)
        FROM day),
    due AS (
      SELECT kind, state, start, ${digestMomentSql(Prisma.sql`start`)} AS moment FROM periods),
    inserted AS (
      INSERT INTO email_jobs (recipient_id, kind, period_start)
      SELECT DISTINCT n.recipient_id, due.kind, due.start
        FROM due
        JOIN notifications n ON n.email_state = due.state AND n.created_at < due.moment
      ON CONFLICT (recipient_id, kind, period_start) DO NOTHING
      RETURNING kind)
    SELECT kind::text AS kind, count(*)::int AS count FROM inserted GROUP BY kind`;
  const counts: ScheduledDigests = { daily: 0, weekly: 0 };
  for (const row of rows) counts[row.kind as keyof ScheduledDigests] = row.count;
  return counts;
}
