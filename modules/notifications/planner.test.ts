import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationType, type Database } from '@/modules/platform/db/client';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { planEmails } from './planner';
import { createOwnDatabase, type OwnDatabase } from './testing/own-database';

describe('planning e-mail for new notifications', () => {
  let own: OwnDatabase;
  let db: Database;

  beforeAll(async () => {
    own = await createOwnDatabase('email-planner');
    db = own.db;
  });
  afterAll(() => own.drop());

  async function notification(recipientId: string, type: NotificationType, ideaId?: number) {
    return db.notification.create({ data: { recipientId, type, ideaId: ideaId ?? null } });
  }

  const stateOf = async (id: bigint) =>
    (await db.notification.findUniqueOrThrow({ where: { id }, select: { emailState: true } })).emailState;

  it('follows the person’s choice per kind, and the defaults where they made none', async () => {
    const reader = await createUser(db);
    const idea = await createIdea(db);
    await db.notificationPreference.createMany({
      data: [
        { userId: reader.id, kind: 'DISCUSSION', cadence: 'WEEKLY', updatedAt: new Date() },
        { userId: reader.id, kind: 'REWARDS', cadence: 'OFF', updatedAt: new Date() },
        { userId: reader.id, kind: 'FOLLOWED', cadence: 'INSTANT', updatedAt: new Date() },
      ],
    });
    const mention = await notification(reader.id, NotificationType.MENTION, idea.id);
    const reply = await notification(reader.id, NotificationType.REPLY, idea.id);
    const reward = await notification(reader.id, NotificationType.REWARD_PAID);
    const followed = await notification(reader.id, NotificationType.PROGRESS_NOTE, idea.id);
    const task = await notification(reader.id, NotificationType.MODERATION_WAITING);

    expect(await planEmails(db)).toEqual({ instant: 2, daily: 1, weekly: 1, skipped: 1 });

    expect(await stateOf(mention.id)).toBe('INSTANT'); // default
    expect(await stateOf(reply.id)).toBe('WEEKLY'); // chosen
    expect(await stateOf(reward.id)).toBe('SKIPPED'); // chosen: no e-mail
    expect(await stateOf(followed.id)).toBe('INSTANT'); // chosen
    expect(await stateOf(task.id)).toBe('DAILY'); // default
    const jobs = await db.emailJob.findMany({ where: { recipientId: reader.id }, orderBy: { notificationId: 'asc' } });
    expect(jobs.map((job) => [job.kind, job.notificationId, job.status])).toEqual([
      ['INSTANT', mention.id, 'QUEUED'],
      ['INSTANT', followed.id, 'QUEUED'],
    ]);
  });

  it('skips people who left or have no address, whatever they chose', async () => {
    const left = await createUser(db);
    await db.user.update({ where: { id: left.id }, data: { active: false } });
    const noAddress = await createUser(db);
    await db.user.update({ where: { id: noAddress.id }, data: { email: null } });
    const toLeft = await notification(left.id, NotificationType.MENTION);
    const toNoAddress = await notification(noAddress.id, NotificationType.COMMENT);

    expect(await planEmails(db)).toEqual({ instant: 0, daily: 0, weekly: 0, skipped: 2 });
    expect([await stateOf(toLeft.id), await stateOf(toNoAddress.id)]).toEqual(['SKIPPED', 'SKIPPED']);
    expect(await db.emailJob.count({ where: { recipientId: { in: [left.id, noAddress.id] } } })).toBe(0);
  });

  it('plans 10,000 notifications of one decision once, with two planners side by side', async () => {
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id });
    const followers = 10_000;
    // The followers themselves, in one statement: the factories would take far longer.
    await db.$executeRaw`
      INSERT INTO users (id, name, email, updated_at)
      SELECT gen_random_uuid(), 'Seuraaja ' || i, 'planner-follower-' || i || '@test.example', now()
        FROM generate_series(1, ${followers}) i`;
    const half = await db.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM users WHERE email LIKE 'planner-follower-%' AND right(email, 13) ~ '[02468]@test.example$'`;
    await db.notificationPreference.createMany({
      data: half.map(({ id }) => ({
        userId: id,
        kind: 'FOLLOWED' as const,
        cadence: 'INSTANT' as const,
        updatedAt: new Date(),
      })),
    });
    await db.$executeRaw`
      INSERT INTO notifications (recipient_id, actor_id, type, idea_id)
      SELECT id, ${author.id}::uuid, 'status_changed', ${idea.id} FROM users WHERE email LIKE 'planner-follower-%'`;

    const [first, second] = await Promise.all([
      planEmails(db, { batchSize: 2_000 }),
      planEmails(db, { batchSize: 2_000 }),
    ]);

    const planned = first.instant + first.daily + second.instant + second.daily;
    expect(planned).toBe(followers);
    expect(first.instant + second.instant).toBe(half.length);
    expect(await db.notification.count({ where: { ideaId: idea.id, emailState: 'PENDING' } })).toBe(0);
    const jobs = await db.$queryRaw<{ jobs: number; notifications: number }[]>`
      SELECT count(*)::int AS jobs, count(DISTINCT j.notification_id)::int AS notifications
        FROM email_jobs j JOIN notifications n ON n.id = j.notification_id WHERE n.idea_id = ${idea.id}`;
    expect(jobs).toEqual([{ jobs: half.length, notifications: half.length }]);
    expect(await planEmails(db)).toEqual({ instant: 0, daily: 0, weekly: 0, skipped: 0 });
  });
});
