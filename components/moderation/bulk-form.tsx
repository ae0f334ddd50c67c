'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { BulkState } from '@/modules/moderation/bulk';
import { decideOnIdeasAction, resolveManyFlagsAction } from '@/modules/moderation/actions';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorSummary } from '@/components/forms';
import { useFormMessages } from '@/components/use-form-messages';
import { ChoiceFieldset } from './choice-fieldset';
import { ReasonField } from './reason-field';

const subscribeToNothing = () => () => {};

type Choice = 'publish' | 'reject' | 'approve' | 'keep' | 'hide';

interface BulkFormProps {
  /** The checkboxes in the list join this form through their `form` attribute, each with a `data-title`. */
  formId: string;
  kind: 'ideas' | 'flags';
  choices: readonly Choice[];
}

interface Pending {
  decision: string;
  titles: string[];
  reason: string;
}

/**
 * One decision for every item picked in the list below; the answer says how many it settled.
 * Before anything is decided a confirmation (the shared native `ConfirmDialog`) names the
 * decision and lists what it applies to.
 */
export function BulkForm({ formId, kind, choices }: BulkFormProps) {
  const t = useTranslations('moderation');
  const id = useId();
  const [state, decide, deciding] = useActionState(kind === 'ideas' ? decideOnIdeasAction : resolveManyFlagsAction, {
    ok: false,
  } as BulkState);
  const { fieldError } = useFormMessages(state);
  // "Pick all" and the confirmation need JavaScript; without it the checkboxes still work one by one.
  const scripted = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const submit = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const reasonError = fieldError('reason');
  const choiceError = fieldError('decision') ?? fieldError('resolution');
  const needsReason = choices.some((choice) => choice === 'reject' || choice === 'hide');
  const label = (choice: Choice) =>
    kind === 'ideas' ? t(`decisions.${choice as 'publish'}`) : t(`flags.resolutions.${choice as 'keep'}`);
  const pickedBoxes = () =>
    [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${formId}"]`)].filter(
      (box) => box.checked,
    );
  const pickAll = () => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${formId}"]`))
      box.checked = true;
  };

  const askFirst = (event: FormEvent<HTMLFormElement>) => {
    if (confirmed.current) {
      confirmed.current = false;
      return;
    }
    const decision = new FormData(event.currentTarget).get('decision');
    const picked = pickedBoxes();
    // Nothing picked or no decision: the server refuses it and says where.
    if (!decision || picked.length === 0) return;
    event.preventDefault();
    setPending({
      decision: label(String(decision) as Choice),
      titles: picked.map((box) => box.dataset.title ?? box.value),
      reason: String(new FormData(event.currentTarget).get('reason') ?? '').trim(),
    });
  };
  const confirm = () => {
    // Closed first: while the modal is open the form behind it is inert.
    flushSync(() => setPending(null));
    confirmed.current = true;
    document.querySelector<HTMLFormElement>(`#${CSS.escape(formId)}`)?.requestSubmit();
  };

  return (
    <>
      <form
        id={formId}
        action={decide}
        onSubmit={askFirst}
        className="mt-3 grid gap-2 rounded-lg border border-dashed border-line p-3"
        noValidate
      >
        <ErrorSummary
          state={state}
          fields={{
            [kind === 'ideas' ? 'decision' : 'resolution']: { id: `${id}-choice`, label: t('bulk.decision') },
            reason: { id: `${id}-reason`, label: t('reason') },
          }}
        />
        <p className="text-sm text-muted">{t('bulk.hint')}</p>
        {scripted && (
          <button
            type="button"
            onClick={pickAll}
            className="min-h-11 justify-self-start rounded border border-line px-3"
          >
            {t('bulk.pickAll')}
          </button>
        )}
        <ChoiceFieldset
          id={id}
          name="decision"
          legend={t('bulk.decision')}
          choices={choices.map((choice) => ({ value: choice, label: label(choice) }))}
          defaultValue={state.values?.decision}
          error={choiceError}
        />
        {needsReason && (
          <ReasonField
            id={id}
            label={t('reason')}
            hint={t(`bulk.reasonHint.${kind}`)}
            error={reasonError}
            defaultValue={state.values?.reason ?? ''}
          />
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button
            ref={submit}
            type="submit"
            disabled={deciding}
            className="min-h-11 rounded bg-brand px-4 font-semibold text-white"
          >
            {t('bulk.confirm')}
          </button>
          <p role="status" className="text-emerald-900">
            {state.ok && state.done !== undefined
              ? t('bulk.result', { done: state.done, skipped: state.skipped ?? 0 })
              : ''}
          </p>
        </div>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t('bulk.confirmTitle', { decision: pending.decision }) : ''}
        description={pending ? t('bulk.confirmCount', { count: pending.titles.length }) : ''}
        cancelLabel={t('bulk.cancel')}
        onCancel={() => setPending(null)}
        returnFocusTo={submit}
        confirm={
          <button type="button" onClick={confirm} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
            {t('bulk.confirmAction', { count: pending?.titles.length ?? 0 })}
          </button>
        }
      >
        {pending && (
          <>
            <ul className="mt-1 list-disc pl-5">
              {pending.titles.map((title, index) => (
                <li key={index}>{title}</li>
              ))}
            </ul>
            {pending.reason && <p className="mt-2">{t('bulk.confirmReason', { reason: pending.reason })}</p>}
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
