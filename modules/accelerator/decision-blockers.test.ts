import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { decisionBlockers } from './decision-blockers';

describe('what keeps an idea in evaluation', () => {
  const db = testDb();

  async function evaluation(ideaId: number, submitted: boolean, estimatedSavingsCents: number | null = null) {
    const evaluator = await createUser(db);
    await db.evaluation.create({
      data: { ideaId, evaluatorId: evaluator.id, submittedAt: submitted ? new Date() : null, estimatedSavingsCents },
    });
  }

  it('needs one submitted evaluation; an open invitation does not count', async () => {
    const idea = await createIdea(db, { status: IdeaStatus.EVALUATION });
    expect(await decisionBlockers(db, idea.id)).toEqual(['noSubmittedEvaluation']);
    await evaluation(idea.id, false, 500_00);
    expect(await decisionBlockers(db, idea.id)).toEqual(['noSubmittedEvaluation']);
    await evaluation(idea.id, true);
    expect(await decisionBlockers(db, idea.id)).toEqual([]);
  });

  it('needs two when the idea itself expects savings', async () => {
    const idea = await createIdea(db, { status: IdeaStatus.EVALUATION });
    await db.idea.update({ where: { id: idea.id }, data: { expectedSavingsEur: '1200.00' } });
    expect(await decisionBlockers(db, idea.id)).toEqual(['noSubmittedEvaluation', 'secondEvaluationNeeded']);
    await evaluation(idea.id, true);
    expect(await decisionBlockers(db, idea.id)).toEqual(['secondEvaluationNeeded']);
    await evaluation(idea.id, true);
    expect(await decisionBlockers(db, idea.id)).toEqual([]);
  });

  it('needs two when an evaluator estimates savings; zero savings claim nothing', async () => {
    const idea = await createIdea(db, { status: IdeaStatus.EVALUATION });
    await db.idea.update({ where: { id: idea.id }, data: { expectedSavingsEur: '0' } });
    await evaluation(idea.id, true, 0);
    expect(await decisionBlockers(db, idea.id)).toEqual([]);
    const estimated = await createIdea(db, { status: IdeaStatus.EVALUATION });
    await evaluation(estimated.id, true, 3_000_00);
    expect(await decisionBlockers(db, estimated.id)).toEqual(['secondEvaluationNeeded']);
    await evaluation(estimated.id, true, null);
    expect(await decisionBlockers(db, estimated.id)).toEqual([]);
  });
});
