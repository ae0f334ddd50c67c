'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState, type ReactNode } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { resolveFlagsAction } from '@/modules/moderation/actions';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import { ChoiceFieldset } from './choice-fieldset';
import { DecidedStatus } from './decided-status';
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
  if (state.ok) return <DecidedStatus>{text(state.message ?? '')}</DecidedStatus>;
  return (
    <form action={resolve} className="mt-3 grid gap-2" noValidate>
      <ErrorSummary
        state={state}
        fields={{
          resolution: { id: `${id}-choice`, label: t('resolution') },
          redactedTitle: { id: `${id}-title`, label: t('redactedTitle') },
          redactedText: { id: `${id}-text`, label: t('redactedText') },
          redactedBenefitNote: { id: `${id}-benefit`, label: t('redactedBenefitNote') },
          reason: { id: `${id}-reason`, label: t('reason') },
        }}
      />
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
            <Field id={`${id}-title`} label={t('redactedTitle')} error={fieldError('redactedTitle')}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  name="redactedTitle"
                  defaultValue={state.values?.redactedTitle ?? title}
                  className={controlClass(control['aria-invalid'])}
                />
              )}
            </Field>
          )}
          <Field
            id={`${id}-text`}
            label={t('redactedText')}
            hint={t('redactedTextHint')}
            error={fieldError('redactedText')}
          >
            {(control) => (
              <textarea
                {...control}
                name="redactedText"
                rows={5}
                defaultValue={state.values?.redactedText ?? content}
                className={controlClass(control['aria-invalid'], true)}
              />
            )}
          </Field>
          {benefitNote && (
            <Field id={`${id}-benefit`} label={t('redactedBenefitNote')} error={fieldError('redactedBenefitNote')}>
              {(control) => (
                <textarea
                  {...control}
                  name="redactedBenefitNote"
                  rows={2}
                  defaultValue={state.values?.redactedBenefitNote ?? benefitNote}
                  className={controlClass(control['aria-invalid'], true)}
                />
              )}
            </Field>
          )}
        </>
      )}
      <ReasonField id={id} label={t('reason')} error={reasonError} defaultValue={state.values?.reason ?? ''} />
      <button
        type="submit"
        disabled={resolving}
        className="min-h-11 justify-self-start rounded bg-brand px-4 font-semibold text-white"
      >
        {t('confirm')}
      </button>
    </form>
  );
}
