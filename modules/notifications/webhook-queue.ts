import { Prisma, type Database } from '@/modules/platform/db/client';
import { WebhookEvent } from '@/modules/platform/db/generated/enums';
import {
  claimJobs,
  drainQueue,
  retryJob,
  stillHeldSql,
  type HeldJob,
  type JobQueue,
} from '@/modules/platform/job-queue';
import { logger } from '@/modules/platform/logger';
import { composeWebhook, eventName, type WebhookJob } from './webhook-payload';
import { sendWebhook } from './webhook-request';

// The webhook queue: rows of webhook_deliveries, drained with the e-mail queue's mechanics
// (modules/platform/job-queue.ts, docs/decisions/0038): any instance claims due deliveries with
// SKIP LOCKED and a lease; a failed try waits 30 s doubling to an hour; after `maxWebhookAttempts`
// tries the delivery is FAILED and shown on the admins' page with its last error. At least once:
// a receiver drops repeats by X-VAU-Event-Id.

/** About a day of tries: 0.5+1+2+…+32 minutes (7 tries), then hourly. */
export const maxWebhookAttempts = 7 + 23;

export const webhookQueue: JobQueue = {
  name: 'webhooks',
  table: Prisma.sql`webhook_deliveries`,
  maxAttempts: maxWebhookAttempts,
  firstRetryMs: 30_000,
  longestRetryMs: 60 * 60_000,
  leaseMs: 2 * 60_000,
  // A try takes at most the request's timeout (10 s) and the recording.
  startMarginMs: 30_000,
};

interface ClaimedRow {
  event: string;
  subject_id: string;
  occurred_at: Date;
  endpoint_id: string;
}

type HeldWebhook = WebhookJob & HeldJob & { url: string; secret: string; active: boolean };

async function claimWebhooks(db: Database, limit: number): Promise<HeldWebhook[]> {
  const rows = await claimJobs<ClaimedRow>(db, webhookQueue, {
    limit,
    columns: Prisma.sql`j.event::text AS event, j.subject_id, j.occurred_at, j.endpoint_id::text AS endpoint_id`,
  });
  if (rows.length === 0) return [];
  const endpoints = new Map(
    (
      await db.webhookEndpoint.findMany({
        where: { id: { in: [...new Set(rows.map((row) => row.endpoint_id))] } },
        select: { id: true, name: true, url: true, secret: true, active: true },
      })
    ).map((endpoint) => [endpoint.id, endpoint]),
  );
  // Deliveries go with their endpoint (on delete cascade): one deleted since the claim is not tried.
  return rows.flatMap(({ id, claim, event, subject_id, occurred_at, endpoint_id }) => {
    const endpoint = endpoints.get(endpoint_id);
    if (!endpoint) return [];
    const { name, url, secret, active } = endpoint;
    const job = { event: event.toUpperCase() as WebhookEvent, subjectId: subject_id, occurredAt: occurred_at };
    return [{ id, claim, ...job, endpointName: name, url, secret, active }];
  });
}

type Outcome = 'delivered' | 'skipped' | 'retried' | 'failed';

async function finish(db: Database, job: HeldWebhook, status: 'delivered' | 'skipped'): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE webhook_deliveries
       SET status = ${status}::webhook_delivery_status, locked_until = NULL, last_error = NULL,
           delivered_at = ${status === 'delivered' ? new Date() : null}::timestamptz
     WHERE ${stillHeldSql(job)}`;
  return count === 1;
}

async function deliverOne(db: Database, job: HeldWebhook): Promise<Outcome | 'lost'> {
  // A paused endpoint's waiting events are dropped, not kept for later; an admin's test still goes.
  const payload = job.active || job.event === WebhookEvent.TEST ? await composeWebhook(db, job) : null;
  if (!payload) return (await finish(db, job, 'skipped')) ? 'skipped' : 'lost';
  try {
    await sendWebhook({
      url: job.url,
      secret: job.secret,
      eventId: payload.id,
      event: eventName(job.event),
      body: JSON.stringify(payload),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn({ err: error, deliveryId: String(job.id), attempt: job.claim.attempt }, 'webhook not delivered');
    const lastTry = job.claim.attempt >= webhookQueue.maxAttempts;
    if (!(await retryJob(db, webhookQueue, job, reason))) return 'lost';
    return lastTry ? 'failed' : 'retried';
  }
  return (await finish(db, job, 'delivered')) ? 'delivered' : 'lost';
}

/** Delivers due webhooks until none is due (or `maxBatches` claims were made). */
export function deliverWebhooks(db: Database, { batchSize = 20, concurrency = 5, maxBatches = 20 } = {}) {
  return drainQueue(db, webhookQueue, {
    claim: (limit) => claimWebhooks(db, limit),
    work: (job) => deliverOne(db, job),
    outcomes: ['delivered', 'skipped', 'retried', 'failed'],
    batchSize,
    concurrency,
    maxBatches,
  });
}
