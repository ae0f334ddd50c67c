'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { mergeIdeaAction } from '@/modules/moderation/actions';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';

/** Merge this idea into another by its number; votes and followers move there. */
export function MergeForm({ ideaId }: { ideaId: number }) {
  const t = useTranslations('moderation.merge');
  const id = useId();
  const [state, merge, merging] = useActionState(mergeIdeaAction, { ok: false } as FormState);
  const { fieldError } = useFormMessages(state);
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-brand underline underline-offset-4">{t('open')}</summary>
      <form action={merge} className="mt-1 grid gap-2" noValidate>
        <ErrorSummary
          state={state}
          fields={{
            targetId: { id: `${id}-target`, label: t('target') },
            reason: { id: `${id}-reason`, label: t('reason') },
          }}
        />
        <input type="hidden" name="ideaId" value={ideaId} />
        <Field id={`${id}-target`} label={t('target')} error={fieldError('targetId')}>
          {(control) => (
            <input
              {...control}
              name="targetId"
              inputMode="numeric"
              defaultValue={state.values?.targetId ?? ''}
              className={controlClass(control['aria-invalid'])}
            />
          )}
        </Field>
        <Field id={`${id}-reason`} label={t('reason')} error={fieldError('reason')}>
          {(control) => (
            <textarea
              {...control}
              name="reason"
              rows={2}
              defaultValue={state.values?.reason ?? ''}
              className={controlClass(control['aria-invalid'], true)}
            />
          )}
        </Field>
        <button
          type="submit"
          disabled={merging}
          className="min-h-11 justify-self-start rounded bg-brand px-3 font-semibold text-white"
        >
          {t('confirm')}
        </button>
      </form>
    </details>
  );
}
