'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { flagContentAction } from '@/modules/moderation/actions';
import { Field, FieldError, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';

const reasons = ['SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'DUPLICATE', 'OTHER'] as const;

interface FlagFormProps {
  target: 'idea' | 'comment';
  targetId: number;
  /** Opened from a menu: shown at once with its own cancel button (else folded behind its title). */
  onCancel?: () => void;
}

/** "Report": a reason, an optional note, and for duplicates the original idea's number. */
export function FlagForm({ target, targetId, onCancel }: FlagFormProps) {
  const t = useTranslations('ideas.flag');
  const id = useId();
  const [state, send, sending] = useActionState(flagContentAction, { ok: false } as FormState);
  const [reason, setReason] = useState<string>(state.values?.reason ?? '');
  const { text, fieldError: error } = useFormMessages(state);
  const reasonField = useRef<HTMLSelectElement>(null);
  const originalField = useRef<HTMLInputElement>(null);
  // Opened from a comment's menu: the person asked for this form, so it takes the focus.
  const openedFromMenu = onCancel !== undefined;
  useEffect(() => {
    if (openedFromMenu) reasonField.current?.focus();
  }, [openedFromMenu]);
  // A refusal brings the person to the first field to fix, where its error is read out.
  useEffect(() => {
    if (state.fieldErrors?.reason) reasonField.current?.focus();
    else if (state.fieldErrors?.duplicateOfId) originalField.current?.focus();
  }, [state]);
  /** A refusal no field is to blame for (e.g. the report limit), shown after the send button. */
  const problem =
    !state.ok && state.message && !state.fieldErrors && state.message !== 'moderation.flags.already'
      ? text(state.message)
      : undefined;

  if (state.ok || state.message === 'moderation.flags.already') {
    return (
      <p role="status" className="text-sm text-emerald-900">
        {text(state.message ?? '')}
      </p>
    );
  }
  const title = t(target === 'idea' ? 'reportIdea' : 'reportComment');
  const form = (
    <form
      action={send}
      aria-label={onCancel ? title : undefined}
      className="mt-1 grid gap-2 rounded border border-line bg-white p-3 text-sm"
      noValidate
    >
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="targetId" value={targetId} />
      <Field id={`${id}-reason`} label={t('reason')} error={error('reason')}>
        {(control) => (
          <select
            {...control}
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            ref={reasonField}
            className={controlClass(control['aria-invalid'])}
          >
            <option value="">{t('chooseReason')}</option>
            {reasons.map((value) => (
              <option key={value} value={value}>
                {t(`reasons.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {reason === 'DUPLICATE' && (
        <Field id={`${id}-original`} label={t('original')} error={error('duplicateOfId')}>
          {(control) => (
            <input
              {...control}
              name="duplicateOfId"
              inputMode="numeric"
              defaultValue={state.values?.duplicateOfId ?? ''}
              ref={originalField}
              className={controlClass(control['aria-invalid'])}
            />
          )}
        </Field>
      )}
      <Field id={`${id}-note`} label={t('note')}>
        {(control) => (
          <textarea
            {...control}
            name="note"
            rows={2}
            defaultValue={state.values?.note ?? ''}
            className={controlClass(false, true)}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={sending} className="min-h-11 rounded bg-brand px-3 font-semibold text-white">
          {t('send')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className="min-h-11 rounded border border-line px-3">
            {t('cancel')}
          </button>
        )}
        <div aria-live="polite">
          <FieldError id={`${id}-problem`} error={problem} />
        </div>
      </div>
    </form>
  );
  if (onCancel) return form;
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-muted underline underline-offset-4">{title}</summary>
      {form}
    </details>
  );
}
