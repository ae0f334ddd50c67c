import { Prisma, type Database } from './db/client';
import { logger } from './logger';

// The mechanics of a job queue kept in a PostgreSQL table (docs/decisions/0038): due jobs are
// claimed with FOR UPDATE SKIP LOCKED and leased (`locked_until`, `attempts + 1`), so any number of
// instances drain one table and none takes a job another holds; a worker that dies lets its lease
// pass and the job is taken again. An outcome is written only while the claim still holds. The
// domains own their tables (the e-mail queue, the webhook deliveries) and what a job does.
//
// A queue table has: id bigint, status (an enum with 'queued' and 'failed'), run_at, attempts,
// locked_until, last_error.

type Executor = Database | Prisma.TransactionClient;

export interface JobQueue {
  /** For logs. */
  name: string;
  /** The table, as a fixed SQL text of the domain (`Prisma.sql\`email_jobs\``). */
  table: Prisma.Sql;
  /** The try after which a job is FAILED instead of retried. */
  maxAttempts: number;
  /** Back-off before the first retry, doubling up to `longestRetryMs`. */
  firstRetryMs: number;
  longestRetryMs: number;
  /** How long a claim holds: longer than any single try may take. */
  leaseMs: number;
  /** A try starts only with this much of its lease left, so it cannot outlive the lease. */
  startMarginMs: number;
}

/** Which claim of a job: its try number and lease. A later claim of the same job differs in both. */
export interface JobClaim {
  attempt: number;
  lockedUntil: Date;
}

export interface HeldJob {
  id: bigint;
  claim: JobClaim;
}

/** The wait before the next try after `attempt` tries, with up to a fifth more so retries spread. */
export function queueRetryDelayMs(queue: JobQueue, attempt: number, random: () => number = Math.random): number {
  const base = Math.min(queue.firstRetryMs * 2 ** Math.max(0, attempt - 1), queue.longestRetryMs);
  return Math.round(base * (1 + random() * 0.2));
}

/**
 * Takes up to `limit` due jobs that nobody holds, leasing each. `columns` are the domain's own
 * columns of the claimed row (as `j.column AS name`); each row comes back with its claim.
 */
export async function claimJobs<Row extends object>(
  db: Executor,
  queue: JobQueue,
  { limit, columns, leaseMs = queue.leaseMs }: { limit: number; columns: Prisma.Sql; leaseMs?: number },
): Promise<(Row & HeldJob)[]> {
  const { table } = queue;
  const rows = await db.$queryRaw<(Row & { id: bigint; claim_attempt: number; claim_locked_until: Date })[]>`
    WITH due AS (
      SELECT id FROM ${table}
       WHERE status = 'queued' AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
       ORDER BY run_at, id
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED)
    UPDATE ${table} j
       SET locked_until = now() + ${leaseMs} * interval '1 millisecond', attempts = j.attempts + 1
      FROM due
     WHERE j.id = due.id
    RETURNING j.id, j.attempts AS claim_attempt, j.locked_until AS claim_locked_until, ${columns}`;
  return rows.map(({ claim_attempt, claim_locked_until, ...row }) => ({
    ...(row as unknown as Row & { id: bigint }),
    claim: { attempt: claim_attempt, lockedUntil: claim_locked_until },
  }));
}

/** The condition that matches a job only while this claim still holds it. */
export function stillHeldSql(job: HeldJob): Prisma.Sql {
  return Prisma.sql`id = ${job.id} AND status = 'queued' AND attempts = ${job.claim.attempt}
    AND locked_until = ${job.claim.lockedUntil}::timestamptz`;
}

async function updateHeld(db: Executor, queue: JobQueue, job: HeldJob, set: Prisma.Sql): Promise<boolean> {
  const count = await db.$executeRaw`UPDATE ${queue.table} SET ${set} WHERE ${stillHeldSql(job)}`;
  return count === 1;
}

/**
 * A transient failure: back in the queue after the back-off, or FAILED once the tries are used
 * up. False when the claim no longer holds.
 */
export function retryJob(
  db: Executor,
  queue: JobQueue,
  job: HeldJob,
  error: string,
  random: () => number = Math.random,
): Promise<boolean> {
  if (job.claim.attempt >= queue.maxAttempts) return failJob(db, queue, job, error);
  const runAt = new Date(Date.now() + queueRetryDelayMs(queue, job.claim.attempt, random));
  return updateHeld(
    db,
    queue,
    job,
    Prisma.sql`run_at = ${runAt}::timestamptz, locked_until = NULL, last_error = ${error}`,
  );
}

/** A permanent failure: FAILED at once, never tried again by itself. */
export function failJob(db: Executor, queue: JobQueue, job: HeldJob, error: string): Promise<boolean> {
  return updateHeld(db, queue, job, Prisma.sql`status = 'failed', locked_until = NULL, last_error = ${error}`);
}

/** Gives a claimed job back untried: due again at once, the try not counted. */
export function releaseJob(db: Executor, queue: JobQueue, job: HeldJob): Promise<boolean> {
  return updateHeld(db, queue, job, Prisma.sql`locked_until = NULL, attempts = attempts - 1`);
}

/** What a worker did with each job, by the domain's outcome names, plus the queue's own two. */
export type DrainCounts<Outcome extends string> = Record<Outcome | 'lost' | 'released', number>;

export interface DrainOptions<Job extends HeldJob, Outcome extends string> {
  /** Claims up to `limit` due jobs. */
  claim: (limit: number) => Promise<Job[]>;
  /** Tries one job and records its outcome; 'lost' when the claim no longer held. */
  work: (job: Job) => Promise<Outcome | 'lost'>;
  outcomes: readonly Outcome[];
  /** Jobs per claim. */
  batchSize: number;
  /** Jobs in flight at once. */
  concurrency: number;
  /** Claims per call at most, so one run cannot hold its task forever. */
  maxBatches: number;
}

/**
 * Claims and works due jobs until the queue has none (or `maxBatches` claims were made). A job
 * whose turn in a slow batch comes with too little of its lease left is given back untried, so a
 * second worker never tries it while the first still might.
 */
export async function drainQueue<Job extends HeldJob, Outcome extends string>(
  db: Executor,
  queue: JobQueue,
  { claim, work, outcomes, batchSize, concurrency, maxBatches }: DrainOptions<Job, Outcome>,
): Promise<DrainCounts<Outcome>> {
  const counts = Object.fromEntries([...outcomes, 'lost', 'released'].map((name) => [name, 0])) as DrainCounts<Outcome>;
  const count = (outcome: Outcome | 'lost' | 'released') => {
    counts[outcome] += 1;
  };
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const jobs = await claim(batchSize);
    if (jobs.length === 0) break;
    const releasedBefore = counts.released;
    await inParallel(jobs, concurrency, async (job) => {
      try {
        if (job.claim.lockedUntil.getTime() - Date.now() < queue.startMarginMs) {
          count((await releaseJob(db, queue, job)) ? 'released' : 'lost');
        } else {
          count(await work(job));
        }
      } catch (error) {
        logger.error({ err: error, queue: queue.name, jobId: String(job.id) }, 'job outcome not recorded');
        count('lost');
      }
    });
    // Short or slow (jobs given back): the next round goes on.
    if (jobs.length < batchSize || counts.released > releasedBefore) break;
  }
  return counts;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
