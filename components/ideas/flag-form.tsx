'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { flagContentAction } from '@/modules/moderation/actions';
import { useFormMessages } from '@/components/use-form-messages';

const reasons = ['SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'DUPLICATE', 'OTHER'] as const;

/** "Report": a reason, an optional note, and for duplicates the original idea's number. */
export function FlagForm({ target, targetId }: { target: 'idea' | 'comment'; targetId: number }) {
  const t = useTranslations('ideas.flag');
  const id = useId();
  const [state, send, sending] = useActionState(flagContentAction, { ok: false } as FormState);
  const [reason, setReason] = useState<string>(state.values?.reason ?? '');
  const { text, fieldError: error } = useFormMessages(state);

  if (state.ok || state.message === 'moderation.flags.already') {
    return (
      <p role="status" className="text-sm text-emerald-900">
        {text(state.message ?? '')}
      </p>
    );
  }
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-muted underline underline-offset-4">
        {t(target === 'idea' ? 'reportIdea' : 'reportComment')}
      </summary>
      <form action={send} className="mt-1 grid gap-2 rounded border border-line bg-white p-3" noValidate>
        <input type="hidden" name="target" value={target} />
        <input type="hidden" name="targetId" value={targetId} />
        <label htmlFor={`${id}-reason`} className="font-semibold">
          {t('reason')}
        </label>
        <select
          id={`${id}-reason`}
          name="reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={Boolean(error('reason'))}
          aria-describedby={error('reason') ? `${id}-reason-error` : undefined}
          className="min-h-11 rounded border border-line bg-white px-2"
        >
          <option value="">{t('chooseReason')}</option>
          {reasons.map((value) => (
            <option key={value} value={value}>
              {t(`reasons.${value}`)}
            </option>
          ))}
        </select>
        {error('reason') && (
          <p id={`${id}-reason-error`} className="text-red-800">
            {error('reason')}
          </p>
        )}
        {reason === 'DUPLICATE' && (
          <>
            <label htmlFor={`${id}-original`} className="font-semibold">
              {t('original')}
            </label>
            <input
              id={`${id}-original`}
              name="duplicateOfId"
              inputMode="numeric"
              defaultValue={state.values?.duplicateOfId ?? ''}
              aria-invalid={Boolean(error('duplicateOfId'))}
              aria-describedby={error('duplicateOfId') ? `${id}-original-error` : undefined}
              className="min-h-11 rounded border border-line px-2"
            />
            {error('duplicateOfId') && (
              <p id={`${id}-original-error`} className="text-red-800">
                {error('duplicateOfId')}
              </p>
            )}
          </>
        )}
        <label htmlFor={`${id}-note`} className="font-semibold">
          {t('note')}
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          defaultValue={state.values?.note ?? ''}
          className="rounded border border-line p-2"
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={sending} className="min-h-11 rounded bg-brand px-3 font-semibold text-white">
            {t('send')}
          </button>
          <p aria-live="polite" className="text-red-800">
            {!state.ok && state.message && state.message !== 'errors.invalid' ? text(state.message) : ''}
          </p>
        </div>
      </form>
    </details>
  );
}
