import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import type { Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { criterionSelect, type Criterion } from './scorecard';

// Administrators shape the scorecard: names in three languages, a description, a weight, whether
// it is in use and its place. A criterion is never deleted (scores refer to it): it is taken out
// of use, and then neither asked nor counted.

export const criterionLimits = { name: { min: 2, max: 80 }, description: 500, criteria: 30 } as const;

const name = z
  .string()
  .trim()
  .min(criterionLimits.name.min, 'admin.scorecard.errors.nameTooShort')
  .max(criterionLimits.name.max, 'admin.scorecard.errors.nameTooLong');
const description = z
  .string()
  .trim()
  .max(criterionLimits.description, 'admin.scorecard.errors.descriptionTooLong')
  .default('');

const criterionRow = z.object({
  /** Absent for a new criterion. */
  id: z.preprocess((value) => (value === '' ? undefined : value), z.uuid().optional()),
  nameFi: name,
  nameSv: name,
  nameEn: name,
  descriptionFi: description,
  descriptionSv: description,
  descriptionEn: description,
  weight: z.coerce
    .number('validation.number')
    .int('validation.wholeNumber')
    .min(0, 'validation.notNegative')
    .max(100, 'admin.scorecard.errors.weightTooLarge'),
  active: z.boolean(),
  sortOrder: z.coerce
    .number('validation.number')
    .int('validation.wholeNumber')
    .min(0, 'validation.notNegative')
    .max(1000, 'validation.tooLarge'),
});

export const scorecardInput = z
  .object({ criteria: z.array(criterionRow).min(1).max(criterionLimits.criteria) })
  .superRefine(({ criteria }, context) => {
    const active = criteria.filter((criterion) => criterion.active);
    if (active.length === 0)
      context.addIssue({ code: 'custom', path: ['weights'], message: 'admin.scorecard.errors.noneActive' });
    else if (active.reduce((sum, criterion) => sum + criterion.weight, 0) !== 100)
      context.addIssue({ code: 'custom', path: ['weights'], message: 'admin.scorecard.errors.weightsSum' });
  });

export type ScorecardInput = z.infer<typeof scorecardInput>;

/** Every criterion, in use or not, in the order evaluators see them. */
export function allCriteria(db: Database): Promise<Criterion[]> {
  return db.scorecardCriterion.findMany({
    select: criterionSelect,
    orderBy: [{ active: 'desc' }, { sortOrder: 'asc' }, { nameFi: 'asc' }],
  });
}

const audited = (criteria: readonly { slug: string; weight: number; active: boolean }[]) =>
  criteria.map(({ slug, weight, active }) => ({ slug, weight, active }));

/** Saves the whole scorecard at once: the weights in use must sum to 100 after the change. */
export async function saveScorecard(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, scorecardInput, raw, 'settings.manage');
  if (!start.ok) return start.state;
  return db.$transaction(async (tx) => {
    const before = await tx.scorecardCriterion.findMany({
      select: { id: true, slug: true, weight: true, active: true },
    });
    const known = new Set(before.map((criterion) => criterion.id));
    const rows = start.input.criteria;
    if (rows.some((row) => row.id !== undefined && !known.has(row.id)))
      return { ok: false, message: 'admin.scorecard.errors.changedMeanwhile' };
    const listed = new Set(rows.map((row) => row.id));
    // A criterion missing from the form (added by someone else meanwhile) would slip past the sum.
    if (before.some((criterion) => criterion.active && !listed.has(criterion.id)))
      return { ok: false, message: 'admin.scorecard.errors.changedMeanwhile' };
    for (const { id, ...fields } of rows) {
      if (id) await tx.scorecardCriterion.update({ where: { id }, data: fields });
      else await tx.scorecardCriterion.create({ data: { ...fields, slug: `criterion-${randomUUID()}` } });
    }
    const after = await tx.scorecardCriterion.findMany({
      select: { slug: true, weight: true, active: true },
      orderBy: { sortOrder: 'asc' },
    });
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'settings.scorecard',
        targetType: 'setting',
        targetId: 'scorecard',
        before: audited(before),
        after: audited(after),
      },
      origin,
    );
    return { ok: true, message: 'admin.scorecard.saved' };
  });
}
