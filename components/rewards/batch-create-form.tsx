'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, FieldError, FieldFrame, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import { Link } from '@/modules/i18n/navigation';
import type { PayrollBatchState } from '@/modules/rewards/payroll';
import { createPayrollBatchAction } from '@/modules/rewards/payroll-actions';

/** A ready case as the form shows it, its texts already in the reader's language. */
export interface ReadyCaseItem {
  id: number;
  /** A recipient has no employee number: left unticked, with the reason beside it. */
  blocked: boolean;
  title: string;
  decision: string;
  amount: string;
  recipients: { name: string; amount: string; missingNumber: boolean }[];
}

interface BatchCreateFormProps {
  cases: ReadyCaseItem[];
  months: { value: string; label: string }[];
  defaultMonth: string;
}

/** Chooses the ready cases (all that can be paid, by default) and the payment month, and makes the batch. */
export function BatchCreateForm({ cases, months, defaultMonth }: BatchCreateFormProps) {
  const t = useTranslations('rewards.payroll');
  const [state, create, creating] = useActionState(createPayrollBatchAction, { ok: false } as PayrollBatchState);
  const { fieldError } = useFormMessages(state);
  const chosen = state.values?.caseIds?.split(',');
  return (
    <form action={create} noValidate aria-labelledby="batch-create-heading" className="mt-4 grid gap-4">
      <h3 id="batch-create-heading" className="text-lg font-bold">
        {t('create.heading')}
      </h3>
      <ErrorSummary
        state={state}
        fields={{
          caseIds: { id: `batch-case-${cases[0]?.id ?? 0}`, label: t('ready.heading') },
          paymentMonth: { id: 'batch-payment-month', label: t('create.paymentMonth') },
        }}
      />
      {state.missing && state.missing.length > 0 && (
        <div className="rounded border-l-4 border-red-700 bg-red-50 p-3">
          <h4 className="font-semibold">{t('create.missingHeading')}</h4>
          <ul className="mt-1 grid gap-1">
            {state.missing.map((person) => (
              <li key={person.userId}>
                <Link href={person.adminHref} className="text-brand underline">
                  {person.name}
                </Link>
                {` · ${person.departmentName ?? t('missing.noDepartment')}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset>
        <legend className="font-semibold">{t('ready.include')}</legend>
        <FieldFrame invalid={Boolean(fieldError('caseIds'))}>
          <FieldError id="batch-cases-error" error={fieldError('caseIds')} />
          <ul className="mt-2 grid gap-2">
            {cases.map((item) => (
              <li key={item.id} className="flex gap-3 rounded border border-line p-3 break-words">
                <input
                  id={`batch-case-${item.id}`}
                  type="checkbox"
                  name="caseIds"
                  value={item.id}
                  defaultChecked={chosen ? chosen.includes(String(item.id)) : !item.blocked}
                  aria-describedby={[
                    item.blocked && `batch-case-${item.id}-blocked`,
                    `batch-case-${item.id}-details`,
                    fieldError('caseIds') && 'batch-cases-error',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  className="mt-1 size-5 shrink-0"
                />
                <div>
                  <label htmlFor={`batch-case-${item.id}`} className="font-semibold">
                    {item.title}
                  </label>
                  {item.blocked && (
                    <p id={`batch-case-${item.id}-blocked`} className="font-semibold text-red-800">
                      {t('ready.blocked')}
                    </p>
                  )}
                  <div id={`batch-case-${item.id}-details`}>
                    <p className="text-sm text-muted">{item.decision}</p>
                    <p className="font-semibold tabular-nums">{item.amount}</p>
                    <ul className="mt-1 text-sm">
                      {item.recipients.map((recipient, index) => (
                        <li key={index}>
                          {recipient.name}: <span className="tabular-nums">{recipient.amount}</span>
                          {recipient.missingNumber && (
                            <span className="font-semibold text-red-800"> · {t('ready.noEmployeeNumber')}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </FieldFrame>
      </fieldset>
      <Field
        id="batch-payment-month"
        label={t('create.paymentMonth')}
        hint={t('create.paymentMonthHint')}
        error={fieldError('paymentMonth')}
      >
        {(control) => (
          <select
            {...control}
            key={state.values?.paymentMonth ?? defaultMonth}
            name="paymentMonth"
            defaultValue={state.values?.paymentMonth || defaultMonth}
            className={`${controlClass(control['aria-invalid'])} sm:w-64`}
          >
            {months.map((month) => (
              <option key={month.value} value={month.value}>
                {month.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <button type="submit" disabled={creating} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('create.submit')}
        </button>
      </div>
    </form>
  );
}
