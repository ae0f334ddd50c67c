'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { setPayCodeAction } from '@/modules/rewards/payroll-actions';

/** The pay code payroll books idea rewards under (default 202, the Incomes Register's "Aloitepalkkio"). */
export function BatchPayCodeForm({ payCode }: { payCode: string }) {
  const t = useTranslations('rewards.payroll.payCode');
  const [state, save, saving] = useActionState(setPayCodeAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  return (
    <form action={save} noValidate aria-labelledby="pay-code-heading" className="grid max-w-prose gap-4">
      <h2 id="pay-code-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <ErrorSummary state={state} fields={{ payCode: { id: 'pay-code', label: t('label') } }} />
      <Field id="pay-code" label={t('label')} hint={t('hint')} error={fieldError('payCode')}>
        {(control) => (
          <input
            {...control}
            key={state.values?.payCode ?? payCode}
            name="payCode"
            type="text"
            autoComplete="off"
            defaultValue={state.values?.payCode ?? payCode}
            className={`${controlClass(control['aria-invalid'])} sm:w-40`}
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
