import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { notify } from '@/modules/ideas/notifications';
import { involvedIdsOf, permissionFactsOf, permissionSelect } from '@/modules/ideas/ownership';
import { lineBreaksAsLf } from '@/modules/ideas/schemas';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { IdeaEventType, IdeaStatus, NotificationType } from '@/modules/platform/db/generated/enums';
import { evaluationLimits } from './evaluation-limits';
import { activeCriteria } from './scorecard';

type Tx = Prisma.TransactionClient;

/** Empty form fields arrive as ''; optional numbers and notes treat that as "not given". */
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** Finns write 1 200,50: spaces group thousands and a comma marks the decimals. */
const finnishDecimal = (value: unknown) =>
  typeof value === 'string' ? value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.') : value;

const euros = optional(
  z.preprocess(
    finnishDecimal,
    z.coerce
      .number('validation.number')
      .min(0, 'validation.notNegative')
      .max(evaluationLimits.maxEuros, 'validation.tooLarge'),
  ),
);

export const inviteEvaluatorsInput = z.object({
  ideaId: z.coerce.number().int().positive(),
  evaluatorIds: z
    .array(z.uuid('validation.invalid'))
    .min(1, 'accelerator.evaluation.errors.chooseEvaluator')
    .max(evaluationLimits.invitesAtOnce, 'accelerator.evaluation.errors.tooManyEvaluators'),
});

export const submitEvaluationInput = z.object({
  ideaId: z.coerce.number().int().positive(),
  /** Criterion id → 1–5; a criterion left empty was not judged (missing, never zero). */
  scores: z.record(
    z.uuid(),
    optional(z.coerce.number().int('validation.invalid').min(1, 'validation.invalid').max(5, 'validation.invalid')),
  ),
  justification: optional(
    z
      .string()
      .overwrite(lineBreaksAsLf)
      .trim()
      .max(evaluationLimits.justification, 'accelerator.evaluation.errors.justificationTooLong'),
  ),
  estimatedSavingsEur: euros,
  oneOffCostEur: euros,
  personDays: optional(
    z.preprocess(
      finnishDecimal,
      z.coerce
        .number('validation.number')
        .min(0, 'validation.notNegative')
        .max(evaluationLimits.maxPersonDays, 'validation.tooLarge'),
    ),
  ),
  withinOwnDuties: z.enum(['yes', 'no', 'unknown'], 'validation.invalid').default('unknown'),
  costCentre: optional(
    z.string().trim().max(evaluationLimits.costCentre, 'accelerator.evaluation.errors.costCentreTooLong'),
  ),
});

const ideaFacts = (tx: Tx | Database, ideaId: number) =>
  tx.idea.findUnique({
    where: { id: ideaId },
    select: { status: true, ...permissionSelect },
  });

/**
 * Invites colleagues to score an idea in evaluation. Any active employee may evaluate, except the
 * idea's author and co-authors (invited or confirmed). Inviting someone twice changes nothing.
 * The timeline says that evaluators were invited, never who: evaluators work without pressure.
 */
export async function inviteEvaluators(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, inviteEvaluatorsInput, raw, 'accelerator.manage', async (input) => {
    const idea = await ideaFacts(db, input.ideaId);
    return idea ? permissionFactsOf(idea) : undefined;
  });
  if (!start.ok) return start.state;
  const { ideaId } = start.input;
  const wanted = [...new Set(start.input.evaluatorIds)];
  return db.$transaction(async (tx) => {
    const idea = await ideaFacts(tx, ideaId);
    if (!idea || !can(start.actor, 'accelerator.manage', permissionFactsOf(idea)))
      return { ok: false, message: 'errors.forbidden' };
    if (idea.status !== IdeaStatus.EVALUATION)
      return { ok: false, message: 'accelerator.evaluation.errors.notInEvaluation' };
    const involved = involvedIdsOf(idea);
    if (wanted.some((id) => involved.includes(id)))
      return refusal('evaluatorIds', 'accelerator.evaluation.errors.ownerCannotEvaluate');
    const active = await tx.user.count({ where: { id: { in: wanted }, active: true } });
    if (active !== wanted.length) return refusal('evaluatorIds', 'accelerator.evaluation.errors.evaluatorUnknown');

    const invited = await tx.evaluation.createManyAndReturn({
      data: wanted.map((evaluatorId) => ({ ideaId, evaluatorId, invitedById: start.actor.id })),
      skipDuplicates: true,
      select: { evaluatorId: true },
    });
    if (invited.length === 0) return { ok: true, message: 'accelerator.evaluation.alreadyInvited' };
    const invitedIds = invited.map((row) => row.evaluatorId);
    await tx.ideaEvent.create({
      data: {
        ideaId,
        actorId: start.actor.id,
        type: IdeaEventType.EVALUATORS_INVITED,
        data: { count: invitedIds.length },
      },
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'accelerator.evaluators.invite',
        targetType: 'idea',
        targetId: String(ideaId),
        after: { evaluatorIds: invitedIds },
      },
      origin,
    );
    await notify(tx, invitedIds, { type: NotificationType.EVALUATION_REQUESTED, actorId: start.actor.id, ideaId });
    return { ok: true, message: 'accelerator.evaluation.invited', id: ideaId };
  });
}

function refusal(field: string, message: string): FormState {
  return { ok: false, message: 'errors.invalid', fieldErrors: { [field]: [message] } };
}

const cents = (value: number | undefined) => (value === undefined ? null : Math.round(value * 100));

/**
 * An invited evaluator's scorecard. It may be sent again (corrected) while the idea is still in
 * evaluation; after the decision it stays as it was decided on.
 */
export async function submitEvaluation(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, submitEvaluationInput, raw, 'evaluation.submit', async (input) => {
    const invitation = actor
      ? await db.evaluation.findUnique({
          where: { ideaId_evaluatorId: { ideaId: input.ideaId, evaluatorId: actor.id } },
          select: { evaluatorId: true },
        })
      : null;
    return invitation ? { ownerIds: [invitation.evaluatorId] } : undefined;
  });
  if (!start.ok) return start.state;
  const input = start.input;
  const given = Object.entries(input.scores).flatMap(([criterionId, score]) =>
    score === undefined ? [] : [{ criterionId, score }],
  );
  if (given.length === 0) return refusal('scores', 'accelerator.evaluation.errors.scoreAtLeastOne');
  return db.$transaction(async (tx) => {
    const evaluation = await tx.evaluation.findUnique({
      where: { ideaId_evaluatorId: { ideaId: input.ideaId, evaluatorId: start.actor.id } },
      select: { id: true, submittedAt: true, idea: { select: { status: true } } },
    });
    if (!evaluation) return { ok: false, message: 'errors.forbidden' };
    if (evaluation.idea.status !== IdeaStatus.EVALUATION)
      return { ok: false, message: 'accelerator.evaluation.errors.notInEvaluation' };
    const criterionIds = new Set((await activeCriteria(tx)).map((criterion) => criterion.id));
    if (given.some((entry) => !criterionIds.has(entry.criterionId)))
      return { ok: false, message: 'accelerator.evaluation.errors.criteriaChanged' };

    const numbers = {
      justification: input.justification ?? null,
      estimatedSavingsCents: cents(input.estimatedSavingsEur),
      oneOffCostCents: cents(input.oneOffCostEur),
      personDays: input.personDays === undefined ? null : Math.round(input.personDays * 10) / 10,
      withinOwnDuties: input.withinOwnDuties === 'unknown' ? null : input.withinOwnDuties === 'yes',
      costCentre: input.costCentre || null,
    };
    await tx.evaluationScore.deleteMany({ where: { evaluationId: evaluation.id } });
    await tx.evaluationScore.createMany({ data: given.map((entry) => ({ evaluationId: evaluation.id, ...entry })) });
    await tx.evaluation.update({ where: { id: evaluation.id }, data: { ...numbers, submittedAt: new Date() } });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'accelerator.evaluation.submit',
        targetType: 'idea',
        targetId: String(input.ideaId),
        after: {
          scores: Object.fromEntries(given.map((entry) => [entry.criterionId, entry.score])),
          ...numbers,
          resubmitted: evaluation.submittedAt !== null,
        },
      },
      origin,
    );
    return { ok: true, message: 'accelerator.evaluation.submitted', id: input.ideaId };
  });
}
