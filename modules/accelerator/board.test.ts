import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { applyTransition } from '@/modules/ideas/transition';
import {
  actorOf,
  createDepartment,
  createIdea,
  createManager,
  createUser,
  testOrigin,
} from '@/modules/platform/testing/factories';
import { boardParams, columnPageSize, loadBoard } from './board';
import { dateColumn } from './working-days';

describe('the accelerator board', () => {
  const db = testDb();
  const now = new Date('2026-11-26T10:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

  async function card(
    departmentId: string,
    status: IdeaStatus,
    data: { ownerId?: string; dueOn?: string; evaluationDueOn?: string; lastActivityAt?: Date } = {},
  ) {
    const idea = await createIdea(db, { status, departmentIds: [departmentId] });
    await db.acceleratorCard.create({
      data: {
        ideaId: idea.id,
        ownerId: data.ownerId,
        dueOn: data.dueOn ? dateColumn(data.dueOn) : null,
        evaluationDueOn: data.evaluationDueOn ? dateColumn(data.evaluationDueOn) : null,
        lastActivityAt: data.lastActivityAt ?? now,
      },
    });
    return idea;
  }

  const ids = (board: Awaited<ReturnType<typeof loadBoard>>, status: IdeaStatus) =>
    board.columns.find((column) => column.status === status)?.cards.map((entry) => entry.id);

  it('shows each stage in its column, due first, with overdue and stalled said; moves only for its managers', async () => {
    const department = await createDepartment(db);
    const owner = await createUser(db);
    const late = await card(department.id, IdeaStatus.EVALUATION, { evaluationDueOn: '2026-11-20', ownerId: owner.id });
    const later = await card(department.id, IdeaStatus.EVALUATION, { evaluationDueOn: '2026-12-20' });
    const stalled = await card(department.id, IdeaStatus.EXPERIMENT, {
      dueOn: '2027-01-10',
      lastActivityAt: daysAgo(45),
    });
    const done = await card(department.id, IdeaStatus.IMPLEMENTED, {
      dueOn: '2026-01-01',
      lastActivityAt: daysAgo(90),
    });
    const filters = boardParams.parse({ department: department.id });

    const { actor: manager } = await createManager(db, department.id);
    const board = await loadBoard(db, manager, filters, 'fi', now);
    expect(ids(board, IdeaStatus.EVALUATION)).toEqual([late.id, later.id]);
    expect(ids(board, IdeaStatus.EXPERIMENT)).toEqual([stalled.id]);
    expect(ids(board, IdeaStatus.IMPLEMENTED)).toEqual([done.id]);
    const [lateCard, laterCard] = board.columns[0]!.cards;
    expect(lateCard).toMatchObject({ overdue: true, stalled: false, owner: { id: owner.id, name: owner.name } });
    expect(laterCard).toMatchObject({ overdue: false, owner: null });
    expect(board.columns[1]!.cards[0]).toMatchObject({ overdue: false, stalled: true });
    // A finished card is neither late nor stalled, however old.
    expect(board.columns[3]!.cards[0]).toMatchObject({ overdue: false, stalled: false });
    expect(lateCard!.moves).toEqual(['EXPERIMENT', 'IMPLEMENTATION', 'DECLINED']);
    expect(board.canManage).toBe(true);

    const reader = await loadBoard(db, actorOf(await createUser(db)), filters, 'fi', now);
    expect(reader.columns.flatMap((column) => column.cards).every((entry) => entry.moves.length === 0)).toBe(true);
    expect(reader.canManage).toBe(false);
  });

  it('filters by owner, mine (owner or team), overdue and stalled, and by view', async () => {
    const department = await createDepartment(db);
    const me = await createUser(db);
    const owned = await card(department.id, IdeaStatus.IMPLEMENTATION, { ownerId: me.id, dueOn: '2026-11-01' });
    const teamed = await card(department.id, IdeaStatus.EXPERIMENT, { lastActivityAt: daysAgo(31) });
    await db.acceleratorTeamMember.create({ data: { ideaId: teamed.id, userId: me.id } });
    const other = await card(department.id, IdeaStatus.EXPERIMENT, { dueOn: '2027-02-01' });
    const implemented = await card(department.id, IdeaStatus.IMPLEMENTED, { ownerId: me.id });
    const actor = actorOf(me);
    const shown = async (params: Record<string, string>) =>
      (await loadBoard(db, actor, boardParams.parse({ department: department.id, ...params }), 'fi', now)).columns
        .flatMap((column) => column.cards.map((entry) => entry.id))
        .sort((a, b) => a - b);

    expect(await shown({ owner: me.id })).toEqual([owned.id, implemented.id].sort((a, b) => a - b));
    expect(await shown({ mine: '1' })).toEqual([owned.id, teamed.id, implemented.id].sort((a, b) => a - b));
    expect(await shown({ overdue: '1' })).toEqual([owned.id]);
    expect(await shown({ stalled: '1' })).toEqual([teamed.id]);
    expect(await shown({ view: 'implemented' })).toEqual([implemented.id]);
    expect(await shown({ view: 'now' })).toEqual([owned.id, teamed.id, other.id].sort((a, b) => a - b));
    // Nonsense in the URL is ignored, not an error.
    expect(
      boardParams.parse({ owner: 'x', overdue: 'maybe', view: 'all-of-it', 'show-evaluation': '9999' }),
    ).toMatchObject({
      owner: undefined,
      overdue: false,
      view: 'all',
      'show-evaluation': columnPageSize,
    });
  });

  it('shows a page of cards per column with the total, and more when the URL asks', async () => {
    const department = await createDepartment(db);
    for (let index = 0; index < columnPageSize + 2; index += 1) await card(department.id, IdeaStatus.EXPERIMENT);
    const actor = actorOf(await createUser(db));

    const first = await loadBoard(db, actor, boardParams.parse({ department: department.id }), 'fi', now);
    const experiment = first.columns.find((column) => column.status === IdeaStatus.EXPERIMENT)!;
    expect(experiment).toMatchObject({ total: columnPageSize + 2, limit: columnPageSize });
    expect(experiment.cards).toHaveLength(columnPageSize);

    const more = await loadBoard(
      db,
      actor,
      boardParams.parse({ department: department.id, 'show-experiment': String(columnPageSize * 2) }),
      'fi',
      now,
    );
    expect(more.columns.find((column) => column.status === IdeaStatus.EXPERIMENT)!.cards).toHaveLength(
      columnPageSize + 2,
    );
  });

  it('carries the weighted score from submitted scorecards; missing when none', async () => {
    const department = await createDepartment(db);
    const scored = await card(department.id, IdeaStatus.EVALUATION);
    const unscored = await card(department.id, IdeaStatus.EVALUATION);
    const [criterion] = await db.scorecardCriterion.findMany({
      where: { active: true },
      orderBy: { sortOrder: 'asc' },
    });
    const evaluator = await createUser(db);
    await db.evaluation.create({
      data: {
        ideaId: scored.id,
        evaluatorId: evaluator.id,
        submittedAt: now,
        scores: { create: [{ criterionId: criterion!.id, score: 4 }] },
      },
    });

    const board = await loadBoard(
      db,
      actorOf(await createUser(db)),
      boardParams.parse({ department: department.id }),
      'fi',
      now,
    );
    const cards = board.columns[0]!.cards;
    expect(cards.find((entry) => entry.id === scored.id)?.score).toMatchObject({ total: 4, criteriaScored: 1 });
    expect(cards.find((entry) => entry.id === unscored.id)?.score).toBeNull();
  });

  it('keeps each card in the column of its idea whoever moves the idea, and even when the app writes a wrong stage', async () => {
    const department = await createDepartment(db);
    const { actor } = await createManager(db, department.id);
    const idea = await card(department.id, IdeaStatus.EXPERIMENT, { dueOn: '2027-01-10' });
    const stageOf = async () =>
      (await db.acceleratorCard.findUniqueOrThrow({ where: { ideaId: idea.id }, select: { stage: true } })).stage;
    expect(await stageOf()).toBe(IdeaStatus.EXPERIMENT);
    await db.$transaction((tx) =>
      applyTransition(tx, { ideaId: idea.id, name: 'implement', actor, origin: testOrigin }),
    );
    expect(await stageOf()).toBe(IdeaStatus.IMPLEMENTATION);
    await db.acceleratorCard.update({ where: { ideaId: idea.id }, data: { stage: IdeaStatus.IMPLEMENTED } });
    expect(await stageOf()).toBe(IdeaStatus.IMPLEMENTATION);
    const board = await loadBoard(db, actor, boardParams.parse({ department: department.id }), 'fi', now);
    expect(ids(board, IdeaStatus.IMPLEMENTATION)).toEqual([idea.id]);
    expect(board.columns.find((column) => column.status === IdeaStatus.IMPLEMENTATION)?.total).toBe(1);

    // The idea's departments change: the card follows them into the other department's board.
    const other = await createDepartment(db);
    await db.ideaDepartment.create({ data: { ideaId: idea.id, departmentId: other.id } });
    await db.ideaDepartment.delete({
      where: { ideaId_departmentId: { ideaId: idea.id, departmentId: department.id } },
    });
    const boardOf = (departmentId: string) =>
      loadBoard(db, actor, boardParams.parse({ department: departmentId }), 'fi', now);
    expect(ids(await boardOf(other.id), IdeaStatus.IMPLEMENTATION)).toEqual([idea.id]);
    expect(ids(await boardOf(department.id), IdeaStatus.IMPLEMENTATION)).toEqual([]);
  });

  it('counts discontinued cards but lists them only when someone opens them', async () => {
    const department = await createDepartment(db);
    const { actor } = await createManager(db, department.id);
    const stopped = await card(department.id, IdeaStatus.DISCONTINUED);
    const folded = await loadBoard(db, actor, boardParams.parse({ department: department.id }), 'fi', now);
    expect(folded.columns.find((column) => column.status === IdeaStatus.DISCONTINUED)).toMatchObject({
      total: 1,
      cards: [],
    });
    const opened = await loadBoard(
      db,
      actor,
      boardParams.parse({ department: department.id, 'show-discontinued': String(columnPageSize) }),
      'fi',
      now,
    );
    expect(ids(opened, IdeaStatus.DISCONTINUED)).toEqual([stopped.id]);
  });
});
