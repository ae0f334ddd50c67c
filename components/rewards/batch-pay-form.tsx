'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { markBatchPaidAction } from '@/modules/rewards/payroll-actions';

/** Marks the batch paid on the day payroll paid it; the recipients are told. */
export function BatchPayForm({ batchId, today }: { batchId: number; today: string }) {
  const t = useTranslations('rewards.payroll.pay');
  const [state, pay, paying] = useActionState(markBatchPaidAction, { ok: false } as FormState);
  const { fieldError } = useFormMessages(state);
  return (
    <form action={pay} noValidate aria-labelledby="batch-pay-heading" className="grid max-w-prose gap-4">
      <h2 id="batch-pay-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <ErrorSummary state={state} fields={{ paymentDate: { id: 'batch-payment-date', label: t('paymentDate') } }} />
      <input type="hidden" name="batchId" value={batchId} />
      <Field
        id="batch-payment-date"
        label={t('paymentDate')}
        hint={t('paymentDateHint')}
        error={fieldError('paymentDate')}
      >
        {(control) => (
          <input
            {...control}
            key={state.values?.paymentDate ?? today}
            name="paymentDate"
            type="date"
            defaultValue={state.values?.paymentDate ?? today}
            className={`${controlClass(control['aria-invalid'])} sm:w-56`}
          />
        )}
      </Field>
      <div>
        <button type="submit" disabled={paying} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
