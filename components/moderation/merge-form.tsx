'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { mergeIdeaAction } from '@/modules/moderation/actions';
import { useFormMessages } from '@/components/use-form-messages';

/** Merge this idea into another by its number; votes and followers move there. */
export function MergeForm({ ideaId }: { ideaId: number }) {
  const t = useTranslations('moderation.merge');
  const id = useId();
  const [state, merge, merging] = useActionState(mergeIdeaAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const targetError = fieldError('targetId');
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-brand underline underline-offset-4">{t('open')}</summary>
      <form action={merge} className="mt-1 grid gap-2" noValidate>
        <input type="hidden" name="ideaId" value={ideaId} />
        <label htmlFor={`${id}-target`} className="font-semibold">
          {t('target')}
        </label>
        <input
          id={`${id}-target`}
          name="targetId"
          inputMode="numeric"
          defaultValue={state.values?.targetId ?? ''}
          aria-invalid={Boolean(targetError)}
          aria-describedby={targetError ? `${id}-error` : undefined}
          className="min-h-11 rounded border border-line px-2"
        />
        {targetError && (
          <p id={`${id}-error`} className="text-red-800">
            {targetError}
          </p>
        )}
        <label htmlFor={`${id}-reason`} className="font-semibold">
          {t('reason')}
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          defaultValue={state.values?.reason ?? ''}
          className="rounded border border-line p-2"
        />
        <button type="submit" disabled={merging} className="min-h-11 rounded bg-brand px-3 font-semibold text-white">
          {t('confirm')}
        </button>
        <p aria-live="polite" className="text-red-800">
          {!state.ok && state.message && !targetError ? text(state.message) : ''}
        </p>
      </form>
    </details>
  );
}
