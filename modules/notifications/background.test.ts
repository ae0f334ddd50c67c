import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NotificationType, type Database } from '@/modules/platform/db/client';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { startNotificationTasks } from './background';
import { createOwnDatabase, type OwnDatabase } from './testing/own-database';

describe('the e-mail rounds of an instance', () => {
  let own: OwnDatabase;
  let db: Database;

  beforeAll(async () => {
    own = await createOwnDatabase('email-background');
    db = own.db;
  });
  afterAll(() => own.drop());

  it('without SMTP_URL, a new notification reaches the demo mailbox in one round', async () => {
    vi.stubEnv('DATABASE_URL', own.url);
    vi.stubEnv('SMTP_URL', undefined);
    vi.stubEnv('AUTH_URL', 'https://vau.kuusilahti.example');
    const tasks = startNotificationTasks(db);
    try {
      const author = await createUser(db);
      const idea = await createIdea(db, { authorId: author.id });
      const mention = await db.notification.create({
        data: {
          recipientId: author.id,
          actorId: (await createUser(db)).id,
          type: NotificationType.MENTION,
          ideaId: idea.id,
        },
      });

      await tasks.find((task) => task.name === 'notifications.email')!.runNow();

      const job = await db.emailJob.findUniqueOrThrow({ where: { notificationId: mention.id } });
      expect(job).toMatchObject({ status: 'SENT', toAddress: author.email });
      const [message] = await db.mailboxMessage.findMany({ where: { jobId: job.id } });
      expect(message).toMatchObject({ toAddress: author.email, subject: job.subject });
      expect(message?.headers).toMatchObject({ 'Message-ID': job.messageId });
    } finally {
      for (const task of tasks) task.stop();
      vi.unstubAllEnvs();
    }
  });
});
