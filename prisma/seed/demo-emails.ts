import type { Database, Prisma } from '../../modules/platform/db/client';
import { demoEmail } from './demo-organisation';

type NotificationRow = Prisma.NotificationCreateManyInput;

/**
 * The demo's notifications are backdated history: e-mailing all of them at the first start would
 * fill the demo mailbox with weeks of old news at once. All are marked as never to be e-mailed
 * (SKIPPED, as rows from before e-mail delivery are), except the `keep` newest unread ones, which
 * the e-mail planner takes up soon after `npm start`, so the admins' "Lähetetyt viestit" shows
 * real e-mails, instant and in the next digest.
 */
export function withDemoEmailStates(rows: NotificationRow[], keep: number): NotificationRow[] {
  const newestUnread = new Set(
    rows
      .filter((row) => !row.readAt)
      .sort((a, b) => timeOf(b.createdAt) - timeOf(a.createdAt))
      .slice(0, keep),
  );
  return rows.map((row) => (newestUnread.has(row) ? row : { ...row, emailState: 'SKIPPED' }));
}

function timeOf(at: Date | string | undefined): number {
  return at === undefined ? 0 : new Date(at).getTime();
}

/** One demo person who chose otherwise than the defaults, so the preferences page has an example. */
export const demoPreferencesOf = {
  name: 'Matti Mäkinen',
  choices: { FOLLOWED: 'WEEKLY', DISCUSSION: 'INSTANT' },
} as const;

export async function seedDemoPreferences(db: Database): Promise<void> {
  const user = await db.user.findUnique({
    where: { email: demoEmail(demoPreferencesOf.name) },
    select: { id: true, demo: true },
  });
  // A real person who happens to hold the address is never touched.
  if (!user?.demo) return;
  await db.notificationPreference.createMany({
    data: Object.entries(demoPreferencesOf.choices).map(([kind, cadence]) => ({
      userId: user.id,
      kind: kind as keyof typeof demoPreferencesOf.choices,
      cadence,
    })),
    skipDuplicates: true,
  });
}
