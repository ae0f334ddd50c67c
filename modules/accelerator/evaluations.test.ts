import { describe, expect, it } from 'vitest';
import { IdeaEventType, IdeaStatus, NotificationType, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createManager,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { listNotifications } from '@/modules/notifications/centre';
import { evaluationView, myEvaluationTasks, openEvaluationCount } from './evaluation-queries';
import { inviteEvaluators, submitEvaluation } from './evaluations';
import { activeCriteria } from './scorecard';

describe('evaluations', () => {
  const db = testDb();

  async function ideaInEvaluation() {
    const department = await createDepartment(db);
    const { actor: manager } = await createManager(db, department.id);
    const author = await createUser(db);
    const idea = await createIdea(db, {
      status: IdeaStatus.EVALUATION,
      authorId: author.id,
      departmentIds: [department.id],
    });
    return { idea, manager, author };
  }

  it('invites colleagues, tells them, and says on the timeline that evaluators were invited without naming them', async () => {
    const { idea, manager } = await ideaInEvaluation();
    const [first, second] = [await createUser(db), await createUser(db)];
    const invite = { ideaId: idea.id, evaluatorIds: [first.id, second.id] };
    expect(await inviteEvaluators(db, manager, invite, testOrigin)).toMatchObject({ ok: true });
    expect(await inviteEvaluators(db, manager, invite, testOrigin)).toMatchObject({
      ok: true,
      message: 'accelerator.evaluation.alreadyInvited',
    });
    expect(await db.evaluation.count({ where: { ideaId: idea.id, submittedAt: null } })).toBe(2);
    const events = await db.ideaEvent.findMany({ where: { ideaId: idea.id, type: IdeaEventType.EVALUATORS_INVITED } });
    expect(events.map((event) => event.data)).toEqual([{ count: 2 }]);
    const told = await db.notification.findMany({
      where: { ideaId: idea.id, type: NotificationType.EVALUATION_REQUESTED },
      select: { recipientId: true },
    });
    expect(told.map((row) => row.recipientId).sort()).toEqual([first.id, second.id].sort());
    expect(
      await db.auditLog.count({ where: { action: 'accelerator.evaluators.invite', targetId: String(idea.id) } }),
    ).toBe(1);
    expect(await openEvaluationCount(db, actorOf(first))).toBe(1);
    const centre = await listNotifications(db, actorOf(first));
    expect(centre?.groups[0]?.entries.map((entry) => entry.subject)).toEqual([{ kind: 'evaluationRequested' }]);
  });

  it('never invites the author, a co-author (even one still invited) or a deactivated person', async () => {
    const { idea, manager, author } = await ideaInEvaluation();
    const invitedCoAuthor = await createUser(db);
    await db.ideaCoAuthor.create({ data: { ideaId: idea.id, userId: invitedCoAuthor.id } });
    const gone = await createUser(db);
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    for (const [evaluatorId, error] of [
      [author.id, 'accelerator.evaluation.errors.ownerCannotEvaluate'],
      [invitedCoAuthor.id, 'accelerator.evaluation.errors.ownerCannotEvaluate'],
      [gone.id, 'accelerator.evaluation.errors.evaluatorUnknown'],
    ] as const) {
      expect(await inviteEvaluators(db, manager, { ideaId: idea.id, evaluatorIds: [evaluatorId] }, testOrigin)).toEqual(
        {
          ok: false,
          message: 'errors.invalid',
          fieldErrors: { evaluatorIds: [error] },
        },
      );
    }
    expect(await db.evaluation.count({ where: { ideaId: idea.id } })).toBe(0);
  });

  it('lets only those who run the idea invite, and only while it is in evaluation', async () => {
    const { idea } = await ideaInEvaluation();
    const evaluator = await createUser(db);
    const otherManager = (await createManager(db, (await createDepartment(db)).id)).actor;
    const employee = actorOf(await createUser(db));
    const invite = { ideaId: idea.id, evaluatorIds: [evaluator.id] };
    expect(await inviteEvaluators(db, otherManager, invite, testOrigin)).toMatchObject({ message: 'errors.forbidden' });
    expect(await inviteEvaluators(db, employee, invite, testOrigin)).toMatchObject({ message: 'errors.forbidden' });
    expect(await inviteEvaluators(db, null, invite, testOrigin)).toMatchObject({ message: 'errors.signInRequired' });
    const coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    expect(await inviteEvaluators(db, coordinator, invite, testOrigin)).toMatchObject({ ok: true });
    const candidate = await createIdea(db, { status: IdeaStatus.SHORTLISTED });
    expect(
      await inviteEvaluators(db, coordinator, { ideaId: candidate.id, evaluatorIds: [evaluator.id] }, testOrigin),
    ).toMatchObject({ ok: false, message: 'accelerator.evaluation.errors.notInEvaluation' });
  });

  it('keeps scorecards independent: others’ scores show only after one’s own is submitted; unscored criteria stay missing', async () => {
    const { idea, manager } = await ideaInEvaluation();
    const [impact, financial] = (await activeCriteria(db)).map((criterion) => criterion.id);
    const [first, second] = [await createUser(db), await createUser(db)];
    await inviteEvaluators(db, manager, { ideaId: idea.id, evaluatorIds: [first.id, second.id] }, testOrigin);

    const scorecard = (scores: Record<string, string>, extra: Record<string, string> = {}) => ({
      ideaId: String(idea.id),
      scores,
      justification: 'Hyvä idea.',
      estimatedSavingsEur: '',
      oneOffCostEur: '',
      personDays: '',
      withinOwnDuties: 'unknown',
      costCentre: '',
      ...extra,
    });
    expect(
      await submitEvaluation(
        db,
        actorOf(first),
        scorecard({ [String(impact)]: '', [String(financial)]: '' }),
        testOrigin,
      ),
    ).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { scores: ['accelerator.evaluation.errors.scoreAtLeastOne'] },
    });
    const firstCard = scorecard(
      { [String(impact)]: '5', [String(financial)]: '' },
      {
        estimatedSavingsEur: '1 200,50',
        oneOffCostEur: '300',
        personDays: '2,5',
        withinOwnDuties: 'no',
        costCentre: 'KP-1200',
      },
    );
    expect(await submitEvaluation(db, actorOf(first), firstCard, testOrigin)).toMatchObject({ ok: true });

    const secondBefore = await evaluationView(db, actorOf(second), idea.id, 'fi');
    expect(secondBefore?.summary).toBeNull();
    expect(secondBefore?.maySubmit).toBe(true);
    const firstView = await evaluationView(db, actorOf(first), idea.id, 'fi');
    expect(firstView?.summary?.submitted).toHaveLength(1);
    expect(firstView?.summary?.submitted[0]).toMatchObject({
      evaluatorId: first.id,
      scores: { [String(impact)]: 5 },
      estimatedSavingsCents: 120050,
      oneOffCostCents: 30000,
      personDays: 2.5,
      withinOwnDuties: false,
      costCentre: 'KP-1200',
    });
    expect(firstView?.summary?.pending.map((row) => row.evaluatorId)).toEqual([second.id]);

    expect(
      await submitEvaluation(
        db,
        actorOf(second),
        scorecard({ [String(impact)]: '3', [String(financial)]: '4' }),
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    const summary = (await evaluationView(db, manager, idea.id, 'fi'))?.summary?.summary;
    expect(summary?.averages.find((entry) => entry.criterionId === impact)).toMatchObject({ average: 4, scoredBy: 2 });
    expect(summary?.averages.find((entry) => entry.criterionId === financial)).toMatchObject({
      average: 4,
      scoredBy: 1,
    });
    expect(summary?.criteriaScored).toBe(2);
    expect(await openEvaluationCount(db, actorOf(second))).toBe(0);
    expect((await myEvaluationTasks(db, actorOf(second))).submitted.map((task) => task.ideaId)).toEqual([idea.id]);

    // Sent again with one score fewer: the dropped score is gone, not kept.
    expect(await submitEvaluation(db, actorOf(second), scorecard({ [String(impact)]: '3' }), testOrigin)).toMatchObject(
      { ok: true },
    );
    expect(await db.evaluationScore.count({ where: { evaluation: { ideaId: idea.id, evaluatorId: second.id } } })).toBe(
      1,
    );
  });

  it('refuses a scorecard from someone not invited, and after the idea left evaluation', async () => {
    const { idea, manager } = await ideaInEvaluation();
    const [impact] = (await activeCriteria(db)).map((criterion) => criterion.id);
    const stranger = actorOf(await createUser(db));
    const card = { ideaId: idea.id, scores: { [String(impact)]: '4' } };
    expect(await submitEvaluation(db, stranger, card, testOrigin)).toMatchObject({ message: 'errors.forbidden' });
    expect(await evaluationView(db, stranger, idea.id, 'fi')).toBeNull();
    const evaluator = await createUser(db);
    await inviteEvaluators(db, manager, { ideaId: idea.id, evaluatorIds: [evaluator.id] }, testOrigin);
    expect(await submitEvaluation(db, actorOf(evaluator), card, testOrigin)).toMatchObject({ ok: true });
    const decided = await createIdea(db, { status: IdeaStatus.EXPERIMENT });
    await db.evaluation.create({ data: { ideaId: decided.id, evaluatorId: evaluator.id } });
    expect(await submitEvaluation(db, actorOf(evaluator), { ...card, ideaId: decided.id }, testOrigin)).toMatchObject({
      message: 'accelerator.evaluation.errors.notInEvaluation',
    });
  });
});
