import { describe, expect, it } from 'vitest';
import { EmailJobKind, EmailJobStatus, Prisma, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { previewHtml } from './mailbox-preview';
import {
  listFailedEmails,
  listMailbox,
  listSentEmails,
  outboxCounts,
  outboxPageSize,
  readMailboxMessage,
  retryFailedEmail,
} from './outbox';

type Tx = Prisma.TransactionClient;

const hour = 60 * 60 * 1000;

class Rollback extends Error {}

describe('the outbox', () => {
  const db = testDb();

  /**
   * Other test files share the database and its queue: the counts and the newest pages are read
   * in one snapshot (repeatable read) that sees only this test's rows besides what was there, and
   * everything is rolled back.
   */
  async function inSnapshot(check: (tx: Tx) => Promise<void>): Promise<void> {
    await db
      .$transaction(
        async (tx) => {
          await check(tx);
          throw new Rollback();
        },
        { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
      )
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
  }

  async function admin() {
    return actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
  }

  function job(recipientId: string, data: Partial<Prisma.EmailJobUncheckedCreateInput> = {}) {
    return { recipientId, kind: EmailJobKind.INSTANT, ...data };
  }

  it('counts what waits, what is due now, what waits to retry and what failed', async () => {
    const reader = await admin();
    const person = await createUser(db);
    await inSnapshot(async (tx) => {
      const before = (await outboxCounts(tx, reader))!;
      await tx.emailJob.createMany({
        data: [
          job(person.id, { runAt: new Date(Date.now() - hour) }),
          job(person.id, { runAt: new Date(Date.now() - hour), attempts: 2, lastError: 'connection refused' }),
          job(person.id, { runAt: new Date(Date.now() + hour), attempts: 1, lastError: 'connection refused' }),
          job(person.id, { runAt: new Date(Date.now() + hour) }),
          job(person.id, { status: EmailJobStatus.FAILED, attempts: 1, lastError: '550 no such user' }),
          job(person.id, { status: EmailJobStatus.SENT, sentAt: new Date() }),
          job(person.id, { status: EmailJobStatus.EMPTY }),
        ],
      });
      const after = (await outboxCounts(tx, reader))!;
      expect({
        queued: after.queued - before.queued,
        due: after.due - before.due,
        retrying: after.retrying - before.retrying,
        failed: after.failed - before.failed,
      }).toEqual({ queued: 4, due: 2, retrying: 2, failed: 1 });
    });
  });

  it('lists failures newest first with address, subject, error and tries, a page at a time', async () => {
    const reader = await admin();
    const person = await createUser(db);
    await inSnapshot(async (tx) => {
      // The first failed before it was composed: the person's own address stands in for the job's.
      await tx.emailJob.create({ data: job(person.id, { status: EmailJobStatus.FAILED, lastError: 'no address' }) });
      for (let n = 1; n <= outboxPageSize; n += 1)
        await tx.emailJob.create({
          data: job(person.id, {
            status: EmailJobStatus.FAILED,
            toAddress: `bad-${n}@test.example`,
            subject: `Aihe ${n}`,
            attempts: 5,
            lastError: '550 5.1.1 no such user',
          }),
        });
      const first = (await listFailedEmails(tx, reader))!;
      expect(first.rows).toHaveLength(outboxPageSize);
      expect(first.rows[0]).toMatchObject({
        toAddress: `bad-${outboxPageSize}@test.example`,
        subject: `Aihe ${outboxPageSize}`,
        attempts: 5,
        lastError: '550 5.1.1 no such user',
      });
      expect(first.olderThan).toBe(first.rows.at(-1)!.id);
      const second = (await listFailedEmails(tx, reader, { olderThan: first.olderThan! }))!;
      expect(second.rows[0]).toMatchObject({ toAddress: person.email, subject: null, lastError: 'no address' });
      expect(await listSentEmails(tx, reader)).not.toMatchObject({
        rows: expect.arrayContaining([expect.objectContaining({ lastError: 'no address' })]),
      });
    });
  });

  it('lists sent e-mails newest first', async () => {
    const reader = await admin();
    const person = await createUser(db);
    await inSnapshot(async (tx) => {
      await tx.emailJob.create({
        data: job(person.id, { status: EmailJobStatus.SENT, subject: 'Vanhempi', sentAt: new Date(), attempts: 1 }),
      });
      await tx.emailJob.create({
        data: job(person.id, { status: EmailJobStatus.SENT, subject: 'Uudempi', sentAt: new Date(), attempts: 1 }),
      });
      const sent = (await listSentEmails(tx, reader))!;
      expect(sent.rows.slice(0, 2).map((row) => row.subject)).toEqual(['Uudempi', 'Vanhempi']);
    });
  });

  it('shows a mailbox message with its headers, plain text and HTML', async () => {
    const reader = await admin();
    const message = await db.mailboxMessage.create({
      data: {
        toAddress: 'laura@test.example',
        fromAddress: 'VAU <vau@kuusilahti.example>',
        subject: 'Laura mainitsi sinut',
        text: 'Hei!',
        html: '<p style="color: red">Hei!</p>',
        headers: {
          'List-Unsubscribe': '<http://localhost:3000/unsubscribe/x>',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      },
    });
    const id = String(message.id);
    expect(await readMailboxMessage(db, reader, id)).toMatchObject({
      id,
      toAddress: 'laura@test.example',
      fromAddress: 'VAU <vau@kuusilahti.example>',
      subject: 'Laura mainitsi sinut',
      text: 'Hei!',
      listUnsubscribe: '<http://localhost:3000/unsubscribe/x>',
      listUnsubscribePost: 'List-Unsubscribe=One-Click',
    });
    expect((await listMailbox(db, reader))?.rows.map((row) => row.id)).toContain(id);
    expect(await readMailboxMessage(db, reader, 'x')).toBeNull();
  });

  it('is for admins only: anyone else reads nothing and may not retry', async () => {
    const employee = actorOf(await createUser(db));
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const failed = await db.emailJob.create({
      data: job(employee.id, { status: EmailJobStatus.FAILED, attempts: 5, lastError: '550' }),
    });
    for (const reader of [null, employee, moderator]) {
      expect(await outboxCounts(db, reader)).toBeNull();
      expect(await listFailedEmails(db, reader)).toBeNull();
      expect(await listSentEmails(db, reader)).toBeNull();
      expect(await listMailbox(db, reader)).toBeNull();
      expect((await retryFailedEmail(db, reader, { jobId: String(failed.id) }, testOrigin)).ok).toBe(false);
    }
    expect((await retryFailedEmail(db, employee, { jobId: String(failed.id) }, testOrigin)).message).toBe(
      'errors.forbidden',
    );
    expect(await db.emailJob.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: EmailJobStatus.FAILED,
      attempts: 5,
    });
  });

  it('puts a failed e-mail back in the queue, due now, once, and records who did it', async () => {
    const reader = await admin();
    const person = await createUser(db);
    const failed = await db.emailJob.create({
      data: job(person.id, {
        status: EmailJobStatus.FAILED,
        attempts: 5,
        runAt: new Date(Date.now() + hour),
        lastError: '421 try later',
      }),
    });
    const jobId = String(failed.id);
    expect(await retryFailedEmail(db, reader, { jobId }, testOrigin)).toEqual({ ok: true, message: 'outbox.retried' });
    const requeued = await db.emailJob.findUniqueOrThrow({ where: { id: failed.id } });
    expect(requeued).toMatchObject({ status: EmailJobStatus.QUEUED, attempts: 0, lockedUntil: null });
    expect(requeued.runAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await retryFailedEmail(db, reader, { jobId }, testOrigin)).toEqual({
      ok: false,
      message: 'outbox.notFailed',
    });
    expect(await retryFailedEmail(db, reader, { jobId: '999999999999' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.notFound',
    });
    const audit = await db.auditLog.findMany({
      where: { action: 'email.retry', targetId: jobId },
      select: { actorId: true, targetType: true },
    });
    expect(audit).toEqual([{ actorId: reader.id, targetType: 'email_job' }]);
  });
});

describe('the mailbox preview', () => {
  it('moves style attributes into one <style> with the page’s nonce, so the frame’s inherited policy allows them', () => {
    const html =
      '<html><head><style>p{margin:0}</style></head><body><p style="color: #0050a0; font-family: &quot;Arial&quot;">Hei</p><a style=\'x:1}body{display:none\'>a</a></body></html>';
    expect(previewHtml(html, 'abc')).toBe(
      '<html><head><style nonce="abc">p{margin:0}</style><style nonce="abc">[data-preview-style="0"]{color: #0050a0; font-family: "Arial"}[data-preview-style="1"]{x:1bodydisplay:none}</style></head><body><p data-preview-style="0">Hei</p><a data-preview-style="1">a</a></body></html>',
    );
    expect(previewHtml('<p>Hei</p>', 'abc')).toBe('<p>Hei</p>');
  });
});
