import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { EmailJobStatus, type EmailJobKind } from '@/modules/platform/db/generated/enums';
import { requeueFailedJob } from './queue';

// The admins' outbox ("Lähetetyt viestit"): how long the queue is, what failed (with a retry), what
// was sent, and in the demo the database mailbox. Reads and the retry need `email.manage`.

/** Rows per page in each of the outbox's lists. */
export const outboxPageSize = 20;

const idPattern = /^\d{1,18}$/;

/** The reads work inside a transaction too (the tests read in one snapshot). */
type Reader = Database | Prisma.TransactionClient;

export interface OutboxCounts {
  /** Every job still waiting to be sent, due or not. */
  queued: number;
  /** Waiting jobs whose time has come: a worker takes them on its next round. */
  due: number;
  /** Waiting jobs that failed at least once and wait for their next try. */
  retrying: number;
  failed: number;
}

export interface OutboxJob {
  id: string;
  kind: EmailJobKind;
  /** The address it was (or would have been) sent to: the job's own, else the person's current one. */
  toAddress: string | null;
  subject: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxList<Row> {
  rows: Row[];
  /** Where the next, older page starts; null when this is the last. */
  olderThan: string | null;
}

export interface MailboxListing {
  id: string;
  toAddress: string;
  subject: string;
  createdAt: Date;
}

export interface MailboxMessageView extends MailboxListing {
  fromAddress: string;
  text: string;
  html: string;
  listUnsubscribe: string | null;
  listUnsubscribePost: string | null;
}

function mayManage(actor: Actor | null): actor is Actor {
  return can(actor, 'email.manage');
}

function cursor(olderThan: string | undefined): bigint | null {
  return olderThan && idPattern.test(olderThan) ? BigInt(olderThan) : null;
}

/** One page of `take + 1` rows, newest first, and where the next page starts. */
function paged<Row extends { id: string }>(rows: Row[]): OutboxList<Row> {
  const shown = rows.slice(0, outboxPageSize);
  return { rows: shown, olderThan: rows.length > outboxPageSize ? shown.at(-1)!.id : null };
}

export async function outboxCounts(db: Reader, actor: Actor | null): Promise<OutboxCounts | null> {
  if (!mayManage(actor)) return null;
  const [row] = await db.$queryRaw<{ queued: bigint; due: bigint; retrying: bigint; failed: bigint }[]>`
    SELECT count(*) FILTER (WHERE status = 'queued') AS queued,
           count(*) FILTER (WHERE status = 'queued' AND run_at <= now()) AS due,
           count(*) FILTER (WHERE status = 'queued' AND attempts > 0) AS retrying,
           count(*) FILTER (WHERE status = 'failed') AS failed
      FROM email_jobs
     WHERE status IN ('queued', 'failed')`;
  return {
    queued: Number(row?.queued ?? 0),
    due: Number(row?.due ?? 0),
    retrying: Number(row?.retrying ?? 0),
    failed: Number(row?.failed ?? 0),
  };
}

const jobSelect = {
  id: true,
  kind: true,
  toAddress: true,
  subject: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
  recipient: { select: { email: true } },
} as const;

async function listJobs(
  db: Reader,
  status: EmailJobStatus,
  olderThan: string | undefined,
): Promise<OutboxList<OutboxJob>> {
  const before = cursor(olderThan);
  const jobs = await db.emailJob.findMany({
    where: { status, ...(before === null ? {} : { id: { lt: before } }) },
    orderBy: { id: 'desc' },
    take: outboxPageSize + 1,
    select: jobSelect,
  });
  return paged(
    jobs.map(({ recipient, id, toAddress, ...job }) => ({
      ...job,
      id: String(id),
      toAddress: toAddress ?? recipient.email,
    })),
  );
}

/** E-mails refused for good or given up on, newest first: each can be tried again. */
export async function listFailedEmails(
  db: Reader,
  actor: Actor | null,
  options: { olderThan?: string } = {},
): Promise<OutboxList<OutboxJob> | null> {
  return mayManage(actor) ? listJobs(db, EmailJobStatus.FAILED, options.olderThan) : null;
}

/** E-mails a transport accepted, newest first. */
export async function listSentEmails(
  db: Reader,
  actor: Actor | null,
  options: { olderThan?: string } = {},
): Promise<OutboxList<OutboxJob> | null> {
  return mayManage(actor) ? listJobs(db, EmailJobStatus.SENT, options.olderThan) : null;
}

/** The demo mailbox (SMTP_URL unset): what VAU would have sent, newest first. */
export async function listMailbox(
  db: Reader,
  actor: Actor | null,
  options: { olderThan?: string } = {},
): Promise<OutboxList<MailboxListing> | null> {
  if (!mayManage(actor)) return null;
  const before = cursor(options.olderThan);
  const messages = await db.mailboxMessage.findMany({
    where: before === null ? {} : { id: { lt: before } },
    orderBy: { id: 'desc' },
    take: outboxPageSize + 1,
    select: { id: true, toAddress: true, subject: true, createdAt: true },
  });
  return paged(messages.map((message) => ({ ...message, id: String(message.id) })));
}

function headerValue(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) return null;
  const wanted = name.toLowerCase();
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === wanted);
  return typeof found?.[1] === 'string' ? found[1] : null;
}

export async function readMailboxMessage(
  db: Reader,
  actor: Actor | null,
  id: string,
): Promise<MailboxMessageView | null> {
  if (!mayManage(actor) || !idPattern.test(id)) return null;
  const message = await db.mailboxMessage.findUnique({
    where: { id: BigInt(id) },
    select: {
      id: true,
      toAddress: true,
      fromAddress: true,
      subject: true,
      text: true,
      html: true,
      headers: true,
      createdAt: true,
    },
  });
  if (!message) return null;
  const { headers, ...rest } = message;
  return {
    ...rest,
    id: String(message.id),
    listUnsubscribe: headerValue(headers, 'List-Unsubscribe'),
    listUnsubscribePost: headerValue(headers, 'List-Unsubscribe-Post'),
  };
}

const retryInput = z.object({ jobId: z.string().regex(idPattern, 'validation.invalid') });

/**
 * "Try again" on a failed e-mail: back in the queue, due now, with a fresh round of tries. Only a
 * job that is still failed is touched, so a second click (or a second admin) changes nothing.
 */
export async function retryFailedEmail(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, retryInput, raw, 'email.manage');
  if (!start.ok) return start.state;
  const jobId = BigInt(start.input.jobId);
  return db.$transaction(async (tx) => {
    const job = await tx.emailJob.findUnique({ where: { id: jobId }, select: { status: true, attempts: true } });
    if (!job) return { ok: false, message: 'errors.notFound' };
    if (!(await requeueFailedJob(tx, jobId))) return { ok: false, message: 'outbox.notFailed' };
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'email.retry',
        targetType: 'email_job',
        targetId: String(jobId),
        before: { status: EmailJobStatus.FAILED, attempts: job.attempts },
        after: { status: EmailJobStatus.QUEUED, attempts: 0 },
      },
      origin,
    );
    return { ok: true, message: 'outbox.retried' };
  });
}
