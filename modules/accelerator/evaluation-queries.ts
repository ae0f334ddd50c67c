import { can, type Actor } from '@/modules/access/permissions';
import { permissionFactsOf, permissionSelect } from '@/modules/ideas/ownership';
import type { AppLocale } from '@/modules/i18n/locales';
import { localizedName } from '@/modules/i18n/localized-name';
import type { Database } from '@/modules/platform/db/client';
import { IdeaStatus } from '@/modules/platform/db/generated/enums';
import { decisionBlockers } from './decision-blockers';
import { calendarDayOf, helsinkiToday } from './working-days';
import { activeCriteria, summariseScores, type Criterion, type ScoreSummary } from './scorecard';

/** A criterion as an evaluator reads it, in the reader's language. */
export interface ShownCriterion {
  id: string;
  name: string;
  description: string;
  weight: number;
}

function shown(criteria: Criterion[], locale: AppLocale): ShownCriterion[] {
  return criteria.map((criterion) => ({
    id: criterion.id,
    name: localizedName(criterion, locale),
    description: { fi: criterion.descriptionFi, sv: criterion.descriptionSv, en: criterion.descriptionEn }[locale],
    weight: criterion.weight,
  }));
}

/** An evaluator's open tasks: invitations not yet submitted on ideas still in evaluation. */
const openTaskWhere = (userId: string) => ({
  evaluatorId: userId,
  submittedAt: null,
  idea: { status: IdeaStatus.EVALUATION },
});

/** How many evaluations wait for this person (the menu's "Arvioitavat" count). */
export function openEvaluationCount(db: Database, actor: Actor | null): Promise<number> {
  if (!actor?.active) return Promise.resolve(0);
  return db.evaluation.count({ where: openTaskWhere(actor.id) });
}

/** My evaluation tasks: open ones first (earliest due first), then the latest submitted. */
export async function myEvaluationTasks(db: Database, actor: Actor) {
  const select = {
    invitedAt: true,
    submittedAt: true,
    idea: { select: { id: true, title: true, status: true, acceleratorCard: { select: { evaluationDueOn: true } } } },
  } as const;
  const [open, submitted] = await Promise.all([
    db.evaluation.findMany({ where: openTaskWhere(actor.id), select, orderBy: { invitedAt: 'asc' } }),
    db.evaluation.findMany({
      where: { evaluatorId: actor.id, submittedAt: { not: null } },
      select,
      orderBy: { submittedAt: 'desc' },
      take: 50,
    }),
  ]);
  const today = helsinkiToday();
  const task = (row: (typeof open)[number]) => ({
    ideaId: row.idea.id,
    title: row.idea.title,
    status: row.idea.status,
    invitedAt: row.invitedAt,
    submittedAt: row.submittedAt,
    dueOn: row.idea.acceleratorCard?.evaluationDueOn ?? null,
    overdue:
      row.submittedAt === null &&
      row.idea.acceleratorCard?.evaluationDueOn != null &&
      calendarDayOf(row.idea.acceleratorCard.evaluationDueOn) < today,
  });
  const byDue = (a: ReturnType<typeof task>, b: ReturnType<typeof task>) =>
    (a.dueOn?.getTime() ?? Infinity) - (b.dueOn?.getTime() ?? Infinity);
  return { open: open.map(task).sort(byDue), submitted: submitted.map(task) };
}

export type EvaluationTask = Awaited<ReturnType<typeof myEvaluationTasks>>['open'][number];

const evaluationSelect = {
  id: true,
  evaluatorId: true,
  invitedAt: true,
  submittedAt: true,
  justification: true,
  estimatedSavingsCents: true,
  oneOffCostCents: true,
  personDays: true,
  withinOwnDuties: true,
  costCentre: true,
  evaluator: { select: { name: true } },
  scores: { select: { criterionId: true, score: true } },
} as const;

export interface EvaluationRow {
  evaluatorId: string;
  evaluatorName: string;
  invitedAt: Date;
  submittedAt: Date | null;
  justification: string | null;
  estimatedSavingsCents: number | null;
  oneOffCostCents: number | null;
  personDays: number | null;
  withinOwnDuties: boolean | null;
  costCentre: string | null;
  /** Criterion id → score; a criterion not judged is absent. */
  scores: Record<string, number>;
}

export interface EvaluationSummary {
  criteria: ShownCriterion[];
  summary: ScoreSummary;
  submitted: EvaluationRow[];
  /** Invited, not yet submitted. */
  pending: EvaluationRow[];
}

/** Everyone's scorecards for one idea, with the weighted total over the submitted ones. */
async function summaryOf(db: Database, ideaId: number, locale: AppLocale): Promise<EvaluationSummary> {
  const [criteria, rows] = await Promise.all([
    activeCriteria(db),
    db.evaluation.findMany({ where: { ideaId }, select: evaluationSelect, orderBy: { invitedAt: 'asc' } }),
  ]);
  const evaluations = rows.map(toRow);
  const submitted = evaluations.filter((row) => row.submittedAt !== null);
  const scores = submitted.flatMap((row) =>
    Object.entries(row.scores).map(([criterionId, score]) => ({ criterionId, score })),
  );
  return {
    criteria: shown(criteria, locale),
    summary: summariseScores(criteria, scores),
    submitted,
    pending: evaluations.filter((row) => row.submittedAt === null),
  };
}

function toRow(row: {
  evaluatorId: string;
  invitedAt: Date;
  submittedAt: Date | null;
  justification: string | null;
  estimatedSavingsCents: number | null;
  oneOffCostCents: number | null;
  personDays: { toNumber(): number } | null;
  withinOwnDuties: boolean | null;
  costCentre: string | null;
  evaluator: { name: string };
  scores: { criterionId: string; score: number }[];
}): EvaluationRow {
  return {
    evaluatorId: row.evaluatorId,
    evaluatorName: row.evaluator.name,
    invitedAt: row.invitedAt,
    submittedAt: row.submittedAt,
    justification: row.justification,
    estimatedSavingsCents: row.estimatedSavingsCents,
    oneOffCostCents: row.oneOffCostCents,
    personDays: row.personDays?.toNumber() ?? null,
    withinOwnDuties: row.withinOwnDuties,
    costCentre: row.costCentre,
    scores: Object.fromEntries(row.scores.map((score) => [score.criterionId, score.score])),
  };
}

/**
 * What one person may see of an idea's evaluation:
 * - `manage`: they run the idea (accelerator.manage on it) and are not an evaluator still scoring;
 * - `mine`: their own scorecard when invited;
 * - `summary`: everyone's scores, once their own is submitted or when they manage (independence:
 *   an evaluator never sees others' scores before giving their own).
 * Null when they have no part in it (no invitation, no management): the page is not found.
 */
export async function evaluationView(db: Database, actor: Actor | null, ideaId: number, locale: AppLocale) {
  if (!actor?.active) return null;
  const idea = await db.idea.findUnique({
    where: { id: ideaId },
    select: {
      id: true,
      title: true,
      status: true,
      acceleratorCard: { select: { evaluationDueOn: true } },
      ...permissionSelect,
    },
  });
  if (!idea) return null;
  const mayManage = can(actor, 'accelerator.manage', permissionFactsOf(idea));
  const mineRow = await db.evaluation.findUnique({
    where: { ideaId_evaluatorId: { ideaId, evaluatorId: actor.id } },
    select: evaluationSelect,
  });
  if (!mayManage && !mineRow) return null;
  const mine = mineRow ? toRow(mineRow) : null;
  const mayCompare = mine ? mine.submittedAt !== null : mayManage;
  const inEvaluation = idea.status === IdeaStatus.EVALUATION;
  return {
    idea: {
      id: idea.id,
      title: idea.title,
      status: idea.status,
      evaluationDueOn: idea.acceleratorCard?.evaluationDueOn ?? null,
    },
    mayManage,
    mayInvite: mayManage && inEvaluation,
    maySubmit: mine !== null && inEvaluation,
    /** Why the idea may not yet leave evaluation, for those who decide. */
    blockers: mayManage && inEvaluation ? await decisionBlockers(db, ideaId) : [],
    mine,
    criteria: shown(await activeCriteria(db), locale),
    summary: mayCompare ? await summaryOf(db, ideaId, locale) : null,
  };
}

export type EvaluationView = NonNullable<Awaited<ReturnType<typeof evaluationView>>>;
