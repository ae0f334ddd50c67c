import { startBackgroundTask, type BackgroundTask } from '@/modules/platform/background-tasks';
import type { Database } from '@/modules/platform/db/client';
import { getServerEnv } from '@/modules/platform/server-env';
import { composeEmail } from './compose';
import { scheduleDigests } from './digest-schedule';
import { planEmails } from './planner';
import { writeReminders } from './reminders';
import { createTransport } from './transport';
import { planWebhooks } from './webhook-planner';
import { deliverWebhooks } from './webhook-queue';
import { deliverEmails } from './worker';

// The e-mail machinery's rounds in each instance (registered in instrumentation.ts). All of it is
// safe on many instances at once: planning and delivery take rows with SKIP LOCKED, the digest
// schedule inserts rows that are unique per person and period.

/** An instant e-mail leaves within a few seconds of its notification. */
const planAndDeliverEveryMs = 2_000;
const digestScheduleEveryMs = 60_000;
const remindersEveryMs = 5 * 60_000;
/** A webhook leaves within a few seconds of its event (or of an admin's test). */
const webhooksEveryMs = 2_000;

export function startNotificationTasks(db: Database): BackgroundTask[] {
  const transport = createTransport(db, getServerEnv().SMTP_URL);
  return [
    startBackgroundTask('notifications.email', planAndDeliverEveryMs, async () => {
      await planEmails(db);
      await deliverEmails(db, { transport, compose: composeEmail });
    }),
    startBackgroundTask('notifications.digests', digestScheduleEveryMs, () => scheduleDigests(db, new Date())),
    startBackgroundTask('notifications.reminders', remindersEveryMs, () => writeReminders(db, new Date())),
    startBackgroundTask('notifications.webhooks', webhooksEveryMs, async () => {
      await planWebhooks(db);
      await deliverWebhooks(db);
    }),
  ];
}
