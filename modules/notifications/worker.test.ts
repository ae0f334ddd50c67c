import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient, NotificationType, type Database } from '@/modules/platform/db/client';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { composeEmail } from './compose';
import { scheduleDigests } from './digest-schedule';
import type { MailTransport } from './email';
import { planEmails } from './planner';
import { claimEmailJobs, finishEmailJob, requeueFailedJob } from './queue';
import { createOwnDatabase, type OwnDatabase } from './testing/own-database';
import { simpleCompose } from './testing/simple-compose';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';
import { mailboxTransport, smtpTransport } from './transport';
import { deliverEmails } from './worker';

describe('delivering queued e-mail through SMTP', () => {
  let own: OwnDatabase;
  let db: Database;
  let sink: SmtpSink;
  const transports: MailTransport[] = [];

  beforeAll(async () => {
    own = await createOwnDatabase('email-worker');
    db = own.db;
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await Promise.all(transports.splice(0).map((transport) => transport.close()));
    sink.mode = 'accept';
    sink.received.length = 0;
    // Each test drains the whole queue: what one leaves behind must not reach the next.
    await db.emailJob.updateMany({ where: { status: 'QUEUED' }, data: { status: 'FAILED' } });
  });
  afterAll(async () => {
    await sink.stop();
    await own.drop();
  });

  function transport(url = sink.url): MailTransport {
    const created = smtpTransport(url);
    transports.push(created);
    return created;
  }

  /** `count` people, each with a notification planned INSTANT and its job. */
  async function instantJobs(count: number) {
    const jobs = [];
    for (let index = 0; index < count; index += 1) {
      const user = await createUser(db);
      const notification = await db.notification.create({
        data: { recipientId: user.id, type: NotificationType.MENTION, emailState: 'INSTANT' },
      });
      jobs.push(
        await db.emailJob.create({ data: { recipientId: user.id, kind: 'INSTANT', notificationId: notification.id } }),
      );
    }
    return jobs;
  }

  const jobOf = (id: bigint) => db.emailJob.findUniqueOrThrow({ where: { id } });

  it('sends each of 200 jobs exactly once while two workers compete', async () => {
    const jobs = await instantJobs(200);
    const options = { compose: simpleCompose, batchSize: 10, concurrency: 4 };

    const [first, second] = await Promise.all([
      deliverEmails(db, { ...options, transport: transport() }),
      deliverEmails(db, { ...options, transport: transport() }),
    ]);

    expect(first.sent + second.sent).toBe(200);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBeGreaterThan(0);
    const messageIds = sink.received.map((mail) => mail.messageId);
    expect(messageIds).toHaveLength(200);
    expect(new Set(messageIds)).toEqual(new Set(jobs.map((job) => `<vau-email-${job.id}@test.example>`)));
    const recorded = await db.emailJob.findMany({ where: { id: { in: jobs.map((job) => job.id) } } });
    expect(recorded.every((job) => job.status === 'SENT' && job.attempts === 1 && job.sentAt !== null)).toBe(true);
    const told = await db.notification.findMany({ where: { id: { in: jobs.map((job) => job.notificationId!) } } });
    expect(told.every((row) => row.emailState === 'SENT' && row.emailJobId !== null && row.emailedAt !== null)).toBe(
      true,
    );
  });

  it('never hands one job to two claims made at the same moment', async () => {
    const jobs = await instantJobs(200);
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimEmailJobs(db, { limit: 20 })));
    const claimed = claims.flat().map((job) => job.id);
    expect(claimed).toHaveLength(200);
    expect(new Set(claimed)).toEqual(new Set(jobs.map((job) => job.id)));
  });

  it('keeps a job waiting while the server says "try later", then delivers it once the server accepts', async () => {
    const [job] = await instantJobs(1);
    sink.mode = 'busy';

    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ retried: 1 });
    const waiting = await jobOf(job!.id);
    expect(waiting.status).toBe('QUEUED');
    expect(waiting.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(waiting.lastError).toContain('421');
    expect(waiting.lockedUntil).toBeNull();
    // Not due yet: another round takes nothing.
    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ retried: 0 });

    sink.mode = 'accept';
    await db.emailJob.update({ where: { id: job!.id }, data: { runAt: new Date(Date.now() - 1000) } });
    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ sent: 1 });
    expect(await jobOf(job!.id)).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(sink.received).toHaveLength(1);
  });

  it('retries when nothing listens at the address (connection refused)', async () => {
    const closed = await startSmtpSink();
    await closed.stop();
    const [job] = await instantJobs(1);

    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport(closed.url) })).toMatchObject({
      retried: 1,
    });
    const waiting = await jobOf(job!.id);
    expect(waiting).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(waiting.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it('fails a job at once when the server refuses the recipient (550), and never tries it again by itself', async () => {
    const [job] = await instantJobs(1);
    sink.mode = 'no-such-user';

    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ failed: 1 });
    const failed = await jobOf(job!.id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, lockedUntil: null });
    expect(failed.lastError).toContain('550');

    sink.mode = 'accept';
    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ sent: 0 });
    // An admin's retry puts it back; then it goes.
    expect(await db.$transaction((tx) => requeueFailedJob(tx, job!.id))).toBe(true);
    expect(await db.$transaction((tx) => requeueFailedJob(tx, job!.id))).toBe(false);
    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(1);
  });

  it('gives a job whose worker vanished to another once the lease has passed, and the first cannot record it', async () => {
    const [job] = await instantJobs(1);
    const [vanished] = await claimEmailJobs(db, { limit: 1 });
    expect(vanished?.id).toBe(job!.id);
    // Still leased: nobody else takes it.
    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ sent: 0 });

    await db.emailJob.update({ where: { id: job!.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ sent: 1 });
    expect(await jobOf(job!.id)).toMatchObject({ status: 'SENT', attempts: 2 });

    const late = await db.$transaction((tx) => finishEmailJob(tx, vanished!, { status: 'EMPTY' }));
    expect(late).toBe(false);
    expect(await jobOf(job!.id)).toMatchObject({ status: 'SENT' });
  });

  it('gives a job back untried when too little of its lease is left to start a send', async () => {
    const [job] = await instantJobs(1);
    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport(), leaseMs: 60_000 })).toMatchObject({
      released: 1,
      sent: 0,
    });
    expect(await jobOf(job!.id)).toMatchObject({ status: 'QUEUED', attempts: 0, lockedUntil: null });
    expect(sink.received).toHaveLength(0);
    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ sent: 1 });
  });

  it('records an empty job (nothing left to tell) without sending, and the skipped notifications as skipped', async () => {
    const [job] = await instantJobs(1);
    await db.user.update({ where: { id: job!.recipientId }, data: { email: null } });

    expect(await deliverEmails(db, { compose: simpleCompose, transport: transport() })).toMatchObject({ empty: 1 });
    expect(await jobOf(job!.id)).toMatchObject({ status: 'EMPTY' });
    const notification = await db.notification.findUniqueOrThrow({ where: { id: job!.notificationId! } });
    expect(notification).toMatchObject({ emailState: 'SKIPPED', emailJobId: null });
    expect(sink.received).toHaveLength(0);
  });

  it('delivers jobs written before a restart with a new database client', async () => {
    const jobs = await instantJobs(3);
    const restarted = createPrismaClient({ connectionString: own.url, poolSize: 4 });
    try {
      expect(await deliverEmails(restarted, { compose: simpleCompose, transport: transport() })).toMatchObject({
        sent: 3,
      });
    } finally {
      await restarted.$disconnect();
    }
    expect(sink.received.map((mail) => mail.messageId).sort()).toEqual(
      jobs.map((job) => `<vau-email-${job.id}@test.example>`).sort(),
    );
  });

  it('keeps the demo mailbox’s message with its headers, once per job even when sent again', async () => {
    const [job] = await instantJobs(1);
    const mailbox = mailboxTransport(db);

    expect(await deliverEmails(db, { compose: simpleCompose, transport: mailbox })).toMatchObject({ sent: 1 });
    const held = await db.emailJob.findUniqueOrThrow({ where: { id: job!.id } });
    const again = await simpleCompose(db, { ...held, attempts: 1 });
    await mailbox.send(again.email!, job!.id);

    const messages = await db.mailboxMessage.findMany({ where: { jobId: job!.id } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ subject: `Job ${job!.id}`, fromAddress: 'VAU <vau@test.example>' });
    expect(messages[0]!.headers).toMatchObject({
      'Message-ID': `<vau-email-${job!.id}@test.example>`,
      'List-Unsubscribe': `<http://localhost/api/notifications/unsubscribe?token=job-${job!.id}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('plans, composes and sends with the real composer: an instant e-mail and a daily digest', async () => {
    vi.stubEnv('AUTH_URL', 'https://vau.kuusilahti.example');
    try {
      const author = await createUser(db);
      const actor = await createUser(db);
      const idea = await createIdea(db, { authorId: author.id, title: 'Pyörät kiertoon' });
      const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
      await db.notification.createMany({
        data: [
          { recipientId: author.id, actorId: actor.id, type: NotificationType.MENTION, ideaId: idea.id },
          // A comment on one's own idea waits for the daily digest by default.
          ...[1, 2].map(() => ({
            recipientId: author.id,
            actorId: actor.id,
            type: NotificationType.COMMENT,
            ideaId: idea.id,
            createdAt: twoDaysAgo,
          })),
        ],
      });
      expect(await planEmails(db)).toMatchObject({ instant: 1, daily: 2 });
      await scheduleDigests(db, new Date());

      expect(await deliverEmails(db, { compose: composeEmail, transport: transport() })).toMatchObject({ sent: 2 });
      const mails = sink.received.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === author.email);
      expect(mails).toHaveLength(2);
      for (const mail of mails) {
        expect(mail.messageId).toMatch(/^<vau-email-\d+@vau\.kuusilahti\.example>$/);
        expect(mail.headerLines.some(({ key }) => key === 'list-unsubscribe')).toBe(true);
      }
      const states = await db.notification.findMany({
        where: { recipientId: author.id },
        select: { emailState: true },
      });
      expect(states.every((row) => row.emailState === 'SENT')).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
