'use server';

import { refresh } from 'next/cache';
import { getCurrentUser } from '@/modules/access/current-user';
import type { FormState } from '@/modules/access/mutation';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { inviteEvaluators, submitEvaluation } from './evaluations';
import { saveScorecard } from './scorecard-criteria';

// Thin adapters from forms to the domain functions, which authenticate, validate and authorise.
// A refused form gets what was typed back (React resets forms after an action).

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export async function inviteEvaluatorsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const evaluatorIds = form.getAll('evaluatorIds').filter((value): value is string => typeof value === 'string');
  const state = await inviteEvaluators(
    db,
    await getCurrentUser(),
    { ideaId: text(form, 'ideaId'), evaluatorIds },
    await requestOrigin(),
  );
  if (!state.ok) return { ...state, values: { evaluatorIds: evaluatorIds.join(',') } };
  refresh();
  return state;
}

const evaluationFields = [
  'justification',
  'estimatedSavingsEur',
  'oneOffCostEur',
  'personDays',
  'withinOwnDuties',
  'costCentre',
] as const;

export async function submitEvaluationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const scores: Record<string, string> = {};
  for (const [name, value] of form.entries())
    if (name.startsWith('score.') && typeof value === 'string') scores[name.slice('score.'.length)] = value;
  const fields = Object.fromEntries(evaluationFields.map((name) => [name, text(form, name)]));
  const state = await submitEvaluation(
    db,
    await getCurrentUser(),
    { ideaId: text(form, 'ideaId'), scores, ...fields, withinOwnDuties: fields.withinOwnDuties || 'unknown' },
    await requestOrigin(),
  );
  if (!state.ok) {
    const typedScores = Object.fromEntries(Object.entries(scores).map(([id, score]) => [`score.${id}`, score]));
    return { ...state, values: { ...fields, ...typedScores } };
  }
  refresh();
  return state;
}

const criterionFields = [
  'id',
  'nameFi',
  'nameSv',
  'nameEn',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'weight',
  'sortOrder',
] as const;

type CriterionField = (typeof criterionFields)[number];

export async function saveScorecardAction(_previous: FormState, form: FormData): Promise<FormState> {
  const count = Number(text(form, 'count'));
  const rowCount = Number.isInteger(count) && count > 0 && count <= 31 ? count : 0;
  const rows = Array.from({ length: rowCount }, (_, index) => {
    const typed = Object.fromEntries(
      criterionFields.map((name) => [name, text(form, `criteria.${index}.${name}`)]),
    ) as Record<CriterionField, string>;
    return { ...typed, active: form.get(`criteria.${index}.active`) === 'on' };
  });
  // Only the form's last, empty row is new; it adds a criterion only when it was given a name.
  const criteria = rows.filter(
    (row) => row.id !== '' || [row.nameFi, row.nameSv, row.nameEn].some((name) => name.trim()),
  );
  const state = await saveScorecard(db, await getCurrentUser(), { criteria }, await requestOrigin());
  if (!state.ok) {
    const values: Record<string, string> = {};
    rows.forEach((row, index) => {
      for (const [name, value] of Object.entries(row))
        values[`criteria.${index}.${name}`] = typeof value === 'boolean' ? (value ? 'on' : '') : value;
    });
    return { ...state, values };
  }
  refresh();
  return state;
}
