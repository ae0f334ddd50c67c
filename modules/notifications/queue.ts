import { Prisma, type Database } from '@/modules/platform/db/client';
import type { EmailJobKind } from '@/modules/platform/db/generated/enums';
import {
  claimJobs,
  failJob,
  queueRetryDelayMs,
  releaseJob,
  retryJob,
  type HeldJob,
  type JobClaim,
  type JobQueue,
} from '@/modules/platform/job-queue';
import type { ClaimedEmailJob } from './email';

// The e-mail job queue: rows of email_jobs, drained with the platform's job-queue mechanics
// (claim with FOR UPDATE SKIP LOCKED, lease, back-off; docs/decisions/0038).

/** A claimed job and the claim itself: the outcome is recorded only while this claim holds. */
export interface HeldEmailJob extends ClaimedEmailJob, HeldJob {}

/** Which claim of a job: its try number and lease. A later claim of the same job differs in both. */
export type EmailJobClaim = JobClaim;

type Executor = Database | Prisma.TransactionClient;

/** Longer than any SMTP exchange may take (transport.ts times out well before). */
export const defaultLeaseMs = 5 * 60_000;

/** About three days of tries: 1+2+4+…+32 minutes (6 tries), then hourly for the rest. */
export const maxEmailAttempts = 6 + 71;

export const emailQueue: JobQueue = {
  name: 'email',
  table: Prisma.sql`email_jobs`,
  maxAttempts: maxEmailAttempts,
  firstRetryMs: 60_000,
  longestRetryMs: 60 * 60_000,
  leaseMs: defaultLeaseMs,
  // The transport gives up after a minute of silence.
  startMarginMs: 2 * 60_000,
};

/** The wait before the next try after `attempt` tries: 1 min doubling, at most an hour, plus up to a fifth. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  return queueRetryDelayMs(emailQueue, attempt, random);
}

interface ClaimedRow {
  recipient_id: string;
  kind: EmailJobKind;
  notification_id: bigint | null;
  period_start: Date | null;
}

/** Takes up to `limit` due jobs that nobody holds, leasing each for `leaseMs`. */
export async function claimEmailJobs(
  db: Executor,
  { limit, leaseMs = defaultLeaseMs }: { limit: number; leaseMs?: number },
): Promise<HeldEmailJob[]> {
  const rows = await claimJobs<ClaimedRow>(db, emailQueue, {
    limit,
    leaseMs,
    columns: Prisma.sql`j.recipient_id::text AS recipient_id, j.kind::text AS kind, j.notification_id, j.period_start`,
  });
  return rows.map((row) => ({
    id: row.id,
    recipientId: row.recipient_id,
    kind: row.kind.toUpperCase() as EmailJobKind,
    notificationId: row.notification_id,
    periodStart: row.period_start,
    attempts: row.claim.attempt - 1,
    claim: row.claim,
  }));
}

/**
 * A transient failure (SMTP down, 4xx, a timeout): back in the queue after the back-off, or
 * FAILED once the tries of about three days are used up. False when the claim no longer holds.
 */
export function retryEmailJob(
  db: Executor,
  job: HeldEmailJob,
  error: string,
  random: () => number = Math.random,
): Promise<boolean> {
  return retryJob(db, emailQueue, job, error, random);
}

/** Gives a claimed job back untried: due again at once, the try not counted. */
export function releaseEmailJob(db: Executor, job: HeldEmailJob): Promise<boolean> {
  return releaseJob(db, emailQueue, job);
}

/** A permanent failure (the address does not exist): FAILED at once, never tried again by itself. */
export function failEmailJob(db: Executor, job: HeldEmailJob, error: string): Promise<boolean> {
  return failJob(db, emailQueue, job, error);
}

/**
 * An admin's "try again" on a failed e-mail: queued, due now, with a fresh round of tries. Only a
 * job that is still FAILED changes; true when this call requeued it.
 */
export async function requeueFailedJob(tx: Executor, jobId: bigint): Promise<boolean> {
  const { count } = await tx.emailJob.updateMany({
    where: { id: jobId, status: 'FAILED' },
    data: { status: 'QUEUED', runAt: new Date(), attempts: 0, lockedUntil: null },
  });
  return count === 1;
}

/** What a delivered (or empty) job records: the address, subject and Message-ID it went with. */
export type FinishedEmailJob =
  { status: 'SENT'; toAddress: string; subject: string; messageId: string; sentAt: Date } | { status: 'EMPTY' };

/**
 * Records the end of a job and of the notifications it told (SENT, with the job) or skipped, in
 * one statement, so in one transaction. Nothing is written, and false returned, when the claim no
 * longer holds: a slow worker whose lease passed cannot record a job another worker took.
 */
export async function finishEmailJob(
  db: Executor,
  job: HeldEmailJob,
  outcome: FinishedEmailJob,
  { told = [], skipped = [] }: { told?: bigint[]; skipped?: bigint[] } = {},
): Promise<boolean> {
  const sent = outcome.status === 'SENT' ? outcome : null;
  const [row] = await db.$queryRaw<{ finished: number }[]>`
    WITH job AS (
      UPDATE email_jobs
         SET status = ${outcome.status.toLowerCase()}::email_job_status, to_address = ${sent?.toAddress ?? null},
             subject = ${sent?.subject ?? null}, message_id = ${sent?.messageId ?? null},
             sent_at = ${sent?.sentAt ?? null}::timestamptz, locked_until = NULL, last_error = NULL
       WHERE id = ${job.id} AND status = 'queued'
         AND attempts = ${job.claim.attempt} AND locked_until = ${job.claim.lockedUntil}::timestamptz
      RETURNING id),
    told AS (
      UPDATE notifications n SET email_state = 'sent', email_job_id = job.id, emailed_at = ${sent?.sentAt ?? null}::timestamptz
        FROM job
       WHERE n.id = ANY(${told.map(String)}::bigint[]) AND n.email_state <> 'sent'),
    skipped AS (
      UPDATE notifications n SET email_state = 'skipped'
        FROM job
       WHERE n.id = ANY(${skipped.map(String)}::bigint[]) AND n.email_state <> 'sent')
    SELECT count(*)::int AS finished FROM job`;
  return row?.finished === 1;
}
