'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, FieldError, FieldFrame, controlClass, keepEnterFromSubmitting } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { submitEvaluationAction } from '@/modules/accelerator/evaluation-actions';

export interface EvaluationFormCriterion {
  id: string;
  name: string;
  description: string;
  weight: number;
}

/** What the evaluator gave before (their submitted scorecard), as the form's starting values. */
export interface EvaluationFormValues {
  scores: Record<string, string>;
  justification: string;
  estimatedSavingsEur: string;
  oneOffCostEur: string;
  personDays: string;
  withinOwnDuties: 'yes' | 'no' | 'unknown';
  costCentre: string;
}

interface EvaluationFormProps {
  ideaId: number;
  criteria: EvaluationFormCriterion[];
  initial: EvaluationFormValues;
  resubmit: boolean;
}

const scale = ['1', '2', '3', '4', '5'] as const;

/** One evaluator's scorecard: 1–5 (or "cannot judge") per criterion, a justification and the numbers. */
export function EvaluationForm({ ideaId, criteria, initial, resubmit }: EvaluationFormProps) {
  const t = useTranslations('accelerator.evaluation');
  const [state, submit, submitting] = useActionState(submitEvaluationAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  // After a refusal the form shows what was typed; otherwise what was saved.
  const typed = state.ok ? undefined : state.values;
  const value = (name: keyof Omit<EvaluationFormValues, 'scores'>) => typed?.[name] ?? initial[name];
  const score = (criterionId: string) => typed?.[`score.${criterionId}`] ?? initial.scores[criterionId] ?? '';
  const scoresError = fieldError('scores');
  const firstCriterion = criteria[0]?.id;

  return (
    // Keys typed in the form's fields bubble to it; the form itself takes no focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form action={submit} noValidate onKeyDown={keepEnterFromSubmitting} className="mt-4 grid gap-6">
      <ErrorSummary
        state={state}
        fields={{
          scores: { id: `score-${firstCriterion}-1`, label: t('scoresLegend') },
          justification: { id: 'justification', label: t('justification') },
          estimatedSavingsEur: { id: 'estimatedSavingsEur', label: t('estimatedSavings') },
          oneOffCostEur: { id: 'oneOffCostEur', label: t('oneOffCost') },
          personDays: { id: 'personDays', label: t('personDays') },
          withinOwnDuties: { id: 'withinOwnDuties-yes', label: t('withinOwnDuties') },
          costCentre: { id: 'costCentre', label: t('costCentre') },
        }}
      />
      <input type="hidden" name="ideaId" value={ideaId} />
      <fieldset aria-describedby={scoresError ? 'scores-hint scores-error' : 'scores-hint'}>
        <legend className="text-lg font-bold">{t('scoresLegend')}</legend>
        <p id="scores-hint" className="text-sm text-muted">
          {t('scoresHint')}
        </p>
        <FieldFrame invalid={Boolean(scoresError)}>
          <FieldError id="scores-error" error={scoresError} />
          {criteria.map((criterion) => (
            // Remounted with its value after each answer, so a refused form keeps the choice.
            <fieldset
              key={`${criterion.id}-${score(criterion.id)}`}
              className="mt-4"
              aria-describedby={criterion.description ? `criterion-${criterion.id}-help` : undefined}
            >
              <legend className="font-semibold">
                {criterion.name}{' '}
                <span className="font-normal text-muted">({t('weightOf', { weight: criterion.weight })})</span>
              </legend>
              {criterion.description && (
                <p id={`criterion-${criterion.id}-help`} className="text-sm text-muted">
                  {criterion.description}
                </p>
              )}
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {scale.map((option) => (
                  <label key={option} className="inline-flex min-h-11 min-w-11 items-center gap-2">
                    <input
                      id={`score-${criterion.id}-${option}`}
                      type="radio"
                      name={`score.${criterion.id}`}
                      value={option}
                      defaultChecked={score(criterion.id) === option}
                      className="size-5"
                    />
                    {option}
                  </label>
                ))}
                <label className="inline-flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name={`score.${criterion.id}`}
                    value=""
                    defaultChecked={score(criterion.id) === ''}
                    className="size-5"
                  />
                  {t('notJudged')}
                </label>
              </div>
            </fieldset>
          ))}
        </FieldFrame>
      </fieldset>

      <Field
        id="justification"
        label={t('justification')}
        hint={t('justificationHint')}
        error={fieldError('justification')}
      >
        {(control) => (
          <textarea
            {...control}
            key={value('justification')}
            name="justification"
            rows={5}
            defaultValue={value('justification')}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>

      <fieldset className="grid gap-4">
        <legend className="text-lg font-bold">{t('numbersLegend')}</legend>
        {(
          [
            ['estimatedSavingsEur', t('estimatedSavings'), t('eurosHint')],
            ['oneOffCostEur', t('oneOffCost'), t('eurosHint')],
            ['personDays', t('personDays'), t('personDaysHint')],
            ['costCentre', t('costCentre'), t('costCentreHint')],
          ] as const
        ).map(([name, label, hint]) => (
          <Field key={name} id={name} label={label} hint={hint} error={fieldError(name)}>
            {(control) => (
              <input
                {...control}
                key={value(name)}
                name={name}
                inputMode={name === 'costCentre' ? undefined : 'decimal'}
                autoComplete="off"
                defaultValue={value(name)}
                className={`${controlClass(control['aria-invalid'])} max-w-xs`}
              />
            )}
          </Field>
        ))}
        <fieldset key={value('withinOwnDuties')} aria-describedby="withinOwnDuties-hint">
          <legend className="font-semibold">{t('withinOwnDuties')}</legend>
          <p id="withinOwnDuties-hint" className="text-sm text-muted">
            {t('withinOwnDutiesHint')}
          </p>
          <div className="flex flex-wrap gap-x-4">
            {(['yes', 'no', 'unknown'] as const).map((option) => (
              <label key={option} className="inline-flex min-h-11 items-center gap-2">
                <input
                  id={`withinOwnDuties-${option}`}
                  type="radio"
                  name="withinOwnDuties"
                  value={option}
                  defaultChecked={value('withinOwnDuties') === option}
                  className="size-5"
                />
                {t(option)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={submitting} className="min-h-11 rounded bg-brand px-5 font-semibold text-white">
          {resubmit ? t('resubmit') : t('submit')}
        </button>
        <p aria-live="polite" className="text-emerald-900">
          {state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
