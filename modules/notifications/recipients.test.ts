import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteEvaluators } from '@/modules/accelerator/evaluations';
import { declineCandidate } from '@/modules/accelerator/candidates';
import { moveCard } from '@/modules/accelerator/moves';
import { dateColumn, helsinkiToday } from '@/modules/accelerator/working-days';
import { addComment } from '@/modules/ideas/comments';
import { saveIdea } from '@/modules/ideas/mutations';
import { flagContent } from '@/modules/moderation/flags';
import { migrateDatabase } from '@/modules/platform/database/provision';
import {
  createPrismaClient,
  FlagReason,
  IdeaStatus,
  NotificationType,
  RewardStatus,
  Role,
  type Database,
} from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import {
  actorOf,
  createCategory,
  createDepartment,
  createIdea,
  createManager,
  createRewardCase,
  createUser,
  testOrigin,
  unique,
} from '@/modules/platform/testing/factories';
import { decideRewardCase, rejectRewardCase } from '@/modules/rewards/decisions';
import { createPayrollBatch, markBatchPaid } from '@/modules/rewards/payroll';
import { writeReminders } from './reminders';

// Each event that concerns a person reaches exactly the right people: never the one who acted,
// never anyone because they reported something. The real domain functions write the rows; the
// reminders scan the whole database, so this file owns one.
describe('who is told what', () => {
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    own = await createEmptyDatabase('recipients');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 5 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });

  /** Who got a notification of this type about the idea, sorted; every one names the actor given. */
  async function told(ideaId: number, type: NotificationType, actorId: string | null): Promise<string[]> {
    const rows = await db.notification.findMany({
      where: { ideaId, type },
      select: { recipientId: true, actorId: true },
    });
    expect(rows.map((row) => row.actorId).filter((id) => id !== actorId)).toEqual([]);
    return rows.map((row) => row.recipientId).sort();
  }
  const sorted = (...ids: string[]) => [...ids].sort();
  const person = async (roles: Role[] = [Role.EMPLOYEE]) => actorOf(await createUser(db, { roles }));
  const followAll = (ideaId: number, ...people: { id: string }[]) =>
    db.ideaFollow.createMany({ data: people.map((user) => ({ ideaId, userId: user.id })) });

  /** An idea in a department, its author following it (as saving one does), a follower and a reporter. */
  async function ideaWithPeople(status: IdeaStatus = IdeaStatus.PUBLISHED) {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const author = await person();
    const idea = await createIdea(db, { status, authorId: author.id, departmentIds: [department.id] });
    const coAuthor = await person();
    await db.ideaCoAuthor.create({ data: { ideaId: idea.id, userId: coAuthor.id, confirmedAt: new Date() } });
    const follower = await person();
    // Reported the idea and follows nothing: must hear of nothing.
    const reporter = await person();
    await db.flag.create({ data: { reporterId: reporter.id, ideaId: idea.id, reason: FlagReason.OTHER } });
    await followAll(idea.id, author, coAuthor, follower, manager.actor);
    return { department, manager: manager.actor, author, coAuthor, follower, reporter, idea };
  }

  it('a comment: the idea’s followers (its authors among them), a reply: the parent’s writer, a mention: the mentioned', async () => {
    const { idea, author, coAuthor, follower, manager, reporter } = await ideaWithPeople();
    const commenter = await person();
    await followAll(idea.id, commenter);
    expect(
      await addComment(db, commenter, { ideaId: idea.id, body: 'Hyvä ajatus, kokeillaan.' }, testOrigin),
    ).toMatchObject({ ok: true });
    expect(await told(idea.id, NotificationType.COMMENT, commenter.id)).toEqual(
      sorted(author.id, coAuthor.id, follower.id, manager.id),
    );

    const parent = await db.comment.findFirstOrThrow({ where: { ideaId: idea.id }, select: { id: true } });
    const mentioned = await createUser(db, { name: `Maija ${unique('m')}` });
    const replier = await person();
    const reply = {
      ideaId: idea.id,
      parentId: parent.id,
      body: `Samaa mieltä, kysytään @[${mentioned.name}](${mentioned.id}) ja @[itse](${replier.id}).`,
    };
    expect(await addComment(db, replier, reply, testOrigin)).toMatchObject({ ok: true });
    expect(await told(idea.id, NotificationType.REPLY, replier.id)).toEqual([commenter.id]);
    expect(await told(idea.id, NotificationType.MENTION, replier.id)).toEqual([mentioned.id]);
    // The second comment told the followers once more; the parent's writer heard of it as a reply.
    const comments = await db.notification.groupBy({
      by: ['recipientId'],
      where: { ideaId: idea.id, type: NotificationType.COMMENT },
      _count: true,
    });
    expect(Object.fromEntries(comments.map((row) => [row.recipientId, row._count]))).toEqual({
      [author.id]: 2,
      [coAuthor.id]: 2,
      [follower.id]: 2,
      [manager.id]: 2,
    });
    expect(await db.notification.count({ where: { recipientId: reporter.id } })).toBe(0);
  });

  it('a decision with a reason: the owners and followers, not the manager who decided it nor the reporter', async () => {
    const { idea, author, coAuthor, follower, manager, reporter } = await ideaWithPeople();
    expect(
      await declineCandidate(db, manager, { ideaId: idea.id, reason: 'Ei nyt, resurssit muualla.' }, testOrigin),
    ).toMatchObject({ ok: true });
    expect(await told(idea.id, NotificationType.STATUS_CHANGED, manager.id)).toEqual(
      sorted(author.id, coAuthor.id, follower.id),
    );
    expect(await db.notification.count({ where: { recipientId: reporter.id } })).toBe(0);
  });

  it('an accelerator move: the authors and followers of the idea, not the mover', async () => {
    const { idea, author, coAuthor, follower, manager, reporter } = await ideaWithPeople(IdeaStatus.EVALUATION);
    await db.acceleratorCard.create({ data: { ideaId: idea.id } });
    const evaluator = await createUser(db);
    await db.evaluation.create({ data: { ideaId: idea.id, evaluatorId: evaluator.id, submittedAt: new Date() } });
    expect(
      await moveCard(db, manager, { ideaId: idea.id, from: 'EVALUATION', to: 'EXPERIMENT' }, testOrigin),
    ).toMatchObject({ ok: true });
    expect(await told(idea.id, NotificationType.STATUS_CHANGED, manager.id)).toEqual(
      sorted(author.id, coAuthor.id, follower.id),
    );
    expect(await db.notification.count({ where: { recipientId: { in: [reporter.id, evaluator.id] } } })).toBe(0);
  });

  it('a co-author invitation: the invited only', async () => {
    const author = await person();
    const invitee = await person();
    const category = await createCategory(db);
    const department = await createDepartment(db);
    const saved = await saveIdea(
      db,
      author,
      {
        title: 'Sähköinen lomake kulukorvauksiin',
        body: 'Paperilomakkeet hidastavat käsittelyä. Sähköinen lomake säästäisi kaikkien aikaa viikoittain.',
        categoryId: category.id,
        departmentIds: [department.id],
        expectedSavingsEur: '',
        expectedHoursSaved: '',
        expectedBenefitNote: '',
        coAuthorIds: [invitee.id],
        anonymous: false,
        intent: 'draft',
      },
      testOrigin,
    );
    expect(saved).toMatchObject({ ok: true });
    expect(await told(saved.id!, NotificationType.CO_AUTHOR_INVITE, author.id)).toEqual([invitee.id]);
    expect(await db.notification.count({ where: { ideaId: saved.id! } })).toBe(1);
  });

  it('an evaluator assignment, then its due and overdue reminders: the evaluator only, nobody named', async () => {
    const { idea, manager, author, follower } = await ideaWithPeople(IdeaStatus.EVALUATION);
    const today = helsinkiToday();
    await db.acceleratorCard.create({ data: { ideaId: idea.id, evaluationDueOn: dateColumn(today) } });
    const [evaluator, late] = [await person(), await person()];
    expect(
      await inviteEvaluators(db, manager, { ideaId: idea.id, evaluatorIds: [evaluator.id, late.id] }, testOrigin),
    ).toMatchObject({ ok: true });
    expect(await told(idea.id, NotificationType.EVALUATION_REQUESTED, manager.id)).toEqual(
      sorted(evaluator.id, late.id),
    );

    await writeReminders(db);
    expect(await told(idea.id, NotificationType.EVALUATION_DUE, null)).toEqual(sorted(evaluator.id, late.id));
    expect(await told(idea.id, NotificationType.EVALUATION_OVERDUE, null)).toEqual([]);

    await db.evaluation.updateMany({
      where: { ideaId: idea.id, evaluatorId: evaluator.id },
      data: { submittedAt: new Date() },
    });
    await writeReminders(db, new Date(Date.now() + 86_400_000));
    expect(await told(idea.id, NotificationType.EVALUATION_OVERDUE, null)).toEqual([late.id]);
    for (const untold of [author, follower, manager])
      expect(
        await db.notification.count({
          where: {
            recipientId: untold.id,
            type: { in: [NotificationType.EVALUATION_DUE, NotificationType.EVALUATION_OVERDUE] },
          },
        }),
      ).toBe(0);
  });

  it('a reward decided, rejected or paid: its recipients only, not the idea’s followers', async () => {
    const hr = await person([Role.EMPLOYEE, Role.HR]);
    const paidPerson = async () =>
      db.user.update({
        where: { id: (await createUser(db)).id },
        data: { employeeNumber: unique('E'), costCentre: unique('KP') },
      });
    const setUp = async (status: RewardStatus) => {
      const { idea, author, coAuthor, follower, manager, department } = await ideaWithPeople(IdeaStatus.IMPLEMENTATION);
      const [first, second] = [await paidPerson(), await paidPerson()];
      const rewardCase = await createRewardCase(db, {
        ideaId: idea.id,
        status,
        shares: [
          { userId: first.id, shareBasisPoints: 5_000 },
          { userId: second.id, shareBasisPoints: 5_000 },
        ],
      });
      return {
        idea,
        rewardCase,
        recipients: sorted(first.id, second.id),
        untold: [author, coAuthor, follower],
        manager,
        department,
      };
    };

    const decided = await setUp(RewardStatus.ENDORSED);
    const decision = { decisionNumber: 'HR 12/2026', decisionDate: '2026-11-20', amount: '300,00' };
    expect(
      await decideRewardCase(
        db,
        hr,
        { caseId: decided.rewardCase.id, status: RewardStatus.ENDORSED, ...decision },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    expect(await told(decided.idea.id, NotificationType.REWARD_DECIDED, hr.id)).toEqual(decided.recipients);

    const rejected = await setUp(RewardStatus.ENDORSED);
    expect(
      await rejectRewardCase(
        db,
        rejected.manager,
        { caseId: rejected.rewardCase.id, status: RewardStatus.ENDORSED, reason: 'Ei uusi idea' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    expect(await told(rejected.idea.id, NotificationType.REWARD_REJECTED, rejected.manager.id)).toEqual(
      rejected.recipients,
    );

    const paid = await setUp(RewardStatus.DECIDED);
    const batch = await createPayrollBatch(
      db,
      hr,
      { paymentMonth: '2026-12', caseIds: [paid.rewardCase.id] },
      testOrigin,
    );
    expect(batch).toMatchObject({ ok: true });
    expect(await markBatchPaid(db, hr, { batchId: batch.id, paymentDate: '2026-12-15' }, testOrigin)).toMatchObject({
      ok: true,
    });
    expect(await told(paid.idea.id, NotificationType.REWARD_PAID, hr.id)).toEqual(paid.recipients);

    for (const { untold } of [decided, rejected, paid])
      expect(
        await db.notification.count({
          where: {
            recipientId: { in: untold.map((user) => user.id) },
            type: {
              in: [NotificationType.REWARD_DECIDED, NotificationType.REWARD_PAID, NotificationType.REWARD_REJECTED],
            },
          },
        }),
      ).toBe(0);
  });

  it('a moderation item waiting too long: every moderator, never its reporters', async () => {
    const [first, second] = [
      await person([Role.EMPLOYEE, Role.MODERATOR]),
      await person([Role.EMPLOYEE, Role.MODERATOR]),
    ];
    const idea = await createIdea(db);
    const comment = await db.comment.create({ data: { ideaId: idea.id, authorId: idea.authorId, body: 'Kommentti.' } });
    const reporter = await person();
    const target = { target: 'comment', targetId: comment.id, reason: FlagReason.OFFENSIVE };
    expect(await flagContent(db, reporter, target, 3, testOrigin)).toMatchObject({ ok: true });
    // The second moderator reported it too: they know it waits, and reporting must not tell anyone.
    expect(await flagContent(db, second, target, 3, testOrigin)).toMatchObject({ ok: true });
    await db.flag.updateMany({
      where: { commentId: comment.id },
      data: { createdAt: new Date(Date.now() - 48 * 3_600_000) },
    });

    await writeReminders(db);
    const waiting = await db.notification.findMany({
      where: { type: NotificationType.MODERATION_WAITING, commentId: comment.id },
      select: { recipientId: true, actorId: true },
    });
    expect(waiting).toEqual([{ recipientId: first.id, actorId: null }]);
    expect(await db.notification.count({ where: { recipientId: { in: [reporter.id, idea.authorId] } } })).toBe(0);
  });
});
