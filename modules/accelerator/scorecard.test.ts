import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { activeCriteria, scoreSummaries, summariseScores, type Criterion } from './scorecard';

/** One of the six criteria the migration inserts. */
function bySlug(criteria: Criterion[], slug: string): Criterion {
  const found = criteria.find((criterion) => criterion.slug === slug);
  if (!found) throw new Error(`no criterion ${slug}`);
  return found;
}

describe('the scorecard arithmetic', () => {
  const criteria = [
    { id: 'impact', weight: 50 },
    { id: 'cost', weight: 30 },
    { id: 'fit', weight: 20 },
  ];

  it('averages each criterion over those who scored it and weighs only the scored criteria', () => {
    const summary = summariseScores(criteria, [
      { criterionId: 'impact', score: 4 },
      { criterionId: 'impact', score: 5 },
      { criterionId: 'cost', score: 2 },
    ]);
    expect(summary.averages).toEqual([
      { criterionId: 'impact', average: 4.5, scoredBy: 2 },
      { criterionId: 'cost', average: 2, scoredBy: 1 },
      { criterionId: 'fit', average: null, scoredBy: 0 },
    ]);
    // (50 × 4.5 + 30 × 2) ÷ 80: the unscored criterion is missing, not a zero that drags it down.
    expect(summary.total).toBeCloseTo(3.5625);
    expect(summary).toMatchObject({ criteriaScored: 2, criteriaCount: 3 });
  });

  it('has no total without scores', () => {
    expect(summariseScores(criteria, [])).toMatchObject({ total: null, criteriaScored: 0, criteriaCount: 3 });
  });
});

describe('score summaries for many ideas', () => {
  const db = testDb();

  async function submitted(ideaId: number, scores: Record<string, number>, submittedAt: Date | null = new Date()) {
    const evaluator = await createUser(db);
    await db.evaluation.create({
      data: {
        ideaId,
        evaluatorId: evaluator.id,
        submittedAt,
        scores: { create: Object.entries(scores).map(([criterionId, score]) => ({ criterionId, score })) },
      },
    });
    return evaluator;
  }

  it('sums submitted scores per idea, leaves out ideas without any, and hides them from an evaluator still scoring', async () => {
    const criteria = await activeCriteria(db);
    const impact = bySlug(criteria, 'impact');
    const financial = bySlug(criteria, 'financial-benefit');
    const scored = await createIdea(db, { status: IdeaStatus.EVALUATION });
    const unscored = await createIdea(db, { status: IdeaStatus.EVALUATION });
    await submitted(scored.id, { [impact.id]: 5, [financial.id]: 3 });
    await submitted(scored.id, { [impact.id]: 3 });
    const stillScoring = await submitted(scored.id, { [impact.id]: 1 }, null);
    await submitted(unscored.id, { [impact.id]: 1 }, null);

    const summaries = await scoreSummaries(db, [scored.id, unscored.id]);
    expect([...summaries.keys()]).toEqual([scored.id]);
    const summary = summaries.get(scored.id);
    expect(summary?.criteriaScored).toBe(2);
    expect(summary?.criteriaCount).toBe(6);
    expect(summary?.averages.find((entry) => entry.criterionId === impact.id)).toEqual({
      criterionId: impact.id,
      average: 4,
      scoredBy: 2,
    });
    const expected = (impact.weight * 4 + financial.weight * 3) / (impact.weight + financial.weight);
    expect(summary?.total).toBeCloseTo(expected);

    expect((await scoreSummaries(db, [scored.id], { hiddenFrom: stillScoring.id })).size).toBe(0);
    expect((await scoreSummaries(db, [scored.id], { hiddenFrom: (await createUser(db)).id })).size).toBe(1);
    expect((await scoreSummaries(db, [])).size).toBe(0);
  });
});
