import type { Database } from '@/modules/platform/db/client';
import type { ClaimedEmailJob, Composition } from '../email';

// A composer for the machinery's tests: one line per job, the job's own notification told. The
// real message content is compose.ts's and has its own tests.

export async function simpleCompose(db: Database, job: ClaimedEmailJob): Promise<Composition> {
  const recipient = await db.user.findUniqueOrThrow({ where: { id: job.recipientId }, select: { email: true } });
  const waiting = await db.notification.findMany({
    where: job.notificationId ? { id: job.notificationId } : { recipientId: job.recipientId, emailState: job.kind },
    select: { id: true },
  });
  const told = waiting.map((row) => row.id);
  if (!recipient.email || told.length === 0) return { email: null, told: [], skipped: told };
  return {
    email: {
      to: recipient.email,
      from: 'VAU <vau@test.example>',
      subject: `Job ${job.id}`,
      text: `Job ${job.id} tells ${told.length}.`,
      html: `<p>Job ${job.id} tells ${told.length}.</p>`,
      messageId: `<vau-email-${job.id}@test.example>`,
      headers: {
        'List-Unsubscribe': `<http://localhost/api/notifications/unsubscribe?token=job-${job.id}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    },
    told,
    skipped: [],
  };
}
