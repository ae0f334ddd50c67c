import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/modules/platform/database/provision';
import {
  createPrismaClient,
  IdeaStatus,
  RewardKind,
  RewardStatus,
  Role,
  type Database,
} from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { seedDemoData, type SeedSummary } from './demo';
import { demoCampaigns } from './demo-campaigns';
import { demoPreferencesOf } from './demo-emails';
import { ideas } from './demo-ideas';
import { departments, users } from './demo-organisation';
import { demoNamedInHallOfFame, demoRecipientWithoutEmployeeNumber } from './demo-rewards';

describe('demo data', () => {
  let db: Database;
  let drop: () => Promise<void>;
  let firstRun: SeedSummary;

  beforeAll(async () => {
    const database = await createEmptyDatabase('seed');
    drop = database.drop;
    await migrateDatabase(database.url);
    db = createPrismaClient({ connectionString: database.url });
    firstRun = await seedDemoData(db, new Date('2026-11-22T09:00:00Z'));
  }, 120_000);

  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it('has one open campaign with fresh ideas and one closed campaign whose ideas reached the accelerator and implementation', async () => {
    const seededAt = new Date('2026-11-22T09:00:00Z');
    const campaigns = await db.campaign.findMany({
      where: { slug: { in: demoCampaigns.map((campaign) => campaign.slug) } },
      select: { opensAt: true, closesAt: true, ideas: { select: { status: true, createdAt: true } } },
      orderBy: { opensAt: 'desc' },
    });
    const [open, closed] = campaigns;
    expect(open!.opensAt <= seededAt && seededAt < open!.closesAt).toBe(true);
    expect(open!.ideas.length).toBeGreaterThanOrEqual(3);
    expect(closed!.closesAt < seededAt).toBe(true);
    expect(closed!.ideas.map((idea) => idea.status)).toEqual(
      expect.arrayContaining([IdeaStatus.IMPLEMENTED, IdeaStatus.IMPLEMENTATION]),
    );
    // Every idea was posted while its campaign was open.
    for (const campaign of campaigns)
      for (const idea of campaign.ideas)
        expect(campaign.opensAt <= idea.createdAt && idea.createdAt < campaign.closesAt).toBe(true);
  });

  it('builds a municipality with every role, department and a realistic spread of idea states', async () => {
    expect(firstRun.ideasCreated).toBe(ideas.length);
    expect(ideas.length).toBeGreaterThanOrEqual(60);
    expect(await db.user.count()).toBe(users.length);
    expect(users.length).toBeGreaterThanOrEqual(40);
    expect(await db.department.count()).toBe(departments.length);
    for (const role of Object.values(Role)) {
      expect(await db.user.count({ where: { roles: { has: role } } }), role).toBeGreaterThan(0);
    }
    const statuses = await db.idea.groupBy({ by: ['status'], _count: true });
    expect(statuses.length).toBeGreaterThanOrEqual(12);
    const published = statuses.find((row) => row.status === IdeaStatus.PUBLISHED);
    expect(published?._count).toBeGreaterThanOrEqual(20);
  });

  it('dates official responses after the idea went into evaluation, not on the day the demo was loaded', async () => {
    const responses = await db.ideaEvent.findMany({
      where: { type: 'OFFICIAL_RESPONSE' },
      select: { createdAt: true, idea: { select: { events: { where: { toStatus: IdeaStatus.EVALUATION } } } } },
    });
    expect(responses.length).toBeGreaterThan(5);
    for (const response of responses) {
      const evaluatedAt = response.idea.events[0]!.createdAt;
      expect(response.createdAt.getTime()).toBeGreaterThan(evaluatedAt.getTime());
      expect(response.createdAt.getTime()).toBeLessThan(new Date('2026-11-22T09:00:00Z').getTime());
    }
  });

  it('tells authors about comments and decisions: old news read, the last week’s still new, never their own acts', async () => {
    const rows = await db.notification.findMany({
      where: { type: { in: ['COMMENT', 'STATUS_CHANGED'] } },
      include: { idea: { select: { authorId: true } } },
    });
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.recipientId).toBe(row.idea!.authorId);
      expect(row.actorId).not.toBe(row.recipientId);
      const ageDays = (new Date('2026-11-22T09:00:00Z').getTime() - row.createdAt.getTime()) / 86_400_000;
      expect(row.readAt === null, `${ageDays} days old`).toBe(ageDays <= 7);
    }
    const unreadReaders = new Set(rows.filter((row) => !row.readAt).map((row) => row.recipientId));
    expect(unreadReaders.size).toBeGreaterThan(3);
  });

  it('e-mails only the handful of newest unread news: the backdated rest is never e-mailed; one person chose otherwise', async () => {
    const pending = await db.notification.findMany({
      where: { emailState: 'PENDING' },
      select: { readAt: true },
    });
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.length).toBeLessThanOrEqual(6);
    expect(pending.every((row) => row.readAt === null)).toBe(true);
    expect(await db.notification.count({ where: { emailState: { notIn: ['PENDING', 'SKIPPED'] } } })).toBe(0);
    const newest = await db.notification.findFirstOrThrow({ where: { readAt: null }, orderBy: { createdAt: 'desc' } });
    expect(newest.emailState).toBe('PENDING');
    const choices = await db.notificationPreference.findMany({
      select: { kind: true, cadence: true, user: { select: { name: true } } },
      orderBy: { kind: 'asc' },
    });
    expect(choices).toEqual([
      { kind: 'DISCUSSION', cadence: 'INSTANT', user: { name: demoPreferencesOf.name } },
      { kind: 'FOLLOWED', cadence: 'WEEKLY', user: { name: demoPreferencesOf.name } },
    ]);
  });

  it('fills the accelerator board: every column, owners and plans, scorecards from several evaluators, overdue and stalled cards', async () => {
    const today = new Date('2026-11-22T00:00:00Z');
    const inAccelerator = await db.idea.findMany({
      where: {
        status: {
          in: [
            IdeaStatus.EVALUATION,
            IdeaStatus.EXPERIMENT,
            IdeaStatus.IMPLEMENTATION,
            IdeaStatus.IMPLEMENTED,
            IdeaStatus.DISCONTINUED,
          ],
        },
      },
      select: {
        status: true,
        authorId: true,
        acceleratorCard: true,
        evaluations: { select: { evaluatorId: true, submittedAt: true, _count: { select: { scores: true } } } },
      },
    });
    expect(firstRun.cardsCreated).toBe(inAccelerator.length);
    for (const status of [
      IdeaStatus.EVALUATION,
      IdeaStatus.EXPERIMENT,
      IdeaStatus.IMPLEMENTATION,
      IdeaStatus.IMPLEMENTED,
    ]) {
      expect(inAccelerator.filter((idea) => idea.status === status).length, status).toBeGreaterThanOrEqual(3);
    }
    for (const idea of inAccelerator) {
      expect(idea.acceleratorCard?.ownerId).toBeTruthy();
      expect(idea.acceleratorCard?.plan).toBeTruthy();
      expect(idea.evaluations.map((evaluation) => evaluation.evaluatorId)).not.toContain(idea.authorId);
      if (idea.status !== IdeaStatus.EVALUATION)
        expect(idea.evaluations.filter((evaluation) => evaluation.submittedAt).length).toBeGreaterThanOrEqual(2);
    }
    const submitted = inAccelerator.flatMap((idea) => idea.evaluations.filter((evaluation) => evaluation.submittedAt));
    expect(submitted.every((evaluation) => evaluation._count.scores > 0)).toBe(true);
    // Some criteria were left unjudged: missing rows, never zeros.
    expect(submitted.some((evaluation) => evaluation._count.scores < 6)).toBe(true);
    expect(await db.evaluationScore.count({ where: { score: { lt: 1 } } })).toBe(0);

    const evaluating = inAccelerator.filter((idea) => idea.status === IdeaStatus.EVALUATION);
    expect(evaluating.some((idea) => idea.acceleratorCard!.evaluationDueOn! < today)).toBe(true);
    const running = inAccelerator.filter((idea) =>
      ([IdeaStatus.EXPERIMENT, IdeaStatus.IMPLEMENTATION] as IdeaStatus[]).includes(idea.status),
    );
    expect(running.some((idea) => idea.acceleratorCard!.dueOn! < today)).toBe(true);
    expect(
      running.some((idea) => idea.acceleratorCard!.lastActivityAt.getTime() < today.getTime() - 30 * 86_400_000),
    ).toBe(true);
    const implemented = inAccelerator.filter((idea) => idea.status === IdeaStatus.IMPLEMENTED);
    expect(
      implemented.every(
        (idea) => idea.acceleratorCard!.benefitCheckOn && idea.acceleratorCard!.progressPercent === 100,
      ),
    ).toBe(true);

    expect(await db.ideaEvent.count({ where: { type: 'PROGRESS_NOTE' } })).toBeGreaterThan(5);
    expect(await db.ideaEvent.count({ where: { type: 'OWNER_ASSIGNED' } })).toBe(inAccelerator.length);
  });

  it('leaves demo employees open evaluation invitations and every manager and the coordinator candidates to decide', async () => {
    const open = await db.evaluation.findMany({
      where: { submittedAt: null },
      select: { evaluator: { select: { roles: true } }, idea: { select: { status: true } } },
    });
    expect(open.length).toBeGreaterThanOrEqual(3);
    for (const invitation of open) {
      expect(invitation.idea.status).toBe(IdeaStatus.EVALUATION);
      expect(invitation.evaluator.roles).toEqual([Role.EMPLOYEE]);
    }
    expect(await db.notification.count({ where: { type: 'EVALUATION_REQUESTED' } })).toBe(open.length);

    const candidates = await db.idea.findMany({
      where: { status: IdeaStatus.SHORTLISTED },
      select: { departments: { select: { departmentId: true } } },
    });
    const candidateDepartments = new Set(candidates.flatMap((idea) => idea.departments.map((row) => row.departmentId)));
    const managers = await db.user.findMany({
      where: { roles: { has: Role.MANAGER } },
      select: { name: true, departmentId: true, managedDepartments: { select: { departmentId: true } } },
    });
    expect(managers.some((manager) => manager.managedDepartments.length > 0)).toBe(true);
    for (const manager of managers) {
      const scope = [manager.departmentId, ...manager.managedDepartments.map((row) => row.departmentId)];
      expect(
        scope.some((id) => candidateDepartments.has(id!)),
        manager.name,
      ).toBe(true);
    }
    // One candidate names no department: it waits for the coordinator.
    expect(candidates.some((idea) => idea.departments.length === 0)).toBe(true);
    expect(await db.user.count({ where: { roles: { has: Role.COORDINATOR }, demo: true } })).toBeGreaterThan(0);
  });

  it('gives the demo rewards in every status of the chain, with consistent decisions and payroll lines', async () => {
    const cases = await db.rewardCase.findMany({
      include: {
        shares: { include: { user: { select: { name: true, employeeNumber: true } } } },
        payrollLines: true,
        batch: true,
        idea: {
          select: {
            anonymous: true,
            status: true,
            coAuthors: { where: { confirmedAt: { not: null } }, select: { userId: true } },
            departments: { select: { departmentId: true } },
          },
        },
      },
    });
    expect(firstRun.rewardCasesCreated).toBe(cases.length);
    for (const status of Object.values(RewardStatus)) {
      expect(cases.filter((row) => row.status === status).length, status).toBeGreaterThan(0);
    }
    const reachedEvaluation = await db.idea.count({
      where: {
        status: {
          in: [
            IdeaStatus.EVALUATION,
            IdeaStatus.DISCONTINUED,
            IdeaStatus.EXPERIMENT,
            IdeaStatus.IMPLEMENTATION,
            IdeaStatus.IMPLEMENTED,
          ],
        },
      },
    });
    const recognitions = cases.filter((row) => row.kind === RewardKind.RECOGNITION);
    expect(recognitions.length).toBe(reachedEvaluation);
    expect(recognitions.every((row) => row.status === RewardStatus.RECOGNISED && row.amountCents === 0)).toBe(true);

    for (const row of cases) {
      expect(row.shares.reduce((sum, share) => sum + share.shareBasisPoints, 0)).toBe(10_000);
      expect(row.shares.reduce((sum, share) => sum + share.amountCents, 0)).toBe(row.amountCents);
      expect(row.shares.length).toBe(1 + row.idea.coAuthors.length);
      const decided = ([RewardStatus.DECIDED, RewardStatus.BATCHED, RewardStatus.PAID] as RewardStatus[]).includes(
        row.status,
      );
      if (decided) {
        expect(row.decisionNumber).toMatch(/^HR \d+\/20\d\d$/);
        expect(row.decisionDate).toBeTruthy();
        expect(row.decidedAt!.getTime()).toBeGreaterThan(row.createdAt.getTime());
      }
      if (row.status === RewardStatus.BATCHED || row.status === RewardStatus.PAID) {
        expect(row.batch).toBeTruthy();
        expect(row.batch!.paidAt !== null).toBe(row.status === RewardStatus.PAID);
        expect(row.payrollLines.map((line) => [line.userId, line.grossCents, line.decisionNumber])).toEqual(
          row.shares.map((share) => [share.userId, share.amountCents, row.decisionNumber]),
        );
        expect(row.payrollLines.every((line) => line.payCode === '202' && line.employeeNumber)).toBe(true);
      } else {
        expect(row.batchId).toBeNull();
        expect(row.payrollLines).toEqual([]);
      }
      if (row.status === RewardStatus.REJECTED) expect(row.rejectionReason).toBeTruthy();
    }
    // Each case's steps are in the audit log, in order and in time, without amounts.
    const trail: Record<RewardStatus, string[]> = {
      PROPOSED: ['reward.propose'],
      ENDORSED: ['reward.propose', 'reward.endorse'],
      DECIDED: ['reward.propose', 'reward.endorse', 'reward.decide'],
      BATCHED: ['reward.propose', 'reward.endorse', 'reward.decide', 'reward.batch'],
      PAID: ['reward.propose', 'reward.endorse', 'reward.decide', 'reward.batch', 'reward.pay'],
      REJECTED: ['reward.propose', 'reward.reject'],
      RECOGNISED: ['reward.propose'],
    };
    const entries = await db.auditLog.findMany({
      where: { targetType: 'reward_case' },
      orderBy: { id: 'asc' },
      select: { targetId: true, action: true, actorId: true, createdAt: true, after: true },
    });
    for (const row of cases) {
      const steps = entries.filter((entry) => entry.targetId === String(row.id));
      const expected =
        row.kind !== RewardKind.RECOGNITION && row.status === RewardStatus.RECOGNISED
          ? ['reward.propose', 'reward.endorse', 'reward.recognise']
          : trail[row.status];
      expect(
        steps.map((step) => step.action),
        `case ${row.id}`,
      ).toEqual(expected);
      expect(steps[0]!.createdAt).toEqual(row.createdAt);
      const times = steps.map((step) => step.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(steps.slice(1).every((step) => step.actorId !== null)).toBe(true);
      expect(JSON.stringify(steps.map((step) => step.after))).not.toMatch(/cents|amount/i);
      const decide = steps.find((step) => step.action === 'reward.decide' || step.action === 'reward.recognise');
      if (decide) expect(decide.createdAt).toEqual(row.decidedAt);
    }
    // The rules the cases were computed by existed before the first of them.
    const rules = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'asc' } });
    expect(cases.every((row) => row.ruleVersionId !== rules.id || row.createdAt > rules.createdAt)).toBe(true);
    // Co-authors share a case; an anonymous idea's author is rewarded; own duties at 0 €; savings.
    expect(cases.some((row) => row.shares.length === 3 && row.amountCents > 0)).toBe(true);
    expect(cases.some((row) => row.idea.anonymous && row.amountCents > 0)).toBe(true);
    expect(
      cases.some((row) => row.withinOwnDuties && row.status === RewardStatus.RECOGNISED && row.kind !== 'RECOGNITION'),
    ).toBe(true);
    const savings = cases.find((row) => row.kind === RewardKind.SAVINGS)!;
    expect(savings.amountCents).toBe(Math.round(savings.basisSavingsCents! / 10));
    expect(await db.rewardTrigger.count()).toBe(0);

    // Decided rewards wait for payroll; exactly one of their recipients blocks the next batch.
    const blockers = cases
      .filter((row) => row.status === RewardStatus.DECIDED)
      .flatMap((row) => row.shares.filter((share) => !share.user.employeeNumber).map((share) => share.user.name));
    expect(blockers).toEqual([demoRecipientWithoutEmployeeNumber]);
    expect(await db.user.count({ where: { employeeNumber: null } })).toBe(1);

    // Every demo manager has a proposal of their departments' ideas to endorse.
    const managers = await db.user.findMany({
      where: { roles: { has: Role.MANAGER } },
      select: { name: true, departmentId: true, managedDepartments: { select: { departmentId: true } } },
    });
    const proposed = cases.filter((row) => row.status === RewardStatus.PROPOSED);
    for (const manager of managers) {
      const scope = [manager.departmentId, ...manager.managedDepartments.map((row) => row.departmentId)];
      expect(
        proposed.some((row) => row.idea.departments.some((department) => scope.includes(department.departmentId))),
        manager.name,
      ).toBe(true);
    }

    const year = 2026;
    expect(await db.rewardBudget.count({ where: { year } })).toBe(departments.length);
    expect(
      (await db.user.findMany({ where: { namedInHallOfFame: true }, select: { name: true } }))
        .map((row) => row.name)
        .sort(),
    ).toEqual([...demoNamedInHallOfFame].sort());
  });

  it('keeps published ideas under the candidate threshold of 10 votes', async () => {
    expect(await db.idea.count({ where: { status: IdeaStatus.PUBLISHED, voteCount: { gte: 10 } } })).toBe(0);
  });

  it('is idempotent: a second run adds nothing and changes nothing', async () => {
    const before = await Promise.all([
      db.user.count(),
      db.idea.count(),
      db.vote.count(),
      db.comment.count(),
      db.ideaEvent.count(),
      db.notification.count(),
      db.acceleratorCard.count(),
      db.evaluation.count(),
      db.rewardCase.count(),
      db.rewardShare.count(),
      db.payrollLine.count(),
      db.rewardBudget.count(),
    ]);
    expect(await seedDemoData(db)).toEqual({ ideasCreated: 0, cardsCreated: 0, rewardCasesCreated: 0 });
    const after = await Promise.all([
      db.user.count(),
      db.idea.count(),
      db.vote.count(),
      db.comment.count(),
      db.ideaEvent.count(),
      db.notification.count(),
      db.acceleratorCard.count(),
      db.evaluation.count(),
      db.rewardCase.count(),
      db.rewardShare.count(),
      db.payrollLine.count(),
      db.rewardBudget.count(),
    ]);
    expect(after).toEqual(before);
  });

  it('keeps counters equal to the rows they count, with no self-votes and no votes on unpublished ideas', async () => {
    const mismatches = await db.$queryRaw<{ id: number }[]>`
      SELECT i.id FROM ideas i
      WHERE i.vote_count <> (SELECT count(*) FROM votes v WHERE v.idea_id = i.id)
         OR i.comment_count <> (SELECT count(*) FROM comments c WHERE c.idea_id = i.id AND c.deleted_at IS NULL)`;
    expect(mismatches).toEqual([]);
    const selfVotes = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM votes v JOIN ideas i ON i.id = v.idea_id WHERE v.user_id = i.author_id`;
    expect(selfVotes[0]?.n).toBe(0n);
    expect(
      await db.vote.count({
        where: { idea: { status: { in: [IdeaStatus.DRAFT, IdeaStatus.SUBMITTED, IdeaStatus.REJECTED] } } },
      }),
    ).toBe(0);
  });

  it('gives every idea a timeline that ends in its current status, with reasons where a door closed', async () => {
    const seeded = await db.idea.findMany({
      select: {
        status: true,
        events: {
          where: { type: 'STATUS_CHANGED' },
          orderBy: { createdAt: 'asc' },
          select: { toStatus: true, reason: true },
        },
      },
    });
    for (const idea of seeded) {
      if (idea.status === IdeaStatus.DRAFT) expect(idea.events).toEqual([]);
      else expect(idea.events.at(-1)?.toStatus).toBe(idea.status);
      if (([IdeaStatus.REJECTED, IdeaStatus.DECLINED, IdeaStatus.DISCONTINUED] as IdeaStatus[]).includes(idea.status)) {
        expect(idea.events.at(-1)?.reason).toBeTruthy();
      }
    }
  });
});

describe('demo data loaded before the accelerator existed', () => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createEmptyDatabase('seed_backfill');
    drop = database.drop;
    await migrateDatabase(database.url);
    db = createPrismaClient({ connectionString: database.url });
    await seedDemoData(db, new Date('2026-11-22T09:00:00Z'));
  }, 120_000);

  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it('gets its cards and scorecards on the next run, once', async () => {
    const cards = await db.acceleratorCard.count();
    // What an older demo database holds: ideas in the accelerator's stages, but none of its rows.
    await db.evaluation.deleteMany();
    await db.acceleratorCard.deleteMany();
    await db.acceleratorTeamMember.deleteMany();
    await db.ideaEvent.deleteMany({
      where: { type: { in: ['OWNER_ASSIGNED', 'EVALUATORS_INVITED', 'PROGRESS_NOTE', 'BENEFIT_RECORDED'] } },
    });
    await db.notification.deleteMany({ where: { type: { in: ['EVALUATION_REQUESTED', 'PROGRESS_NOTE'] } } });

    expect(await seedDemoData(db, new Date('2026-11-22T09:00:00Z'))).toEqual({
      ideasCreated: 0,
      cardsCreated: cards,
      rewardCasesCreated: 0,
    });
    expect(await db.evaluation.count({ where: { submittedAt: { not: null } } })).toBeGreaterThan(cards);
    expect(await seedDemoData(db)).toEqual({ ideasCreated: 0, cardsCreated: 0, rewardCasesCreated: 0 });
  });
});
