'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { useFormMessages } from '@/components/use-form-messages';
import type { FormState } from '@/modules/access/mutation';
import type { EmailCadence, NotificationKind } from '@/modules/platform/db/generated/enums';
import { resetEmailPreferencesAction, saveEmailPreferencesAction } from '@/modules/notifications/preference-actions';
import type { KindChoice } from '@/modules/notifications/preferences';

type Choices = Record<NotificationKind, EmailCadence>;

function choicesOf(list: readonly KindChoice[], pick: (choice: KindChoice) => EmailCadence): Choices {
  return Object.fromEntries(list.map((choice) => [choice.kind, pick(choice)])) as Choices;
}

/**
 * One radio group per kind and one save button. The choices are held here, so a refused save keeps
 * them as the person left them; "reset" sets them back to the defaults once the server has.
 */
export function EmailPreferencesForm({
  choices,
  cadences,
}: {
  choices: readonly KindChoice[];
  /** Every cadence, in the order offered (modules/notifications/kinds.ts). */
  cadences: readonly EmailCadence[];
}) {
  const t = useTranslations('notificationPreferences');
  const [selected, setSelected] = useState<Choices>(() => choicesOf(choices, (choice) => choice.cadence));
  const [state, submit, pending] = useActionState(
    async (previous: FormState, form: FormData) => {
      if (form.get('intent') !== 'reset') return saveEmailPreferencesAction(previous, form);
      const reset = await resetEmailPreferencesAction();
      if (reset.ok) setSelected(choicesOf(choices, (choice) => choice.defaultCadence));
      return reset;
    },
    { ok: false } as FormState,
  );
  const { text } = useFormMessages(state);
  const customised = choices.some((choice) => selected[choice.kind] !== choice.defaultCadence);
  // React resets a form after its action, which would put the radios back to how the page first
  // drew them; submitting by hand keeps them as they are held here. Without JavaScript, `action` posts.
  function submitKeepingChoices(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => submit(form));
  }

  return (
    <form action={submit} onSubmit={submitKeepingChoices} className="mt-6 grid gap-6">
      {choices
        .filter((choice) => !choice.offered)
        .map(({ kind }) => (
          <input key={kind} type="hidden" name={kind} value={selected[kind]} />
        ))}
      {choices
        .filter((choice) => choice.offered)
        .map(({ kind, defaultCadence }) => (
          <fieldset
            key={kind}
            aria-describedby={`email-kind-${kind}-hint`}
            className="rounded-lg border border-line p-3 sm:p-4"
          >
            <legend className="px-1 text-lg font-bold">{t(`kinds.${kind}.label`)}</legend>
            <p id={`email-kind-${kind}-hint`} className="text-muted">
              {t(`kinds.${kind}.hint`)}
            </p>
            <div className="mt-2 grid grid-cols-2 gap-x-4 lg:grid-cols-4">
              {cadences.map((cadence) => (
                <label key={cadence} className="flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name={kind}
                    value={cadence}
                    checked={selected[kind] === cadence}
                    onChange={() => setSelected((current) => ({ ...current, [kind]: cadence }))}
                    className="size-5 shrink-0"
                  />
                  <span>
                    {t(`cadences.${cadence}`)}
                    {cadence === defaultCadence && <span className="text-muted"> {t('default')}</span>}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          className="min-h-11 rounded bg-brand px-4 font-semibold text-white"
        >
          {t('save')}
        </button>
        {customised && (
          <button
            type="submit"
            name="intent"
            value="reset"
            disabled={pending}
            className="min-h-11 rounded border border-brand px-4 font-semibold text-brand"
          >
            {t('reset')}
          </button>
        )}
      </div>
      {/* Always in the page, so the answer is read out when it appears. */}
      <p
        role="status"
        className={
          state.message
            ? state.ok
              ? 'rounded bg-emerald-50 px-3 py-2 text-emerald-900'
              : 'rounded bg-red-50 px-3 py-2 text-red-900'
            : undefined
        }
      >
        {state.message ? text(state.message) : null}
      </p>
    </form>
  );
}
