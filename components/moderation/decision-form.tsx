'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { decideOnIdeaAction } from '@/modules/moderation/actions';
import { useFormMessages } from '@/components/use-form-messages';

type Decision = 'publish' | 'request-changes' | 'reject' | 'approve' | 'hide';

/** The choices for one idea (all but publishing and approving need a reason, which the author reads). */
export function DecisionForm({ ideaId, decisions = ['publish', 'request-changes', 'reject'] }: { ideaId: number; decisions?: readonly Decision[] }) {
  const t = useTranslations('moderation');
  const id = useId();
  const [state, decide, deciding] = useActionState(decideOnIdeaAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const reasonError = fieldError('reason');

  if (state.ok) {
    return (
      <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-emerald-900">
        {text(state.message ?? '')}
      </p>
    );
  }
  return (
    <form action={decide} className="mt-3 grid gap-2" noValidate>
      <input type="hidden" name="ideaId" value={ideaId} />
      <fieldset>
        <legend className="font-semibold">{t('decision')}</legend>
        <div className="flex flex-wrap gap-x-5">
          {decisions.map((decision) => (
            <label key={decision} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="decision" value={decision} defaultChecked={(state.values?.decision ?? decisions[0]) === decision} className="size-5" />
              {t(`decisions.${decision}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${id}-reason`} className="font-semibold">
        {t('reason')}
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        rows={3}
        defaultValue={state.values?.reason ?? ''}
        aria-invalid={Boolean(reasonError)}
        aria-describedby={`${id}-hint${reasonError ? ` ${id}-error` : ''}`}
        className="block w-full rounded border border-line bg-white p-3"
      />
      <p id={`${id}-hint`} className="text-sm text-muted">{t('reasonHint')}</p>
      {reasonError && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {reasonError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={deciding} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('confirm')}
        </button>
        <p aria-live="polite" className="text-sm text-red-800">
          {!state.ok && state.message && !reasonError ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
