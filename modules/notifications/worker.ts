import type { Database } from '@/modules/platform/db/client';
import { logger } from '@/modules/platform/logger';
import { MailDeliveryError, type ClaimedEmailJob, type Composition, type MailTransport } from './email';
import { drainQueue, type DrainCounts } from '@/modules/platform/job-queue';
import {
  claimEmailJobs,
  defaultLeaseMs,
  emailQueue,
  failEmailJob,
  finishEmailJob,
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

type EmailOutcome = 'sent' | 'empty' | 'retried' | 'failed';

/**
 * What became of the jobs: besides the outcomes, `lost` (not recorded by this worker: its claim
 * had passed, or recording failed; the lease brings it back) and `released` (given back untried:
 * too little of the lease was left to start a send safely).
 */
export type DeliveryCounts = DrainCounts<EmailOutcome>;

type Outcome = EmailOutcome | 'lost';

/** Delivers due jobs until the queue has none (or `maxBatches` claims were made). */
export function deliverEmails(
  db: Database,
  { transport, compose, batchSize = 50, concurrency = 10, leaseMs = defaultLeaseMs, maxBatches = 100 }: DeliverOptions,
): Promise<DeliveryCounts> {
  return drainQueue(db, emailQueue, {
    claim: (limit) => claimEmailJobs(db, { limit, leaseMs }),
    work: (job) => deliverOne(db, job, transport, compose),
    outcomes: ['sent', 'empty', 'retried', 'failed'],
    batchSize,
    concurrency,
    maxBatches,
  });
}

async function deliverOne(
  db: Database,
  job: HeldEmailJob,
  transport: MailTransport,
  compose: Compose,
): Promise<Outcome> {
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
