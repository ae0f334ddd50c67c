import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../prisma/seed/demo';
import { migrateDatabase } from '../database/provision';
import { createPrismaClient, Role, type Database } from '../db/client';
import { createEmptyDatabase } from '../testing/database';
import { resetDemoDatabase } from './demo-reset-database';

const seededAt = new Date('2026-11-22T09:00:00Z');

/** What the demo consists of: row counts, and a few rows by their natural keys (ids are random). */
async function snapshot(db: Database) {
  const [users, ideas, votes, comments, events, audit, sessions, departments] = await Promise.all([
    db.user.count(),
    db.idea.count(),
    db.vote.count(),
    db.comment.count(),
    db.ideaEvent.count(),
    db.auditLog.count(),
    db.session.count(),
    db.department.count(),
  ]);
  const people = await db.user.findMany({
    where: { email: { in: ['laura.nieminen@kuusilahti.example', 'sari.virtanen@kuusilahti.example'] } },
    select: { email: true, name: true, roles: true, active: true, demo: true },
    orderBy: { email: 'asc' },
  });
  const firstIdeas = await db.idea.findMany({
    orderBy: { id: 'asc' },
    take: 5,
    select: { id: true, title: true, status: true, voteCount: true, commentCount: true },
  });
  return { counts: { users, ideas, votes, comments, events, audit, sessions, departments }, people, firstIdeas };
}

describe('demo reset', () => {
  const databases: { url: string; drop: () => Promise<void> }[] = [];
  const clients: Database[] = [];
  let fresh: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    const database = await createEmptyDatabase('demo-fresh');
    databases.push(database);
    await migrateDatabase(database.url);
    const db = createPrismaClient({ connectionString: database.url });
    clients.push(db);
    await seedDemoData(db, seededAt);
    fresh = await snapshot(db);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(clients.map((db) => db.$disconnect()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('brings a tried demo back to what a fresh seed makes, trial people, ideas and audit entries gone', async () => {
    const database = await createEmptyDatabase('demo-tried');
    databases.push(database);
    await migrateDatabase(database.url);
    const db = createPrismaClient({ connectionString: database.url });
    clients.push(db);
    await seedDemoData(db, seededAt);

    // Someone tried the demo: a new person, an idea, a vote, a role change, a session, audit entries.
    const trial = await db.user.create({ data: { name: 'Kokeilu Käyttäjä', email: 'kokeilu@test.example' } });
    const idea = await db.idea.create({ data: { title: 'Kokeiluidea', body: 'Kokeilu', authorId: trial.id } });
    const demoPerson = await db.user.findUniqueOrThrow({ where: { email: 'laura.nieminen@kuusilahti.example' } });
    await db.vote.create({ data: { ideaId: idea.id, userId: demoPerson.id } });
    await db.user.update({ where: { id: demoPerson.id }, data: { roles: [Role.EMPLOYEE, Role.ADMIN], active: false } });
    await db.session.create({
      data: { userId: trial.id, sessionToken: 'trial-token', expires: new Date(Date.now() + 60_000) },
    });
    await db.auditLog.create({
      data: { actorId: trial.id, action: 'auth.sign-in', targetType: 'user', targetId: trial.id },
    });
    expect((await snapshot(db)).counts).not.toEqual(fresh.counts);

    await db.$disconnect();
    const summary = await resetDemoDatabase(database.url, seededAt);
    const after = createPrismaClient({ connectionString: database.url });
    clients.push(after);

    expect(summary.ideasCreated).toBe(fresh.counts.ideas);
    expect(await snapshot(after)).toEqual(fresh);
    expect(await after.user.count({ where: { email: 'kokeilu@test.example' } })).toBe(0);
    // Reset twice is the same as reset once.
    await resetDemoDatabase(database.url, seededAt);
    expect(await snapshot(after)).toEqual(fresh);
  }, 240_000);
});
