'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { setRewardBudgetAction } from '@/modules/rewards/budget-actions';
import type { BudgetField } from '@/modules/rewards/budgets';

const idOf = (field: BudgetField) => `budget-${field}`;

interface BudgetFormProps {
  departments: { id: string; name: string }[];
  year: number;
}

/** Sets one department's reward budget for a year; a refused form keeps what was typed. */
export function BudgetForm({ departments, year }: BudgetFormProps) {
  const t = useTranslations('reports.budgets.form');
  const [state, save, saving] = useActionState(setRewardBudgetAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const shown = (field: BudgetField, fallback: string) => (state.ok ? fallback : (state.values?.[field] ?? fallback));
  return (
    <form action={save} noValidate aria-labelledby="budget-form-heading" className="mt-8 grid max-w-prose gap-4">
      <h2 id="budget-form-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <ErrorSummary
        state={state}
        fields={{
          departmentId: { id: idOf('departmentId'), label: t('department') },
          year: { id: idOf('year'), label: t('year') },
          amountEuros: { id: idOf('amountEuros'), label: t('amount') },
        }}
      />
      <Field id={idOf('departmentId')} label={t('department')} error={fieldError('departmentId')}>
        {(control) => (
          <select
            {...control}
            key={`department-${state.values?.departmentId ?? ''}`}
            name="departmentId"
            defaultValue={shown('departmentId', '')}
            className={controlClass(control['aria-invalid'])}
          >
            <option value="">{t('chooseDepartment')}</option>
            {departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={idOf('year')} label={t('year')} error={fieldError('year')}>
        {(control) => (
          <input
            {...control}
            key={`year-${state.values?.year ?? year}`}
            name="year"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={shown('year', String(year))}
            className={`${controlClass(control['aria-invalid'])} sm:w-28`}
          />
        )}
      </Field>
      <Field id={idOf('amountEuros')} label={t('amount')} hint={t('amountHint')} error={fieldError('amountEuros')}>
        {(control) => (
          <input
            {...control}
            key={`amount-${state.values?.amountEuros ?? ''}`}
            name="amountEuros"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={shown('amountEuros', '')}
            className={`${controlClass(control['aria-invalid'])} sm:w-48`}
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
