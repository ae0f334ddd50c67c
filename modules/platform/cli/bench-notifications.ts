import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Actor } from '../../access/permissions';
import { declineCandidate } from '../../accelerator/candidates';
import { composeEmail } from '../../notifications/compose';
import { scheduleDigests } from '../../notifications/digest-schedule';
import { planEmails } from '../../notifications/planner';
import { smtpTransport } from '../../notifications/transport';
import { deliverEmails } from '../../notifications/worker';
import { dropDatabase, ensureDatabaseExists, migrateDatabase } from '../database/provision';
import { createPrismaClient, IdeaStatus, Role, type Database } from '../db/client';

// The two e-mail goals, measured in a database of their own (rebuilt each run, so the
// server's background work on the scale data cannot take part): a decision on an idea with 10,000
// followers, and a daily digest for 10,000 people handed to a real SMTP server on localhost.

export const NOTIFICATIONS_BENCH_DATABASE = 'vau_bench_notifications';
const PEOPLE = 10_000;
/** The addresses of the 10,000 people, as a LIKE pattern. */
const benchPeople = 'person%@bench.example';
const origin = { ip: null, userAgent: 'npm run bench', requestId: null };

export interface NotificationsBench {
  people: number;
  decision: {
    followers: number;
    /** The same decision on an idea nobody follows: what the followers add to the response. */
    responseWithoutFollowersMs: number;
    responseMs: number;
    notifications: number;
    /** Every follower chose instant e-mail for followed ideas: one job each (the worst case). */
    emailJobs: number;
    /** From the decision's start until its last notification is planned into an e-mail job. */
    plannedMs: number;
    goalMs: number;
  };
  dailyDigest: {
    scheduled: number;
    scheduleMs: number;
    sent: number;
    accepted: number;
    /** From `scheduleDigests` to the last message the SMTP server accepted. */
    lastAcceptedMs: number;
    goalMs: number;
  };
}

/** A local SMTP server that accepts everything and remembers when it accepted the last message. */
async function startAcceptingSmtp() {
  let accepted = 0;
  let lastAcceptedAt = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        accepted += 1;
        lastAcceptedAt = performance.now();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    counts: () => ({ accepted, lastAcceptedAt }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** 10,000 people (a tenth Swedish- and a tenth English-speaking), an author and a coordinator. */
async function seedPeople(db: Database) {
  await db.$executeRaw`
    INSERT INTO users (id, name, email, locale, updated_at)
    SELECT gen_random_uuid(), 'Henkilö ' || n, 'person' || n || '@bench.example',
           (CASE n % 10 WHEN 0 THEN 'sv' WHEN 1 THEN 'en' ELSE 'fi' END)::locale, now()
      FROM generate_series(1, ${PEOPLE}::int) AS n`;
  const author = await db.user.create({ data: { name: 'Aino Aloitteentekijä', email: 'author@bench.example' } });
  const coordinator = await db.user.create({
    data: {
      name: 'Kaisa Koordinaattori',
      email: 'coordinator@bench.example',
      roles: [Role.EMPLOYEE, Role.COORDINATOR],
    },
  });
  const idea = (title: string) =>
    db.idea.create({
      data: {
        title,
        body: 'Mitattu komennolla npm run bench.',
        authorId: author.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      },
      select: { id: true },
    });
  const actor: Actor = { id: coordinator.id, roles: coordinator.roles, active: true, departmentIds: [] };
  return { author, actor, idea };
}

async function measureDecision(db: Database, seeded: Awaited<ReturnType<typeof seedPeople>>) {
  const reason = 'Ei nyt: resurssit on sidottu muihin hankkeisiin tänä vuonna.';
  // A first decision warms up the code paths and connections; it is not measured.
  const warmUp = await seeded.idea('Penkki: lämmittely');
  await declineCandidate(db, seeded.actor, { ideaId: warmUp.id, reason }, origin);
  const quiet = await seeded.idea('Penkki: kukaan ei seuraa');
  let started = performance.now();
  const quietDecision = await declineCandidate(db, seeded.actor, { ideaId: quiet.id, reason }, origin);
  const responseWithoutFollowersMs = Math.round(performance.now() - started);
  if (!quietDecision.ok) throw new Error(`the bench decision was refused: ${quietDecision.message}`);
  await planEmails(db);

  const followed = await seeded.idea('Penkki: 10 000 seuraajaa');
  await db.$executeRaw`
    INSERT INTO idea_follows (idea_id, user_id)
    SELECT ${followed.id}::int, id FROM users WHERE email LIKE ${benchPeople}`;
  await db.$executeRaw`
    INSERT INTO notification_preferences (user_id, kind, cadence, updated_at)
    SELECT id, 'followed', 'instant', now() FROM users WHERE email LIKE ${benchPeople}`;

  started = performance.now();
  const decision = await declineCandidate(db, seeded.actor, { ideaId: followed.id, reason }, origin);
  const responseMs = Math.round(performance.now() - started);
  if (!decision.ok) throw new Error(`the bench decision was refused: ${decision.message}`);
  // The planner as the background task runs it, round after round until nothing waits.
  const pending = { ideaId: followed.id, emailState: 'PENDING' as const };
  do await planEmails(db);
  while ((await db.notification.count({ where: pending })) > 0);
  const plannedMs = Math.round(performance.now() - started);

  const notifications = await db.notification.count({ where: { ideaId: followed.id } });
  const emailJobs = await db.emailJob.count({ where: { notification: { ideaId: followed.id } } });
  // The digest that follows measures digests alone.
  await db.emailJob.deleteMany({ where: { kind: 'INSTANT' } });
  await db.notificationPreference.deleteMany({});
  return {
    followers: await db.ideaFollow.count({ where: { ideaId: followed.id } }),
    responseWithoutFollowersMs,
    responseMs,
    notifications,
    emailJobs,
    plannedMs,
    goalMs: 2_000,
  };
}

async function measureDailyDigest(db: Database, seeded: Awaited<ReturnType<typeof seedPeople>>) {
  // Yesterday's news in everyone's daily digest: a decision on one idea, a comment on another.
  const decided = await seeded.idea('Penkki: päätös koonnissa');
  const discussed = await seeded.idea('Penkki: keskustelu koonnissa');
  const comment = await db.comment.create({
    data: { ideaId: discussed.id, authorId: seeded.author.id, body: 'Hyvä ajatus, kokeillaan keväällä.' },
    select: { id: true },
  });
  const yesterday = new Date(Date.now() - 24 * 3_600_000);
  await db.$executeRaw`
    INSERT INTO notifications (recipient_id, actor_id, type, idea_id, comment_id, created_at, email_state)
    SELECT u.id, ${seeded.actor.id}::uuid, 'status_changed'::notification_type, ${decided.id}::int, NULL,
           ${yesterday}::timestamptz, 'daily'::notification_email_state
      FROM users u WHERE u.email LIKE ${benchPeople}
    UNION ALL
    SELECT u.id, ${seeded.author.id}::uuid, 'comment'::notification_type, ${discussed.id}::int, ${comment.id}::int,
           ${yesterday}::timestamptz, 'daily'::notification_email_state
      FROM users u WHERE u.email LIKE ${benchPeople}`;

  const smtp = await startAcceptingSmtp();
  const transport = smtpTransport(smtp.url);
  try {
    const started = performance.now();
    const scheduled = await scheduleDigests(db, new Date());
    const scheduleMs = Math.round(performance.now() - started);
    let sent = 0;
    for (;;) {
      const round = await deliverEmails(db, { transport, compose: composeEmail });
      sent += round.sent;
      if (round.sent + round.empty + round.retried + round.failed + round.lost === 0) break;
    }
    const { accepted, lastAcceptedAt } = smtp.counts();
    return {
      scheduled: scheduled.daily,
      scheduleMs,
      sent,
      accepted,
      lastAcceptedMs: Math.round(lastAcceptedAt - started),
      goalMs: 60_000,
    };
  } finally {
    await transport.close();
    await smtp.stop();
  }
}

/** Both e-mail rows, in a fresh database next to `serverUrl`'s, dropped afterwards. */
export async function benchNotifications(serverUrl: string, say: (line: string) => void): Promise<NotificationsBench> {
  await dropDatabase(serverUrl, NOTIFICATIONS_BENCH_DATABASE);
  await ensureDatabaseExists(serverUrl, NOTIFICATIONS_BENCH_DATABASE);
  const url = Object.assign(new URL(serverUrl), { pathname: `/${NOTIFICATIONS_BENCH_DATABASE}` }).toString();
  await migrateDatabase(url);
  const db = createPrismaClient({ connectionString: url, poolSize: 10 });
  try {
    const seeded = await seedPeople(db);
    say(`notifications: a decision on an idea with ${PEOPLE} followers…`);
    const decision = await measureDecision(db, seeded);
    say(`notifications: a daily digest for ${PEOPLE} people through a local SMTP server…`);
    const dailyDigest = await measureDailyDigest(db, seeded);
    return { people: PEOPLE, decision, dailyDigest };
  } finally {
    await db.$disconnect();
    await dropDatabase(serverUrl, NOTIFICATIONS_BENCH_DATABASE);
  }
}
