'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { setNumberSettingsAction } from '@/modules/settings/actions';
import type { NumberSettingField, NumberSettingForm } from '@/modules/settings/number-settings';

/**
 * One group of number settings (`numberSettingForms`): the accelerator's vote threshold and
 * evaluation days, or how long a moderation item waits before the moderators are reminded.
 */
export function NumberSettingsForm({
  form,
  fields,
  values,
}: {
  form: NumberSettingForm;
  fields: readonly NumberSettingField[];
  values: Record<NumberSettingField, number>;
}) {
  const t = useTranslations(`settings.${form}`);
  const headingId = `${form}-settings-heading`;
  const [state, save, saving] = useActionState(setNumberSettingsAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  return (
    <form action={save} noValidate aria-labelledby={headingId} className="mt-4 grid max-w-prose gap-4">
      <h3 id={headingId} className="text-lg font-bold">
        {t('heading')}
      </h3>
      <ErrorSummary
        state={state}
        fields={Object.fromEntries(
          fields.map((field) => [field, { id: `setting-${field}`, label: t(`${field}.label`) }]),
        )}
      />
      {fields.map((field) => (
        <Field
          key={field}
          id={`setting-${field}`}
          label={t(`${field}.label`)}
          hint={t(`${field}.hint`)}
          error={fieldError(field)}
        >
          {(control) => (
            <input
              {...control}
              name={field}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={state.values?.[field] ?? String(values[field])}
              className={`${controlClass(control['aria-invalid'])} sm:w-32`}
            />
          )}
        </Field>
      ))}
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
