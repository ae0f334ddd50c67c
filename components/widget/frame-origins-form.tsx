'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { controlClass, ErrorSummary, Field } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { setFrameOriginsAction } from '@/modules/intranet/actions';

/** The intranet sites that may frame the widget, one origin a line. */
export function FrameOriginsForm({ origins }: { origins: string[] }) {
  const t = useTranslations('widget');
  const [state, save, saving] = useActionState(setFrameOriginsAction, { ok: false } as FormState);
  const { text, fieldError } = useFormMessages(state);
  return (
    <form action={save} noValidate className="mt-4 grid max-w-prose gap-3">
      <ErrorSummary state={state} fields={{ origins: { id: 'origins', label: t('admin.originsLabel') } }} />
      <Field id="origins" label={t('admin.originsLabel')} hint={t('admin.originsHint')} error={fieldError('origins')}>
        {(control) => (
          <textarea
            {...control}
            key={state.values?.origins ?? origins.join('\n')}
            name="origins"
            rows={5}
            spellCheck={false}
            autoCapitalize="none"
            defaultValue={state.values?.origins ?? origins.join('\n')}
            className={`${controlClass(control['aria-invalid'], true)} font-mono text-sm`}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('admin.save')}
        </button>
        <p aria-live="polite" className="text-emerald-900">
          {state.ok && state.message ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}
