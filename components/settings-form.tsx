'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, FieldError, FieldFrame } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { setModerationModeAction } from '@/modules/settings/actions';

/** Pre- or post-moderation for the whole organisation. */
export function SettingsForm({ mode }: { mode: 'pre' | 'post' }) {
  const t = useTranslations('settings');
  const [state, save, saving] = useActionState(setModerationModeAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  const modeError = fieldError('mode');
  return (
    <form action={save} noValidate className="mt-4 grid max-w-prose gap-3">
      <ErrorSummary state={state} fields={{ mode: { id: 'mode-pre', label: t('moderationMode') } }} />
      <fieldset aria-describedby={modeError ? 'mode-error' : undefined}>
        <legend className="text-lg font-bold">{t('moderationMode')}</legend>
        <FieldFrame invalid={Boolean(modeError)}>
          <FieldError id="mode-error" error={modeError} />
          {(['pre', 'post'] as const).map((value) => (
            <div key={value} className="mt-2">
              <label className="inline-flex min-h-11 items-center gap-3 font-semibold">
                <input
                  id={`mode-${value}`}
                  type="radio"
                  name="mode"
                  value={value}
                  defaultChecked={mode === value}
                  aria-describedby={`mode-${value}-help`}
                  className="size-5 shrink-0"
                />
                {t(`modes.${value}.label`)}
              </label>
              <p id={`mode-${value}-help`} className="ml-8 text-sm text-muted">
                {t(`modes.${value}.help`)}
              </p>
            </div>
          ))}
        </FieldFrame>
      </fieldset>
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
