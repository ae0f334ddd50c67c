'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { addModeratorNoteAction } from '@/modules/moderation/actions';
import { ErrorSummary, Field, controlClass } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';

/** An internal note; only moderators and admins ever see these. */
export function NoteForm({ subject, subjectId }: { subject: 'idea' | 'user'; subjectId: string }) {
  const t = useTranslations('moderation.notes');
  const id = useId();
  const [state, save, saving] = useActionState(addModeratorNoteAction, { ok: false } as FormState);
  const error = useFormMessages(state).fieldError('body');
  return (
    <form action={save} className="mt-2 grid gap-2" noValidate>
      <ErrorSummary state={state} fields={{ body: { id: `${id}-note`, label: t('label') } }} />
      <input type="hidden" name="subject" value={subject} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <Field id={`${id}-note`} label={t('label')} error={error}>
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={2}
            key={state.ok ? 'saved' : 'draft'}
            defaultValue={state.ok ? '' : (state.values?.body ?? '')}
            className={controlClass(control['aria-invalid'], true)}
          />
        )}
      </Field>
      <button
        type="submit"
        disabled={saving}
        className="min-h-11 justify-self-start rounded border border-brand px-4 font-semibold text-brand"
      >
        {t('save')}
      </button>
    </form>
  );
}
