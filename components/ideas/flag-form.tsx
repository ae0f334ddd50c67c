'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { flagContentAction } from '@/modules/moderation/actions';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';

const reasons = ['SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'DUPLICATE', 'OTHER'] as const;

interface FlagFormProps {
  target: 'idea' | 'comment';
  targetId: number;
  /** Opened from a menu: shown at once with its own cancel button (else folded behind its title). */
  onCancel?: () => void;
}

/**
 * "Report": a reason, an optional note, and for duplicates the original idea's number. A refusal
 * follows the forms pattern (decision 0017): the error summary first, takes the focus and puts
 * "Virhe:" in the title, errors at their fields. Once sent, the form gives way to its answer, which
 * takes the focus the send button had.
 */
export function FlagForm({ target, targetId, onCancel }: FlagFormProps) {
  const t = useTranslations('ideas.flag');
  const id = useId();
  const [state, send, sending] = useActionState(flagContentAction, { ok: false } as FormState);
  const [reason, setReason] = useState<string>(state.values?.reason ?? '');
  const { text, fieldError: error } = useFormMessages(state);
  const reasonField = useRef<HTMLSelectElement>(null);
  // Opened from a comment's menu: the person asked for this form, so it takes the focus.
  const openedFromMenu = onCancel !== undefined;
  useEffect(() => {
    if (openedFromMenu) reasonField.current?.focus();
  }, [openedFromMenu]);
  const answer = useRef<HTMLParagraphElement>(null);
  const answered = state.ok || state.message === 'moderation.flags.already';
  useEffect(() => {
    if (answered) answer.current?.focus();
  }, [answered]);

  if (answered) {
    return (
      <p ref={answer} tabIndex={-1} className="text-sm text-emerald-900">
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
      <ErrorSummary
        state={state}
        fields={{
          reason: { id: `${id}-reason`, label: t('reason') },
          duplicateOfId: { id: `${id}-original`, label: t('original') },
        }}
      />
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
