'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useSyncExternalStore } from 'react';
import type { BulkState } from '@/modules/moderation/bulk';
import { decideOnIdeasAction, resolveManyFlagsAction } from '@/modules/moderation/actions';
import { useFormMessages } from '@/components/use-form-messages';
import { ReasonField } from './reason-field';

const subscribeToNothing = () => () => {};

interface BulkFormProps {
  /** The checkboxes in the list join this form through their `form` attribute. */
  formId: string;
  kind: 'ideas' | 'flags';
  choices: readonly ('publish' | 'reject' | 'approve' | 'keep' | 'hide')[];
}

/** One decision for every item picked in the list below; the answer says how many it settled. */
export function BulkForm({ formId, kind, choices }: BulkFormProps) {
  const t = useTranslations('moderation');
  const id = useId();
  const [state, decide, deciding] = useActionState(kind === 'ideas' ? decideOnIdeasAction : resolveManyFlagsAction, {
    ok: false,
  } as BulkState);
  const { text, fieldError } = useFormMessages(state);
  // "Pick all" needs JavaScript; without it the checkboxes still work one by one.
  const scripted = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const reasonError = fieldError('reason');
  const pickError = fieldError('ideaIds') ?? fieldError('targets');
  const needsReason = choices.some((choice) => choice === 'reject' || choice === 'hide');
  const label = (choice: BulkFormProps['choices'][number]) =>
    kind === 'ideas' ? t(`decisions.${choice as 'publish'}`) : t(`flags.resolutions.${choice as 'keep'}`);
  const pickAll = () => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${formId}"]`))
      box.checked = true;
  };

  return (
    <form
      id={formId}
      action={decide}
      className="mt-3 grid gap-2 rounded-lg border border-dashed border-line p-3"
      noValidate
    >
      <p className="text-sm text-muted">{t('bulk.hint')}</p>
      {scripted && (
        <button type="button" onClick={pickAll} className="min-h-11 justify-self-start rounded border border-line px-3">
          {t('bulk.pickAll')}
        </button>
      )}
      <fieldset>
        <legend className="font-semibold">{t('bulk.decision')}</legend>
        <div className="flex flex-wrap gap-x-5">
          {choices.map((choice) => (
            <label key={choice} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="decision"
                value={choice}
                defaultChecked={(state.values?.decision ?? choices[0]) === choice}
                className="size-5"
              />
              {label(choice)}
            </label>
          ))}
        </div>
      </fieldset>
      {needsReason && (
        <ReasonField
          id={id}
          label={t('reason')}
          hint={t('bulk.reasonHint')}
          error={reasonError}
          defaultValue={state.values?.reason ?? ''}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={deciding} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('bulk.confirm')}
        </button>
        <p role="status" className={state.ok ? 'text-emerald-900' : 'text-sm text-red-800'}>
          {state.done !== undefined ? t('bulk.result', { done: state.done, skipped: state.skipped ?? 0 }) : ''}
          {!state.ok && state.message && !reasonError && state.done === undefined
            ? (pickError ?? text(state.message))
            : ''}
        </p>
      </div>
    </form>
  );
}
