import { describe, expect, it } from 'vitest';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createManager,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { moveCard } from './moves';
import { calendarDayOf, helsinkiToday } from './working-days';

describe('moving a card on the board', () => {
  const db = testDb();

  async function cardIn(status: IdeaStatus, departmentId: string) {
    const idea = await createIdea(db, { status, departmentIds: [departmentId] });
    const longAgo = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
    await db.acceleratorCard.create({ data: { ideaId: idea.id, lastActivityAt: longAgo } });
    return idea;
  }

  async function submittedEvaluation(ideaId: number) {
    const evaluator = await createUser(db);
    await db.evaluation.create({ data: { ideaId, evaluatorId: evaluator.id, submittedAt: new Date() } });
  }

  async function statusOf(ideaId: number) {
    return (await db.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { status: true } })).status;
  }

  it('lets a manager of the idea’s department move it through the lifecycle: timeline, audit, activity', async () => {
    const department = await createDepartment(db);
    const { actor } = await createManager(db, department.id);
    const idea = await cardIn(IdeaStatus.EVALUATION, department.id);
    await submittedEvaluation(idea.id);

    const state = await moveCard(db, actor, { ideaId: idea.id, from: 'EVALUATION', to: 'EXPERIMENT' }, testOrigin);

    expect(state).toMatchObject({ ok: true, current: IdeaStatus.EXPERIMENT });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.EXPERIMENT);
    const event = await db.ideaEvent.findFirstOrThrow({ where: { ideaId: idea.id, toStatus: IdeaStatus.EXPERIMENT } });
    expect(event).toMatchObject({ actorId: actor.id, fromStatus: IdeaStatus.EVALUATION });
    expect(await db.auditLog.count({ where: { targetId: String(idea.id), action: 'idea.experiment' } })).toBe(1);
    const card = await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: idea.id } });
    expect(Date.now() - card.lastActivityAt.getTime()).toBeLessThan(60_000);
  });

  it('refuses a manager of another department and an employee; the coordinator acts on every idea', async () => {
    const department = await createDepartment(db);
    const other = await createManager(db, (await createDepartment(db)).id);
    const employee = actorOf(await createUser(db));
    const coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    const idea = await cardIn(IdeaStatus.EXPERIMENT, department.id);
    const move = { ideaId: idea.id, from: 'EXPERIMENT', to: 'IMPLEMENTATION' };

    expect(await moveCard(db, other.actor, move, testOrigin)).toMatchObject({ ok: false, message: 'errors.forbidden' });
    expect(await moveCard(db, employee, move, testOrigin)).toMatchObject({ ok: false, message: 'errors.forbidden' });
    expect(await moveCard(db, null, move, testOrigin)).toMatchObject({ ok: false, message: 'errors.signInRequired' });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.EXPERIMENT);
    expect(await moveCard(db, coordinator, move, testOrigin)).toMatchObject({ ok: true });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.IMPLEMENTATION);
  });

  it('keeps an idea in evaluation until its scorecards allow the decision; declining needs none', async () => {
    const department = await createDepartment(db);
    const { actor } = await createManager(db, department.id);
    const idea = await cardIn(IdeaStatus.EVALUATION, department.id);

    for (const to of ['EXPERIMENT', 'IMPLEMENTATION'])
      expect(await moveCard(db, actor, { ideaId: idea.id, from: 'EVALUATION', to }, testOrigin)).toMatchObject({
        ok: false,
        message: 'accelerator.evaluation.blockers.noSubmittedEvaluation',
      });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.EVALUATION);
    expect(
      await moveCard(
        db,
        actor,
        { ideaId: idea.id, from: 'EVALUATION', to: 'DECLINED', reason: 'Ei resursseja tänä vuonna.' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.DECLINED);
  });

  it('asks for a reason where the lifecycle does, and puts it on the timeline', async () => {
    const department = await createDepartment(db);
    const { actor } = await createManager(db, department.id);
    const idea = await cardIn(IdeaStatus.IMPLEMENTATION, department.id);
    const move = { ideaId: idea.id, from: 'IMPLEMENTATION', to: 'DISCONTINUED' };

    const refused = await moveCard(db, actor, move, testOrigin);
    expect(refused.fieldErrors?.reason).toEqual(['validation.reasonRequired']);
    expect(await statusOf(idea.id)).toBe(IdeaStatus.IMPLEMENTATION);

    expect(await moveCard(db, actor, { ...move, reason: 'Järjestelmä korvataan.' }, testOrigin)).toMatchObject({
      ok: true,
    });
    const event = await db.ideaEvent.findFirstOrThrow({
      where: { ideaId: idea.id, toStatus: IdeaStatus.DISCONTINUED },
    });
    expect(event.reason).toBe('Järjestelmä korvataan.');
  });

  it('offers no move the lifecycle does not have (a card does not go back to evaluation or skip ahead)', async () => {
    const department = await createDepartment(db);
    const { actor } = await createManager(db, department.id);
    const idea = await cardIn(IdeaStatus.EVALUATION, department.id);
    await submittedEvaluation(idea.id);

    expect(
      await moveCard(db, actor, { ideaId: idea.id, from: 'EVALUATION', to: 'IMPLEMENTED' }, testOrigin),
    ).toMatchObject({
      ok: false,
      message: 'accelerator.board.move.notAllowed',
    });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.EVALUATION);
  });

  it('sets the benefit check a year after completion', async () => {
    const department = await createDepartment(db);
    const { actor } = await createManager(db, department.id);
    const idea = await cardIn(IdeaStatus.IMPLEMENTATION, department.id);

    expect(
      await moveCard(db, actor, { ideaId: idea.id, from: 'IMPLEMENTATION', to: 'IMPLEMENTED' }, testOrigin),
    ).toMatchObject({
      ok: true,
    });
    const card = await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: idea.id } });
    const [year, rest] = [helsinkiToday().slice(0, 4), helsinkiToday().slice(4)];
    const expected = `${Number(year) + 1}${rest}`;
    // 29 February has no anniversary: the check falls on 1 March.
    expect(calendarDayOf(card.benefitCheckOn!)).toBe(rest === '-02-29' ? `${Number(year) + 1}-03-01` : expected);
  });

  it('lets one of two people moving the same card at once win; the other is told where it went', async () => {
    const department = await createDepartment(db);
    const first = await createManager(db, department.id);
    const second = await createManager(db, department.id);
    const idea = await cardIn(IdeaStatus.EXPERIMENT, department.id);

    const outcomes = await Promise.all([
      moveCard(db, first.actor, { ideaId: idea.id, from: 'EXPERIMENT', to: 'IMPLEMENTATION' }, testOrigin),
      moveCard(
        db,
        second.actor,
        { ideaId: idea.id, from: 'EXPERIMENT', to: 'DISCONTINUED', reason: 'Kokeilu ei tuottanut tulosta.' },
        testOrigin,
      ),
    ]);

    const won = outcomes.filter((outcome) => outcome.ok);
    const lost = outcomes.filter((outcome) => !outcome.ok);
    expect(won).toHaveLength(1);
    expect(lost).toEqual([{ ok: false, message: 'accelerator.board.move.conflict', current: won[0]!.current }]);
    expect(await statusOf(idea.id)).toBe(won[0]!.current);
    expect(await db.ideaEvent.count({ where: { ideaId: idea.id, fromStatus: IdeaStatus.EXPERIMENT } })).toBe(1);
  });

  it('tells someone moving from a stale board that the card has moved, instead of moving it again', async () => {
    const department = await createDepartment(db);
    const { actor } = await createManager(db, department.id);
    const idea = await cardIn(IdeaStatus.IMPLEMENTATION, department.id);

    // The board showed it in experiment; from implementation, "implement" would not exist, but
    // "discontinue" would: it must not happen on a card the mover did not see where it is.
    const state = await moveCard(
      db,
      actor,
      { ideaId: idea.id, from: 'EXPERIMENT', to: 'DISCONTINUED', reason: 'Kokeilu ei tuottanut tulosta.' },
      testOrigin,
    );
    expect(state).toEqual({
      ok: false,
      message: 'accelerator.board.move.conflict',
      current: IdeaStatus.IMPLEMENTATION,
    });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.IMPLEMENTATION);
  });
});
