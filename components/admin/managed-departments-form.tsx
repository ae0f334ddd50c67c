'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, FieldError, FieldFrame } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { setManagedDepartmentsAction } from '@/modules/users/admin-actions';

interface ManagedDepartmentsFormProps {
  userId: string;
  /** Every department that may be ticked: those in use and any the person already manages. */
  departments: { id: string; name: string }[];
  managedIds: string[];
}

/** A manager's departments besides their own, as one group of checkboxes saved together. */
export function ManagedDepartmentsForm({ userId, departments, managedIds }: ManagedDepartmentsFormProps) {
  const t = useTranslations('admin');
  const [state, save, saving] = useActionState(setManagedDepartmentsAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const error = fieldError('departmentIds');
  const prefix = `managed-${userId}`;
  const ticked = state.values?.departmentIds?.split(' ') ?? managedIds;
  const firstId = departments[0] ? `${prefix}-${departments[0].id}` : `${prefix}-heading`;

  return (
    <form action={save} noValidate aria-describedby={`${prefix}-saved`} className="grid gap-2">
      <ErrorSummary state={state} fields={{ departmentIds: { id: firstId, label: t('managedHeading') } }} />
      <input type="hidden" name="userId" value={userId} />
      <fieldset aria-describedby={clsx(`${prefix}-hint`, error && `${prefix}-error`)}>
        <legend id={`${prefix}-heading`} className="text-lg font-bold">
          {t('managedHeading')}
        </legend>
        <FieldFrame invalid={Boolean(error)}>
          <p id={`${prefix}-hint`} className="text-sm text-muted">
            {t('managedHint')}
          </p>
          <FieldError id={`${prefix}-error`} error={error} />
          {departments.length === 0 && <p className="mt-1">{t('noOtherDepartments')}</p>}
          {departments.map((department) => (
            <label key={department.id} className="flex min-h-11 items-center gap-2">
              <input
                id={`${prefix}-${department.id}`}
                type="checkbox"
                name="departmentIds"
                value={department.id}
                defaultChecked={ticked.includes(department.id)}
                className="h-5 w-5 shrink-0"
              />
              {department.name}
            </label>
          ))}
        </FieldFrame>
      </fieldset>
      <div>
        <button
          type="submit"
          disabled={saving}
          className="min-h-11 rounded border border-brand px-3 font-semibold text-brand"
        >
          {t('saveManaged')}
        </button>
      </div>
      <p id={`${prefix}-saved`} aria-live="polite" className="min-h-6 text-sm text-emerald-800">
        {state.ok && state.message ? text(state.message) : ''}
      </p>
    </form>
  );
}
