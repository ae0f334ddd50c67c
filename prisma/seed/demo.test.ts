import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, IdeaStatus, Role, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { seedDemoData } from './demo';
import { ideas } from './demo-ideas';
import { departments, users } from './demo-organisation';

describe('demo data', () => {
  let db: Database;
  let drop: () => Promise<void>;
  let firstRun: { ideasCreated: number };

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
    const rows = await db.notification.findMany({ include: { idea: { select: { authorId: true } } } });
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

  it('is idempotent: a second run adds nothing and changes nothing', async () => {
    const before = await Promise.all([
      db.user.count(),
      db.idea.count(),
      db.vote.count(),
      db.comment.count(),
      db.ideaEvent.count(),
      db.notification.count(),
    ]);
    expect((await seedDemoData(db)).ideasCreated).toBe(0);
    const after = await Promise.all([
      db.user.count(),
      db.idea.count(),
      db.vote.count(),
      db.comment.count(),
      db.ideaEvent.count(),
      db.notification.count(),
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
