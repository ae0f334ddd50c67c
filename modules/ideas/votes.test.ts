import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { setVote } from './votes';

describe('votes', () => {
  const db = testDb();

  async function counts(ideaId: number) {
    const idea = await db.idea.findUniqueOrThrow({
      where: { id: ideaId },
      select: { voteCount: true, trendingScore: true },
    });
    const rows = await db.vote.count({ where: { ideaId } });
    return { counter: idea.voteCount, rows, trendingScore: idea.trendingScore };
  }

  it('counts one vote per person, which they can withdraw while the idea is open', async () => {
    const idea = await createIdea(db);
    const voter = actorOf(await createUser(db));
    expect(await setVote(db, voter, idea.id, true)).toEqual({ ok: true, voted: true, voteCount: 1 });
    expect(await setVote(db, voter, idea.id, true)).toEqual({ ok: true, voted: true, voteCount: 1 });
    expect(await counts(idea.id)).toMatchObject({ counter: 1, rows: 1 });
    expect(await setVote(db, voter, idea.id, false)).toEqual({ ok: true, voted: false, voteCount: 0 });
    expect(await setVote(db, voter, idea.id, false)).toEqual({ ok: true, voted: false, voteCount: 0 });
    expect(await counts(idea.id)).toEqual({ counter: 0, rows: 0, trendingScore: 0 });
  });

  it('refuses votes on one’s own idea, by a co-author, on closed or unpublished ideas, and without a session', async () => {
    const author = await createUser(db);
    const coAuthor = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id });
    await db.ideaCoAuthor.create({ data: { ideaId: idea.id, userId: coAuthor.id, confirmedAt: new Date() } });
    expect(await setVote(db, actorOf(author), idea.id, true)).toEqual({ ok: false, message: 'ideas.vote.ownIdea' });
    expect(await setVote(db, actorOf(coAuthor), idea.id, true)).toEqual({ ok: false, message: 'ideas.vote.ownIdea' });
    expect(await setVote(db, null, idea.id, true)).toEqual({ ok: false, message: 'errors.signInRequired' });
    expect(await setVote(db, { ...actorOf(coAuthor), active: false }, idea.id, true)).toEqual({
      ok: false,
      message: 'errors.signInRequired',
    });
    const voter = actorOf(await createUser(db));
    for (const status of [
      IdeaStatus.IMPLEMENTED,
      IdeaStatus.DECLINED,
      IdeaStatus.ARCHIVED,
      IdeaStatus.SUBMITTED,
      IdeaStatus.DRAFT,
      IdeaStatus.WITHDRAWN,
    ]) {
      const closed = await createIdea(db, { status });
      expect(await setVote(db, voter, closed.id, true), status).toEqual({ ok: false, message: 'ideas.vote.closed' });
    }
    expect(await setVote(db, voter, 987_654_321, true)).toEqual({ ok: false, message: 'errors.notFound' });
    expect(await counts(idea.id)).toMatchObject({ counter: 0, rows: 0 });
  });

  it('keeps the count exact under hundreds of parallel votes, repeats and withdrawals', async () => {
    const idea = await createIdea(db);
    const voters = await Promise.all(Array.from({ length: 300 }, () => createUser(db).then(actorOf)));
    const results = await Promise.all([
      ...voters.map((voter) => setVote(db, voter, idea.id, true)),
      // Everyone clicks twice, and the first hundred change their minds at the same time.
      ...voters.map((voter) => setVote(db, voter, idea.id, true)),
      ...voters.slice(0, 100).map((voter) => setVote(db, voter, idea.id, false)),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const { counter, rows } = await counts(idea.id);
    expect(counter).toBe(rows);
    expect(rows).toBeGreaterThanOrEqual(200);
    expect(rows).toBeLessThanOrEqual(300);
  });

  it('weighs recent votes more: the trending score is the sum of each vote’s weight, and a withdrawal takes its own weight away', async () => {
    const idea = await createIdea(db);
    const [early, late] = [actorOf(await createUser(db)), actorOf(await createUser(db))];
    await setVote(db, early, idea.id, true);
    await db.vote.update({
      where: { ideaId_userId: { ideaId: idea.id, userId: early.id } },
      data: { createdAt: new Date('2026-01-08T00:00:00Z') },
    });
    // Recompute as if the early vote had been cast a week after the epoch: weight e^1.
    await db.$executeRaw`UPDATE ideas SET trending_score = (SELECT sum(trending_weight(created_at)) FROM votes WHERE idea_id = ${idea.id}) WHERE id = ${idea.id}`;
    expect((await counts(idea.id)).trendingScore).toBeCloseTo(Math.E, 6);
    await setVote(db, late, idea.id, true);
    const [row] = await db.$queryRaw<
      { weight: number }[]
    >`SELECT trending_weight(created_at) AS weight FROM votes WHERE idea_id = ${idea.id} AND user_id = ${late.id}::uuid`;
    const weight = row?.weight ?? 0;
    expect(weight).toBeGreaterThan(Math.E);
    expect((await counts(idea.id)).trendingScore).toBeCloseTo(Math.E + weight, 3);
    await setVote(db, early, idea.id, false);
    expect((await counts(idea.id)).trendingScore).toBeCloseTo(weight, 3);
  });

  it('ranks an idea with fewer but fresher votes above one with more old votes', async () => {
    const [old, fresh] = [await createIdea(db), await createIdea(db)];
    const voters = await Promise.all(Array.from({ length: 5 }, () => createUser(db).then(actorOf)));
    for (const voter of voters) await setVote(db, voter, old.id, true);
    await db.vote.updateMany({
      where: { ideaId: old.id },
      data: { createdAt: new Date(Date.now() - 60 * 24 * 3600 * 1000) },
    });
    await db.$executeRaw`UPDATE ideas SET trending_score = (SELECT sum(trending_weight(created_at)) FROM votes WHERE idea_id = ${old.id}) WHERE id = ${old.id}`;
    for (const voter of voters.slice(0, 2)) await setVote(db, voter, fresh.id, true);
    const [oldScore, freshScore] = await Promise.all([counts(old.id), counts(fresh.id)]);
    expect(oldScore.counter).toBeGreaterThan(freshScore.counter);
    expect(freshScore.trendingScore).toBeGreaterThan(oldScore.trendingScore);
  });
});
