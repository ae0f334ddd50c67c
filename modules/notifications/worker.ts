import type { Database } from '@/modules/platform/db/client';
import { logger } from '@/modules/platform/logger';
import { MailDeliveryError, type ClaimedEmailJob, type Composition, type MailTransport } from './email';
import {
  claimEmailJobs,
  defaultLeaseMs,
  failEmailJob,
  finishEmailJob,
  releaseEmailJob,
  retryEmailJob,
  type FinishedEmailJob,
  type HeldEmailJob,
} from './queue';

// Drains the e-mail queue: claim due jobs, compose each, hand it to the transport, then record the
// outcome in one statement (the job, and the notifications it told or skipped). Delivery is at
// least once: a crash between the transport's accept and the commit sends the job again, with
// the same Message-ID (docs/decisions/0038).

export type Compose = (db: Database, job: ClaimedEmailJob) => Promise<Composition>;

export interface DeliverOptions {
  transport: MailTransport;
  compose: Compose;
  /** Jobs per claim. */
  batchSize?: number;
  /** Jobs in flight at once (about the database pool: composing is mostly waiting for queries and SMTP). */
  concurrency?: number;
  leaseMs?: number;
  /** Claims per call at most, so one run cannot hold its task forever. */
  maxBatches?: number;
}

export interface DeliveryCounts {
  sent: number;
  empty: number;
  retried: number;
  failed: number;
  /** Not recorded by this worker (its claim had passed, or recording failed): the lease brings it back. */
  lost: number;
  /** Given back untried: too little of the lease was left to start a send safely. */
  released: number;
}

type Outcome = keyof DeliveryCounts;

/**
 * A send starts only with this much of the lease left (the transport gives up after a minute of
 * silence): a job that waited in a slow batch is given back rather than sent while its lease may
 * pass and another worker send it too.
 */
const startMarginMs = 2 * 60_000;

/** Delivers due jobs until the queue has none (or `maxBatches` claims were made). */
export async function deliverEmails(
  db: Database,
  { transport, compose, batchSize = 50, concurrency = 10, leaseMs = defaultLeaseMs, maxBatches = 100 }: DeliverOptions,
): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, empty: 0, retried: 0, failed: 0, lost: 0, released: 0 };
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const jobs = await claimEmailJobs(db, { limit: batchSize, leaseMs });
    if (jobs.length === 0) break;
    const releasedBefore = counts.released;
    await inParallel(jobs, concurrency, async (job) => {
      try {
        counts[await deliverOne(db, job, transport, compose)] += 1;
      } catch (error) {
        logger.error({ err: error, jobId: String(job.id) }, 'e-mail job outcome not recorded');
        counts.lost += 1;
      }
    });
    // Short or slow (jobs given back): the next round goes on.
    if (jobs.length < batchSize || counts.released > releasedBefore) break;
  }
  return counts;
}

async function deliverOne(
  db: Database,
  job: HeldEmailJob,
  transport: MailTransport,
  compose: Compose,
): Promise<Outcome> {
  if (job.claim.lockedUntil.getTime() - Date.now() < startMarginMs) {
    return (await releaseEmailJob(db, job)) ? 'released' : 'lost';
  }
  let composition: Composition;
  try {
    composition = await compose(db, job);
    if (composition.email) await transport.send(composition.email, job.id);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof MailDeliveryError && error.permanent) {
      return (await failEmailJob(db, job, reason)) ? 'failed' : 'lost';
    }
    logger.warn({ err: error, jobId: String(job.id), attempt: job.claim.attempt }, 'e-mail not delivered, will retry');
    return (await retryEmailJob(db, job, reason)) ? 'retried' : 'lost';
  }
  return recordDelivery(db, job, composition);
}

/** The job and its notifications at once, only while this worker's claim holds. */
async function recordDelivery(
  db: Database,
  job: HeldEmailJob,
  { email, told, skipped }: Composition,
): Promise<Outcome> {
  const outcome: FinishedEmailJob = email
    ? { status: 'SENT', toAddress: email.to, subject: email.subject, messageId: email.messageId, sentAt: new Date() }
    : { status: 'EMPTY' };
  if (!(await finishEmailJob(db, job, outcome, { told, skipped }))) return 'lost';
  return email ? 'sent' : 'empty';
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
