'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState, type ReactNode } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { resolveFlagsAction } from '@/modules/moderation/actions';
import { useFormMessages } from '@/components/use-form-messages';
import { ChoiceFieldset } from './choice-fieldset';
import { ReasonField } from './reason-field';

const resolutions = ['keep', 'hide', 'redact'] as const;

interface ResolveFormProps {
  target: 'idea' | 'comment';
  targetId: number;
  /** The idea's description or the comment's text. */
  content: string;
  /** An idea's title and benefit note, redacted alongside its description when given. */
  title?: string;
  benefitNote?: string | null;
  /** The reporters' reasons and notes (never who they are), shown beside the choices. */
  reports?: ReactNode;
}

/**
 * Keep (flags dismissed, shown again), hide with a reason the author reads, or edit personal data
 * out. Nothing is preselected: a form sent without a choice is refused at the choice.
 */
export function ResolveForm({ target, targetId, content, title, benefitNote, reports }: ResolveFormProps) {
  const t = useTranslations('moderation.flags');
  const id = useId();
  const [state, resolve, resolving] = useActionState(resolveFlagsAction, { ok: false } as FormState);
  const [resolution, setResolution] = useState(state.values?.resolution ?? '');
  const { text, fieldError } = useFormMessages(state);
  const reasonError = fieldError('reason');
  const choiceError = fieldError('resolution');
  if (state.ok)
    return (
      <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-emerald-900">
        {text(state.message ?? '')}
      </p>
    );
  return (
    <form action={resolve} className="mt-3 grid gap-2" noValidate>
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="targetId" value={targetId} />
      <ChoiceFieldset
        id={id}
        name="resolution"
        legend={t('resolution')}
        choices={resolutions.map((value) => ({ value, label: t(`resolutions.${value}`) }))}
        defaultValue={state.values?.resolution}
        error={choiceError}
        onChange={setResolution}
        context={reports}
      />
      {resolution === 'redact' && (
        <>
          {title !== undefined && (
            <RedactedField
              id={`${id}-title`}
              name="redactedTitle"
              label={t('redactedTitle')}
              defaultValue={state.values?.redactedTitle ?? title}
              error={fieldError('redactedTitle')}
            />
          )}
          <label htmlFor={`${id}-text`} className="font-semibold">
            {t('redactedText')}
          </label>
          <textarea
            id={`${id}-text`}
            name="redactedText"
            rows={5}
            defaultValue={state.values?.redactedText ?? content}
            aria-invalid={Boolean(fieldError('redactedText'))}
            aria-describedby={`${id}-text-hint${fieldError('redactedText') ? ` ${id}-text-error` : ''}`}
            className="rounded border border-line p-2"
          />
          <p id={`${id}-text-hint`} className="text-sm text-muted">
            {t('redactedTextHint')}
          </p>
          {fieldError('redactedText') && (
            <p id={`${id}-text-error`} className="text-sm text-red-800">
              {fieldError('redactedText')}
            </p>
          )}
          {benefitNote && (
            <RedactedField
              id={`${id}-benefit`}
              name="redactedBenefitNote"
              label={t('redactedBenefitNote')}
              defaultValue={state.values?.redactedBenefitNote ?? benefitNote}
              error={fieldError('redactedBenefitNote')}
              multiline
            />
          )}
        </>
      )}
      <ReasonField id={id} label={t('reason')} error={reasonError} defaultValue={state.values?.reason ?? ''} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={resolving} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('confirm')}
        </button>
        <p aria-live="polite" className="text-sm text-red-800">
          {!state.ok && state.message && !reasonError && !choiceError ? text(state.message) : ''}
        </p>
      </div>
    </form>
  );
}

interface RedactedFieldProps {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  error: string | undefined;
  multiline?: boolean;
}

function RedactedField({ id, name, label, defaultValue, error, multiline = false }: RedactedFieldProps) {
  const common = {
    id,
    name,
    defaultValue,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? `${id}-error` : undefined,
    className: 'rounded border border-line p-2',
  };
  return (
    <>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </>
  );
}
