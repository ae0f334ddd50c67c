'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { createRuleVersionAction } from '@/modules/rewards/rule-actions';
import type { RuleVersionField } from '@/modules/rewards/rule-versions';

type TextField = Exclude<RuleVersionField, 'recognitionOnEvaluation' | 'note'>;

/** The number fields, in the form's order; `hint` when the field has a hint text. */
const numberFields: readonly { name: TextField; hint: boolean }[] = [
  { name: 'implementationEuros', hint: true },
  { name: 'thankYouEuros', hint: true },
  { name: 'savingsSharePercent', hint: true },
  { name: 'savingsMinimumEuros', hint: false },
  { name: 'savingsMaximumEuros', hint: true },
];

const idOf = (field: RuleVersionField) => `rules-${field}`;

/** A new version of the reward rules, starting from the rules in force; a reason is required. */
export function RuleForm({ values }: { values: Record<RuleVersionField, string> }) {
  const t = useTranslations('rewards.rules.form');
  const [state, save, saving] = useActionState(createRuleVersionAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const shown = (field: RuleVersionField) => state.values?.[field] ?? values[field];
  return (
    <form action={save} noValidate aria-labelledby="rules-form-heading" className="grid max-w-prose gap-4">
      <h2 id="rules-form-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <ErrorSummary
        state={state}
        fields={Object.fromEntries(
          [...numberFields.map((field) => field.name), 'note' as const].map((field) => [
            field,
            { id: idOf(field), label: t(field) },
          ]),
        )}
      />
      <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
        <input
          type="checkbox"
          name="recognitionOnEvaluation"
          defaultChecked={shown('recognitionOnEvaluation') === 'on'}
          className="size-5"
        />
        {t('recognitionOnEvaluation')}
      </label>
      {numberFields.map((field) => (
        <Field
          key={field.name}
          id={idOf(field.name)}
          label={t(field.name)}
          hint={field.hint ? t(`${field.name}Hint`) : undefined}
          error={fieldError(field.name)}
        >
          {(control) => (
            <input
              {...control}
              name={field.name}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={shown(field.name)}
              className={`${controlClass(control['aria-invalid'])} sm:w-40`}
            />
          )}
        </Field>
      ))}
      <Field id={idOf('note')} label={t('note')} hint={t('noteHint')} error={fieldError('note')}>
        {(control) => (
          <textarea
            {...control}
            name="note"
            rows={3}
            defaultValue={shown('note')}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('save')}
        </button>
        <p aria-live="polite" className="text-emerald-900">
          {state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
