'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import { staffImportAction, type StaffImportState } from '@/modules/users/staff-import-actions';
import { staffImportLimits } from '@/modules/users/staff-import-limits';
import { StaffImportPlan } from './staff-import-plan';
import { StaffImportProblems } from './staff-import-problems';

const idle: StaffImportState = { stage: 'idle' };
const fileId = 'staff-import-file';

/** A refusal as the error summary shows it: problems in the file point at the file field. */
function summaryOf(state: StaffImportState): FormState {
  if (state.stage !== 'refused') return { ok: true };
  return state.problemCount > 0
    ? { ok: false, message: state.message, fieldErrors: { file: [state.message] } }
    : { ok: false, message: state.message };
}

/**
 * Choose a file → "Esikatsele" shows the plan or every problem → "Tuo" imports exactly the previewed
 * content: it travels back in a hidden field with the digest of the plan, and the server refuses it
 * if the file or the people changed since.
 */
export function StaffImportForm() {
  const t = useTranslations('staffImport');
  const [state, dispatch, pending] = useActionState(staffImportAction, idle);
  const [tooLarge, setTooLarge] = useState<FormState | null>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const summary = tooLarge ?? summaryOf(state);
  const fileError = useFormMessages(summary).fieldError('file');

  useEffect(() => {
    if (state.stage === 'imported') done.current?.focus();
  }, [state]);

  // The server could not even receive a file over the limit, so the browser says it first.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    if (file instanceof File && file.size > staffImportLimits.bytes) {
      event.preventDefault();
      setTooLarge({
        ok: false,
        message: 'staffImport.problems.tooLarge',
        fieldErrors: { file: ['staffImport.problems.tooLarge'] },
      });
    } else setTooLarge(null);
  };

  return (
    <div className="mt-6 grid gap-2">
      <form action={dispatch} onSubmit={checkSize} noValidate className="grid gap-3">
        <ErrorSummary state={summary} fields={{ file: { id: fileId, label: t('fileLabel') } }} />
        <input type="hidden" name="intent" value="preview" />
        <Field id={fileId} label={t('fileLabel')} hint={t('fileHint')} error={fileError}>
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              accept=".csv,text/csv"
              className={`${controlClass(control['aria-invalid'])} py-2`}
            />
          )}
        </Field>
        <div>
          <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
            {t('preview')}
          </button>
        </div>
      </form>

      {state.stage === 'refused' && <StaffImportProblems problems={state.problems} problemCount={state.problemCount} />}

      {state.stage === 'preview' && (
        <>
          <StaffImportPlan plan={state.plan} />
          <form action={dispatch} className="mt-4">
            <input type="hidden" name="intent" value="import" />
            <input type="hidden" name="content" value={state.content} />
            <input type="hidden" name="digest" value={state.digest} />
            <p className="max-w-prose text-sm text-muted">{t('importHint')}</p>
            <button
              type="submit"
              disabled={pending}
              className="mt-2 min-h-11 rounded bg-brand px-4 font-semibold text-white"
            >
              {t('import')}
            </button>
          </form>
        </>
      )}

      {state.stage === 'imported' && (
        <p
          ref={done}
          tabIndex={-1}
          role="status"
          className="mt-6 rounded border-2 border-emerald-800 p-3 font-semibold"
        >
          {t('imported', { created: state.created, changed: state.changed, unchanged: state.unchanged })}
        </p>
      )}
    </div>
  );
}
