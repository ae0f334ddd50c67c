'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { changeEmployeeDataAction } from '@/modules/users/admin-actions';

interface EmployeeDataFormProps {
  userId: string;
  employeeNumber: string | null;
  costCentre: string | null;
}

/** Payroll's employee number and cost centre, saved together; a refused form keeps what was typed. */
export function EmployeeDataForm({ userId, employeeNumber, costCentre }: EmployeeDataFormProps) {
  const t = useTranslations('admin.employeeData');
  const [state, save, saving] = useActionState(changeEmployeeDataAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const prefix = `employee-data-${userId}`;
  const ids = { employeeNumber: `${prefix}-number`, costCentre: `${prefix}-cost-centre` };

  return (
    <form action={save} noValidate aria-describedby={`${prefix}-saved`} className="grid gap-3">
      <ErrorSummary
        state={state}
        fields={{
          employeeNumber: { id: ids.employeeNumber, label: t('employeeNumber') },
          costCentre: { id: ids.costCentre, label: t('costCentre') },
        }}
      />
      <h2 className="text-lg font-bold">{t('heading')}</h2>
      <input type="hidden" name="userId" value={userId} />
      <Field
        id={ids.employeeNumber}
        label={t('employeeNumber')}
        hint={t('employeeNumberHint')}
        error={fieldError('employeeNumber')}
      >
        {(control) => (
          <input
            {...control}
            name="employeeNumber"
            autoComplete="off"
            defaultValue={state.values?.employeeNumber ?? employeeNumber ?? ''}
            className={controlClass(control['aria-invalid'])}
          />
        )}
      </Field>
      <Field id={ids.costCentre} label={t('costCentre')} error={fieldError('costCentre')}>
        {(control) => (
          <input
            {...control}
            name="costCentre"
            autoComplete="off"
            defaultValue={state.values?.costCentre ?? costCentre ?? ''}
            className={controlClass(control['aria-invalid'])}
          />
        )}
      </Field>
      <div>
        <button
          type="submit"
          disabled={saving}
          className="min-h-11 rounded border border-brand px-3 font-semibold text-brand"
        >
          {t('save')}
        </button>
      </div>
      <p id={`${prefix}-saved`} aria-live="polite" className="min-h-6 text-sm text-emerald-800">
        {state.ok && state.message ? text(state.message) : ''}
      </p>
    </form>
  );
}
