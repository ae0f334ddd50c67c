'use client';

import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { RewardStatus } from '@/modules/platform/db/generated/enums';
import {
  decideCaseAction,
  editSharesAction,
  endorseCaseAction,
  rejectCaseAction,
} from '@/modules/rewards/case-actions';
import type { CaseFormState } from '@/modules/rewards/decisions';

interface CaseReference {
  caseId: number;
  status: RewardStatus;
}

const initial: CaseFormState = { ok: false };
const button = 'min-h-11 rounded bg-brand px-4 font-semibold text-white';
const section = 'grid max-w-prose gap-4 border-t border-line pt-6';

/** The hidden fields every step sends: which case, and the status the person saw. */
function Reference({ caseId, status }: CaseReference) {
  return (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="status" value={status} />
    </>
  );
}

/** After a lost race: where the case is now (the page shows it after a reload, too). */
function Outcome({ state }: { state: CaseFormState }) {
  const t = useTranslations('rewards.cases');
  const { text } = useFormMessages(state);
  if (state.ok && state.message)
    return (
      <p role="status" className="font-semibold">
        {text(state.message)}
      </p>
    );
  if (state.currentStatus)
    return <p className="font-semibold">{t('nowIn', { status: t(`statuses.${state.currentStatus}`) })}</p>;
  return null;
}

function Heading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-xl font-bold">
      {children}
    </h2>
  );
}

export function EndorseForm(reference: CaseReference) {
  const t = useTranslations('rewards.cases.endorse');
  const [state, endorse, pending] = useActionState(endorseCaseAction, initial);
  return (
    <form action={endorse} noValidate aria-labelledby="case-endorse-heading" className={section}>
      <Heading id="case-endorse-heading">{t('heading')}</Heading>
      <ErrorSummary state={state} fields={{}} />
      <Outcome state={state} />
      <Reference {...reference} />
      <p>{t('hint')}</p>
      <div>
        <button type="submit" disabled={pending} className={button}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}

export function DecideForm({
  computed,
  amount,
  today,
  ...reference
}: CaseReference & { computed: string; amount: string; today: string }) {
  const t = useTranslations('rewards.cases.decide');
  const [state, decide, pending] = useActionState(decideCaseAction, initial);
  const { fieldError } = useFormMessages(state);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const fields = {
    decisionNumber: { id: 'case-decision-number', label: t('decisionNumber') },
    decisionDate: { id: 'case-decision-date', label: t('decisionDate') },
    amount: { id: 'case-amount', label: t('amount') },
    reason: { id: 'case-reason', label: t('reason') },
  };
  return (
    <form action={decide} noValidate aria-labelledby="case-decide-heading" className={section}>
      <Heading id="case-decide-heading">{t('heading')}</Heading>
      <ErrorSummary state={state} fields={fields} />
      <Outcome state={state} />
      <Reference {...reference} />
      <Field id={fields.decisionNumber.id} label={t('decisionNumber')} error={fieldError('decisionNumber')}>
        {(control) => (
          <input
            {...control}
            key={state.values?.decisionNumber}
            name="decisionNumber"
            defaultValue={value('decisionNumber', '')}
            className={`${controlClass(control['aria-invalid'])} sm:w-72`}
          />
        )}
      </Field>
      <Field id={fields.decisionDate.id} label={t('decisionDate')} error={fieldError('decisionDate')}>
        {(control) => (
          <input
            {...control}
            key={state.values?.decisionDate}
            name="decisionDate"
            type="date"
            defaultValue={value('decisionDate', today)}
            className={`${controlClass(control['aria-invalid'])} sm:w-56`}
          />
        )}
      </Field>
      <Field
        id={fields.amount.id}
        label={t('amount')}
        hint={t('amountHint', { computed })}
        error={fieldError('amount')}
      >
        {(control) => (
          <input
            {...control}
            key={state.values?.amount}
            name="amount"
            inputMode="decimal"
            defaultValue={value('amount', amount)}
            className={`${controlClass(control['aria-invalid'])} sm:w-56`}
          />
        )}
      </Field>
      <Field id={fields.reason.id} label={t('reason')} hint={t('reasonHint')} error={fieldError('reason')}>
        {(control) => (
          <textarea
            {...control}
            key={state.values?.reason}
            name="reason"
            rows={3}
            defaultValue={value('reason', '')}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>
      <div>
        <button type="submit" disabled={pending} className={button}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}

export function RejectForm(reference: CaseReference) {
  const t = useTranslations('rewards.cases.reject');
  const [state, reject, pending] = useActionState(rejectCaseAction, initial);
  const { fieldError } = useFormMessages(state);
  return (
    <form action={reject} noValidate aria-labelledby="case-reject-heading" className={section}>
      <Heading id="case-reject-heading">{t('heading')}</Heading>
      <ErrorSummary state={state} fields={{ reason: { id: 'case-reject-reason', label: t('reason') } }} />
      <Outcome state={state} />
      <Reference {...reference} />
      <Field id="case-reject-reason" label={t('reason')} hint={t('hint')} error={fieldError('reason')}>
        {(control) => (
          <textarea
            {...control}
            key={state.values?.reason}
            name="reason"
            rows={3}
            defaultValue={state.values?.reason ?? ''}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded border-2 border-red-700 px-4 font-semibold text-red-800"
        >
          {t('submit')}
        </button>
      </div>
    </form>
  );
}

export interface ShareRow {
  userId: string;
  name: string;
  percent: string;
}

export function SharesForm({ shares, ...reference }: CaseReference & { shares: ShareRow[] }) {
  const t = useTranslations('rewards.cases.shares');
  const [state, save, pending] = useActionState(editSharesAction, initial);
  const { fieldError } = useFormMessages(state);
  const fieldOf = (userId: string) => `share-${userId}`;
  const fields = Object.fromEntries(
    shares.map((share) => [
      fieldOf(share.userId),
      { id: `case-${fieldOf(share.userId)}`, label: t('percent', { name: share.name }) },
    ]),
  );
  return (
    <form action={save} noValidate aria-labelledby="case-shares-heading" className={section}>
      <Heading id="case-shares-heading">{t('heading')}</Heading>
      <ErrorSummary state={state} fields={fields} />
      <Outcome state={state} />
      <Reference {...reference} />
      <p>{t('hint')}</p>
      {shares.map((share) => {
        const name = fieldOf(share.userId);
        return (
          <div key={share.userId}>
            <input type="hidden" name="userIds" value={share.userId} />
            <Field id={fields[name]!.id} label={fields[name]!.label} error={fieldError(name)}>
              {(control) => (
                <input
                  {...control}
                  key={state.values?.[name]}
                  name={name}
                  inputMode="decimal"
                  defaultValue={state.values?.[name] ?? share.percent}
                  className={`${controlClass(control['aria-invalid'])} sm:w-40`}
                />
              )}
            </Field>
          </div>
        );
      })}
      <div>
        <button type="submit" disabled={pending} className={button}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
