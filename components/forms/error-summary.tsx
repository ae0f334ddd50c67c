'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { FormState } from '@/modules/access/mutation';
import { useFormMessages } from '@/components/use-form-messages';
import { useErrorTitle } from './error-title';

/** A form's field names (as the server reports them) → the id of the input to focus and its label. */
export type SummaryFields = Record<string, { id: string; label: string }>;

interface ErrorSummaryProps {
  /** The form's `useActionState` state; the summary shows when it is a refusal. */
  state: FormState;
  fields: SummaryFields;
}

/**
 * The GOV.UK error summary. Put it first inside the `<form>`:
 *
 *   const [state, save] = useActionState(action, { ok: false } as FormState);
 *   <form action={save} noValidate>
 *     <ErrorSummary state={state} fields={{ title: { id: 'title', label: t('title') } }} />
 *
 * On each refused answer it lists every field error as a link to its field (a click focuses the
 * field), or the refusal's message when no field is to blame, takes the focus so the person
 * starts from the top, and prefixes the document title with "Virhe: " until the errors are gone.
 * Errors for names missing from `fields` are listed without a link. Texts come from the `forms`,
 * `errors` and `validation` namespaces: add them to the page's `clientMessages(...)`.
 */
export function ErrorSummary({ state, fields }: ErrorSummaryProps) {
  const t = useTranslations('forms');
  const { text, fieldError } = useFormMessages(state);
  const box = useRef<HTMLDivElement>(null);
  const problems = Object.keys(state.fieldErrors ?? {}).filter((name) => fieldError(name));
  const refused = !state.ok && (problems.length > 0 || Boolean(state.message));
  useErrorTitle(refused, (title) => t('errorTitle', { title }));

  useEffect(() => {
    if (!refused) return;
    box.current?.focus();
    box.current?.scrollIntoView({ block: 'start' });
  }, [state, refused]);

  if (!refused) return null;
  // Order the links as the fields stand in the form, which is the order `fields` lists them in.
  const order = Object.keys(fields);
  problems.sort((a, b) => rank(order, a) - rank(order, b));
  return (
    <div
      ref={box}
      // Focus alone tells it: no role="alert" and no name to read before the contents, either of
      // which made screen readers say it twice.
      tabIndex={-1}
      className="rounded border-4 border-red-700 bg-white p-4 focus:outline-4 focus:outline-offset-2 focus:outline-amber-400"
    >
      <h2 className="text-xl font-bold">{problems.length > 0 ? t('summaryTitle') : t('problemTitle')}</h2>
      {problems.length > 0 ? (
        <ul className="mt-2 grid gap-1">
          {problems.map((name) => {
            const field = fields[name];
            return (
              <li key={name}>
                {field ? (
                  <a
                    href={`#${field.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(field.id);
                    }}
                    className="inline-block min-h-6 font-semibold text-red-800 underline underline-offset-4"
                  >
                    {field.label}: {fieldError(name)}
                  </a>
                ) : (
                  <span className="font-semibold text-red-800">{fieldError(name)}</span>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        state.message && <p className="mt-2">{text(state.message)}</p>
      )}
    </div>
  );
}

const rank = (order: string[], name: string) => {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
};

/** Focuses a field and shows its label too, as the label sits above the input. */
function focusField(id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field.closest('fieldset');
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}
