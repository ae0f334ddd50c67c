import type { Database, Prisma } from '@/modules/platform/db/client';

type Reader = Database | Prisma.TransactionClient;

// The scorecard's arithmetic, said once. A criterion an evaluator could not judge has no score: it
// is missing, never zero, so it neither pulls an average down nor counts in the weighted total.
// Only submitted evaluations and active criteria count.

export interface WeightedCriterion {
  id: string;
  /** Percent; the active criteria's weights sum to 100. */
  weight: number;
}

export interface CriterionAverage {
  criterionId: string;
  /** Null when no submitted evaluation scored this criterion. */
  average: number | null;
  /** How many evaluators scored it. */
  scoredBy: number;
}

export interface ScoreSummary {
  /** Σ weight × average ÷ Σ weight over the criteria with at least one score; null with none. */
  total: number | null;
  /** How many criteria the total rests on, of `criteriaCount`. */
  criteriaScored: number;
  criteriaCount: number;
  averages: CriterionAverage[];
}

/** The weighted total and per-criterion averages for one idea, from its submitted scores. */
export function summariseScores(
  criteria: readonly WeightedCriterion[],
  scores: readonly { criterionId: string; score: number }[],
): ScoreSummary {
  const averages = criteria.map((criterion): CriterionAverage => {
    const given = scores.filter((score) => score.criterionId === criterion.id).map((score) => score.score);
    const average = given.length === 0 ? null : given.reduce((sum, score) => sum + score, 0) / given.length;
    return { criterionId: criterion.id, average, scoredBy: given.length };
  });
  return summaryFromAverages(criteria, averages);
}

function summaryFromAverages(criteria: readonly WeightedCriterion[], averages: CriterionAverage[]): ScoreSummary {
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const average = averages.find((entry) => entry.criterionId === criterion.id)?.average ?? null;
    if (average === null) continue;
    weighted += criterion.weight * average;
    weights += criterion.weight;
  }
  const scored = averages.filter((entry) => entry.average !== null).length;
  return {
    total: weights === 0 ? null : weighted / weights,
    criteriaScored: scored,
    criteriaCount: criteria.length,
    averages,
  };
}

export const criterionSelect = {
  id: true,
  slug: true,
  nameFi: true,
  nameSv: true,
  nameEn: true,
  descriptionFi: true,
  descriptionSv: true,
  descriptionEn: true,
  weight: true,
  active: true,
  sortOrder: true,
} as const;

export type Criterion = Prisma.ScorecardCriterionGetPayload<{ select: typeof criterionSelect }>;

/** The criteria evaluators score, in their order. */
export function activeCriteria(db: Reader): Promise<Criterion[]> {
  return db.scorecardCriterion.findMany({
    where: { active: true },
    select: criterionSelect,
    orderBy: [{ sortOrder: 'asc' }, { nameFi: 'asc' }],
  });
}

/**
 * Score summaries for many ideas in two queries (the board's cards). An idea with no submitted
 * score is absent. `hiddenFrom`: a person whose own evaluation of an idea is still open does not
 * see others' scores on it (independence), so those ideas are left out for them too.
 */
export async function scoreSummaries(
  db: Reader,
  ideaIds: readonly number[],
  options: { hiddenFrom?: string } = {},
): Promise<Map<number, ScoreSummary>> {
  const summaries = new Map<number, ScoreSummary>();
  if (ideaIds.length === 0) return summaries;
  const hiddenFrom = options.hiddenFrom ?? null;
  const [criteria, rows] = await Promise.all([
    activeCriteria(db),
    db.$queryRaw<{ ideaId: number; criterionId: string; average: number; scoredBy: number }[]>`
      SELECT e.idea_id AS "ideaId", s.criterion_id AS "criterionId",
             avg(s.score)::float8 AS average, count(*)::int AS "scoredBy"
      FROM evaluations e
      JOIN evaluation_scores s ON s.evaluation_id = e.id
      WHERE e.idea_id = ANY(${[...ideaIds]}::int[]) AND e.submitted_at IS NOT NULL
        AND NOT EXISTS (
          SELECT 1 FROM evaluations mine
          WHERE mine.idea_id = e.idea_id AND mine.evaluator_id = ${hiddenFrom}::uuid AND mine.submitted_at IS NULL
        )
      GROUP BY e.idea_id, s.criterion_id`,
  ]);
  const byIdea = new Map<number, CriterionAverage[]>();
  for (const row of rows) {
    const list = byIdea.get(row.ideaId) ?? [];
    list.push({ criterionId: row.criterionId, average: row.average, scoredBy: row.scoredBy });
    byIdea.set(row.ideaId, list);
  }
  for (const [ideaId, found] of byIdea) {
    const averages = criteria.map(
      (criterion) =>
        found.find((entry) => entry.criterionId === criterion.id) ?? {
          criterionId: criterion.id,
          average: null,
          scoredBy: 0,
        },
    );
    const summary = summaryFromAverages(criteria, averages);
    if (summary.total !== null) summaries.set(ideaId, summary);
  }
  return summaries;
}
