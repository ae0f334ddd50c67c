import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateColumn } from '@/modules/accelerator/working-days';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, IdeaStatus, NotificationType, Role, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { writeReminders } from './reminders';

// Reminders read the whole database (every moderator, every queue item) and the moderation wait is
// one setting per database: this file owns a database of its own.
describe('reminders', () => {
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    own = await createEmptyDatabase('reminders');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 5 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });

  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

  /** An unsubmitted (or submitted) evaluation of an idea in the given status, due on the day. */
  async function evaluationDueOn(
    day: string,
    { status = IdeaStatus.EVALUATION as IdeaStatus, submitted = false } = {},
  ) {
    const idea = await createIdea(db, { status });
    await db.acceleratorCard.create({ data: { ideaId: idea.id, evaluationDueOn: dateColumn(day) } });
    const evaluator = await createUser(db);
    const evaluation = await db.evaluation.create({
      data: { ideaId: idea.id, evaluatorId: evaluator.id, submittedAt: submitted ? new Date() : null },
    });
    return { idea, evaluator, evaluation };
  }

  const remindersOf = (recipientId: string) =>
    db.notification.findMany({
      where: { recipientId },
      orderBy: { id: 'asc' },
      select: { type: true, ideaId: true, commentId: true, actorId: true, dedupeKey: true },
    });

  it('remind an evaluator two Finnish working days before the due day and once it has passed, each once', async () => {
    // Thursday 3 December 2026, noon in Helsinki: two working days ahead is Monday 7 December.
    const thursday = new Date('2026-12-03T10:00:00Z');
    const dueMonday = await evaluationDueOn('2026-12-07');
    const dueToday = await evaluationDueOn('2026-12-03');
    const dueTuesday = await evaluationDueOn('2026-12-08');
    const overdue = await evaluationDueOn('2026-12-02');
    const alreadySubmitted = await evaluationDueOn('2026-12-04', { submitted: true });
    const movedOn = await evaluationDueOn('2026-12-04', { status: IdeaStatus.EXPERIMENT });

    await writeReminders(db, thursday);
    await writeReminders(db, thursday);
    expect(await remindersOf(dueMonday.evaluator.id)).toEqual([
      {
        type: NotificationType.EVALUATION_DUE,
        ideaId: dueMonday.idea.id,
        commentId: null,
        actorId: null,
        dedupeKey: `evaluation-due:${dueMonday.evaluation.id}:2026-12-07`,
      },
    ]);
    expect((await remindersOf(dueToday.evaluator.id)).map((row) => row.type)).toEqual([
      NotificationType.EVALUATION_DUE,
    ]);
    expect(await remindersOf(overdue.evaluator.id)).toMatchObject([
      {
        type: NotificationType.EVALUATION_OVERDUE,
        dedupeKey: `evaluation-overdue:${overdue.evaluation.id}:2026-12-02`,
      },
    ]);
    for (const untold of [dueTuesday, alreadySubmitted, movedOn])
      expect(await remindersOf(untold.evaluator.id)).toEqual([]);

    // The next Tuesday: Monday's evaluation is overdue now; Tuesday's falls due.
    await writeReminders(db, new Date('2026-12-08T07:00:00Z'));
    expect((await remindersOf(dueMonday.evaluator.id)).map((row) => row.type)).toEqual([
      NotificationType.EVALUATION_DUE,
      NotificationType.EVALUATION_OVERDUE,
    ]);
    expect((await remindersOf(dueTuesday.evaluator.id)).map((row) => row.type)).toEqual([
      NotificationType.EVALUATION_DUE,
    ]);
    expect((await remindersOf(overdue.evaluator.id)).length).toBe(1);
  });

  it('count Christmas as days off: on 22 December an evaluation due on the 28th is due soon', async () => {
    const dueAfterChristmas = await evaluationDueOn('2026-12-28');
    const dueLater = await evaluationDueOn('2026-12-29');
    await writeReminders(db, new Date('2026-12-22T10:00:00Z'));
    expect((await remindersOf(dueAfterChristmas.evaluator.id)).map((row) => row.type)).toEqual([
      NotificationType.EVALUATION_DUE,
    ]);
    expect(await remindersOf(dueLater.evaluator.id)).toEqual([]);
  });

  it('tell every active moderator of each item waiting longer than the setting, once, never a reporter', async () => {
    const [first, second] = [
      await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }),
      await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }),
    ];
    const retired = await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] });
    await db.user.update({ where: { id: retired.id }, data: { active: false } });
    const admin = await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] });
    const reporter = await createUser(db);

    const longWaiting = await createIdea(db, { status: IdeaStatus.SUBMITTED });
    await db.idea.update({ where: { id: longWaiting.id }, data: { submittedAt: hoursAgo(30) } });
    const fresh = await createIdea(db, { status: IdeaStatus.SUBMITTED });
    await db.idea.update({ where: { id: fresh.id }, data: { submittedAt: hoursAgo(2) } });
    const unreviewed = await createIdea(db, { publishedAt: hoursAgo(25) });
    await db.idea.update({ where: { id: unreviewed.id }, data: { awaitingReview: true } });
    const discussed = await createIdea(db);
    const comment = await db.comment.create({ data: { ideaId: discussed.id, authorId: admin.id, body: 'Kommentti.' } });
    // Reported by an employee and by the second moderator: only the first moderator is told.
    await db.flag.createMany({
      data: [
        { reporterId: reporter.id, commentId: comment.id, reason: 'SPAM', createdAt: hoursAgo(40) },
        { reporterId: second.id, commentId: comment.id, reason: 'SPAM', createdAt: hoursAgo(26) },
      ],
    });

    await writeReminders(db);
    await writeReminders(db);
    const expected = (ideaId: number, commentId: number | null = null) => ({
      type: NotificationType.MODERATION_WAITING,
      ideaId,
      commentId,
      actorId: null,
    });
    expect(await remindersOf(first.id)).toMatchObject([
      expected(longWaiting.id),
      expected(unreviewed.id),
      expected(discussed.id, comment.id),
    ]);
    expect(await remindersOf(second.id)).toMatchObject([expected(longWaiting.id), expected(unreviewed.id)]);
    for (const untold of [retired, admin, reporter]) expect(await remindersOf(untold.id)).toEqual([]);
    const keys = (await remindersOf(first.id)).map((row) => row.dedupeKey ?? '');
    expect(keys[0]?.startsWith(`moderation-waiting:idea:${longWaiting.id}:`)).toBe(true);
    expect(keys[0]?.endsWith(`:${first.id}`)).toBe(true);
    expect(keys.join(' ')).not.toContain(reporter.id);

    // An admin shortens the wait to one hour: the two-hour-old idea now waits too long.
    await db.appSetting.create({ data: { key: 'moderation.waiting-hours', value: 1 } });
    await writeReminders(db);
    expect((await remindersOf(first.id)).map((row) => row.ideaId)).toEqual([
      longWaiting.id,
      unreviewed.id,
      discussed.id,
      fresh.id,
    ]);
  });
});
