import { describe, expect, it } from 'vitest';
import { listNotifications } from '@/modules/notifications/centre';
import { setVote } from '@/modules/ideas/votes';
import { IdeaEventType, IdeaStatus, NotificationType, Role, type Database } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createDepartment,
  createIdea,
  createManager,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { getNumberSetting } from '@/modules/settings/settings';
import {
  declineCandidate,
  listRoutedCandidates,
  nominateIdea,
  promoteCandidate,
  routedCandidateCount,
} from './candidates';
import { addWorkingDays, calendarDayOf, helsinkiToday } from './working-days';

async function routedTo(db: Database, ideaId: number): Promise<string[]> {
  const rows = await db.notification.findMany({
    where: { ideaId, type: NotificationType.CANDIDATE_ROUTED },
    select: { recipientId: true },
  });
  return rows.map((row) => row.recipientId).sort();
}

async function voteTimes(db: Database, ideaId: number, count: number) {
  const voters = await Promise.all(Array.from({ length: count }, () => createUser(db)));
  for (const voter of voters) await setVote(db, actorOf(voter), ideaId, true);
  return voters;
}

describe('candidates for the accelerator', () => {
  const db = testDb();

  it('makes a published idea a candidate once it reaches the vote threshold, once, and routes it to its managers', async () => {
    const department = await createDepartment(db);
    const other = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const otherManager = await createManager(db, other.id);
    const idea = await createIdea(db, { departmentIds: [department.id] });
    const threshold = await getNumberSetting(db, 'accelerator.candidate-votes');

    await voteTimes(db, idea.id, threshold - 1);
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.PUBLISHED);
    await voteTimes(db, idea.id, 1);
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.SHORTLISTED);
    // More votes, and a burst of them, change nothing: one nomination, one routing.
    const late = await Promise.all(Array.from({ length: 5 }, () => createUser(db)));
    await Promise.all(late.map((voter) => setVote(db, actorOf(voter), idea.id, true)));

    const nominations = await db.ideaEvent.findMany({
      where: { ideaId: idea.id, type: IdeaEventType.STATUS_CHANGED, toStatus: IdeaStatus.SHORTLISTED },
    });
    expect(nominations).toHaveLength(1);
    expect(nominations[0]!.actorId).toBeNull();
    expect(await db.auditLog.count({ where: { action: 'idea.auto-nominate', targetId: String(idea.id) } })).toBe(1);
    expect(await routedTo(db, idea.id)).toEqual([manager.user.id]);
    expect(await routedTo(db, idea.id)).not.toContain(otherManager.user.id);
    // In the manager's notification centre: VAU routed it, nobody is named.
    const centre = await listNotifications(db, manager.actor);
    const group = centre?.groups.find((entry) => entry.idea.id === idea.id);
    expect(group?.entries.map((entry) => [entry.subject, entry.actor])).toEqual([
      [{ kind: 'candidateRouted' }, { kind: 'system' }],
    ]);
  });

  it('makes a candidate once when the deciding votes arrive at the same moment', async () => {
    const idea = await createIdea(db);
    const threshold = await getNumberSetting(db, 'accelerator.candidate-votes');
    await voteTimes(db, idea.id, threshold - 1);
    const voters = await Promise.all(Array.from({ length: 6 }, () => createUser(db)));
    await Promise.all(voters.map((voter) => setVote(db, actorOf(voter), idea.id, true)));
    expect(await db.ideaEvent.count({ where: { ideaId: idea.id, toStatus: IdeaStatus.SHORTLISTED } })).toBe(1);
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).voteCount).toBe(threshold + 5);
  });

  it('routes to the coordinators when the idea names no department or its departments have no manager', async () => {
    const coordinator = await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] });
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const unmanaged = await createDepartment(db);
    const noDepartment = await createIdea(db);
    const nobodyManages = await createIdea(db, { departmentIds: [unmanaged.id] });
    for (const idea of [noDepartment, nobodyManages]) {
      expect(await nominateIdea(db, moderator, { ideaId: idea.id }, testOrigin)).toMatchObject({ ok: true });
      expect(await routedTo(db, idea.id)).toContain(coordinator.id);
    }
  });

  it('routes to a manager who manages the department besides their own', async () => {
    const own = await createDepartment(db);
    const managed = await createDepartment(db);
    const { user } = await createManager(db, own.id);
    await db.managedDepartment.create({ data: { userId: user.id, departmentId: managed.id } });
    const coordinator = await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] });
    const idea = await createIdea(db, { departmentIds: [managed.id] });
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    await nominateIdea(db, moderator, { ideaId: idea.id }, testOrigin);
    expect(await routedTo(db, idea.id)).toEqual([user.id]);
    expect(await routedTo(db, idea.id)).not.toContain(coordinator.id);
  });

  it('lets a moderator, the idea’s manager or the coordinator nominate, with a public note; nobody else', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const outsider = await createManager(db, (await createDepartment(db)).id);
    const employee = actorOf(await createUser(db));
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id, departmentIds: [department.id] });

    expect(await nominateIdea(db, employee, { ideaId: idea.id }, testOrigin)).toMatchObject({
      message: 'errors.forbidden',
    });
    expect(await nominateIdea(db, outsider.actor, { ideaId: idea.id }, testOrigin)).toMatchObject({
      message: 'errors.forbidden',
    });
    expect(await nominateIdea(db, null, { ideaId: idea.id }, testOrigin)).toMatchObject({
      message: 'errors.signInRequired',
    });
    expect(
      await nominateIdea(db, manager.actor, { ideaId: idea.id, note: ' Säästää kaikkien aikaa. ' }, testOrigin),
    ).toEqual({ ok: true, message: 'accelerator.candidates.done.nominated', id: idea.id });
    const event = await db.ideaEvent.findFirstOrThrow({ where: { ideaId: idea.id, toStatus: IdeaStatus.SHORTLISTED } });
    expect(event).toMatchObject({ actorId: manager.user.id, reason: 'Säästää kaikkien aikaa.' });
    expect(
      await db.notification.count({
        where: { ideaId: idea.id, recipientId: author.id, type: NotificationType.STATUS_CHANGED },
      }),
    ).toBe(1);
    // The nominating manager is not told about their own act.
    expect(await routedTo(db, idea.id)).not.toContain(manager.user.id);
    // A candidate cannot be nominated again.
    const coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    expect(await nominateIdea(db, coordinator, { ideaId: idea.id }, testOrigin)).toEqual({
      ok: false,
      message: 'accelerator.candidates.errors.notAvailable',
    });
  });

  it('promotes a candidate into evaluation with a card due in the configured working days', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const outsider = await createManager(db, (await createDepartment(db)).id);
    const idea = await createIdea(db, { status: IdeaStatus.SHORTLISTED, departmentIds: [department.id] });

    expect(await promoteCandidate(db, outsider.actor, { ideaId: idea.id }, testOrigin)).toMatchObject({
      message: 'errors.forbidden',
    });
    expect(await promoteCandidate(db, manager.actor, { ideaId: idea.id }, testOrigin)).toEqual({
      ok: true,
      message: 'accelerator.candidates.done.promoted',
      id: idea.id,
    });
    const days = await getNumberSetting(db, 'accelerator.evaluation-days');
    const card = await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: idea.id } });
    expect(calendarDayOf(card.evaluationDueOn!)).toBe(addWorkingDays(helsinkiToday(), days));
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.EVALUATION);
    expect(await db.auditLog.count({ where: { action: 'idea.promote', targetId: String(idea.id) } })).toBe(1);
    // Someone else promoting the same candidate a moment later is told it has moved on.
    const coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    expect(await promoteCandidate(db, coordinator, { ideaId: idea.id }, testOrigin)).toEqual({
      ok: false,
      message: 'accelerator.candidates.errors.notAvailable',
    });
  });

  it('lets exactly one of two managers deciding at once win', async () => {
    const department = await createDepartment(db);
    const first = await createManager(db, department.id);
    const second = await createManager(db, department.id);
    const idea = await createIdea(db, { status: IdeaStatus.SHORTLISTED, departmentIds: [department.id] });
    const results = await Promise.all([
      promoteCandidate(db, first.actor, { ideaId: idea.id }, testOrigin),
      declineCandidate(db, second.actor, { ideaId: idea.id, reason: 'Ei nyt, resurssit muualla.' }, testOrigin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)?.message).toMatch(/^accelerator\.candidates\.errors\./);
    expect(await db.ideaEvent.count({ where: { ideaId: idea.id, fromStatus: IdeaStatus.SHORTLISTED } })).toBe(1);
  });

  it('declines a candidate only with a reason, which the author reads on the timeline', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const author = await createUser(db);
    const idea = await createIdea(db, {
      authorId: author.id,
      status: IdeaStatus.SHORTLISTED,
      departmentIds: [department.id],
    });
    expect(await declineCandidate(db, manager.actor, { ideaId: idea.id, reason: ' ' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { reason: ['accelerator.candidates.errors.reasonRequired'] },
    });
    expect(
      await declineCandidate(
        db,
        manager.actor,
        { ideaId: idea.id, reason: 'Päällekkäinen hankkeen X kanssa.' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true, message: 'accelerator.candidates.done.declined' });
    const event = await db.ideaEvent.findFirstOrThrow({ where: { ideaId: idea.id, toStatus: IdeaStatus.DECLINED } });
    expect(event.reason).toBe('Päällekkäinen hankkeen X kanssa.');
    expect(
      await db.notification.count({
        where: { ideaId: idea.id, recipientId: author.id, type: NotificationType.STATUS_CHANGED },
      }),
    ).toBe(1);
  });

  it('does not decline an idea already in evaluation from the candidates list', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const idea = await createIdea(db, { status: IdeaStatus.EVALUATION, departmentIds: [department.id] });
    expect(
      await declineCandidate(db, manager.actor, { ideaId: idea.id, reason: 'Ei kannata jatkaa.' }, testOrigin),
    ).toEqual({ ok: false, message: 'accelerator.candidates.errors.notAvailable' });
  });

  it('lists a manager’s departments’ candidates, the coordinator all, with how each became one', async () => {
    const department = await createDepartment(db);
    const manager = await createManager(db, department.id);
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const nominated = await createIdea(db, { departmentIds: [department.id] });
    await nominateIdea(db, moderator, { ideaId: nominated.id, note: 'Hyvä avaus.' }, testOrigin);
    const byVotes = await createIdea(db, { departmentIds: [department.id] });
    const threshold = await getNumberSetting(db, 'accelerator.candidate-votes');
    await voteTimes(db, byVotes.id, threshold);
    const elsewhere = await createIdea(db, {
      status: IdeaStatus.SHORTLISTED,
      departmentIds: [(await createDepartment(db)).id],
    });
    const nowhere = await createIdea(db, { status: IdeaStatus.SHORTLISTED });
    await createIdea(db, { status: IdeaStatus.PUBLISHED, departmentIds: [department.id] });

    const page = await listRoutedCandidates(db, manager.actor, 'fi');
    expect(page?.candidates.map((candidate) => candidate.id)).toEqual([nominated.id, byVotes.id]);
    expect(page?.candidates[0]).toMatchObject({
      origin: { kind: 'nominated', note: 'Hyvä avaus.' },
      departments: [department.nameFi],
    });
    expect(page?.candidates[1]).toMatchObject({ origin: { kind: 'votes' }, voteCount: threshold });
    expect(await routedCandidateCount(db, manager.actor)).toBe(2);

    // The coordinator decides on every candidate, those that name no department too.
    const coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    expect(await routedCandidateCount(db, coordinator)).toBeGreaterThanOrEqual(4);
    expect(page?.candidates.map((candidate) => candidate.id)).not.toContain(elsewhere.id);
    expect(page?.candidates.map((candidate) => candidate.id)).not.toContain(nowhere.id);

    expect(await listRoutedCandidates(db, actorOf(await createUser(db)), 'fi')).toBeNull();
    expect(await listRoutedCandidates(db, moderator, 'fi')).toBeNull();
  });
});
