import type { Database, Prisma } from '@/modules/platform/db/client';

type Reader = Database | Prisma.TransactionClient;

/**
 * Why an idea in evaluation may not yet go to experiment or implementation:
 * - `noSubmittedEvaluation`: nobody has submitted a scorecard;
 * - `secondEvaluationNeeded`: savings are claimed (the idea's expected savings or any submitted
 *   estimate above zero), and a money decision rests on at least two independent evaluations.
 */
export type DecisionBlocker = 'noSubmittedEvaluation' | 'secondEvaluationNeeded';

/** The translation key that explains a blocker to the person moving the card. */
export function decisionBlockerMessage(blocker: DecisionBlocker): `accelerator.evaluation.blockers.${DecisionBlocker}` {
  return `accelerator.evaluation.blockers.${blocker}`;
}

/** Empty when the idea may move out of evaluation; works inside the mover's transaction. */
export async function decisionBlockers(db: Reader, ideaId: number): Promise<DecisionBlocker[]> {
  const [idea, submitted] = await Promise.all([
    db.idea.findUnique({ where: { id: ideaId }, select: { expectedSavingsEur: true } }),
    db.evaluation.findMany({
      where: { ideaId, submittedAt: { not: null } },
      select: { estimatedSavingsCents: true },
    }),
  ]);
  const savingsClaimed =
    (idea?.expectedSavingsEur?.gt(0) ?? false) ||
    submitted.some((evaluation) => (evaluation.estimatedSavingsCents ?? 0) > 0);
  const blockers: DecisionBlocker[] = [];
  if (submitted.length === 0) blockers.push('noSubmittedEvaluation');
  if (savingsClaimed && submitted.length < 2) blockers.push('secondEvaluationNeeded');
  return blockers;
}
