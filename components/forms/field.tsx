'use client';

import { CircleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** The ids an input's `aria-describedby` lists, in reading order: hint, error, anything else. */
export function describedBy(id: string, parts: { hint?: boolean; error?: boolean; extra?: string[] }) {
  const ids = [parts.hint && `${id}-hint`, parts.error && `${id}-error`, ...(parts.extra ?? [])].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Classes of a text input, select or textarea; an invalid one gets a thicker red border. */
export function controlClass(invalid: boolean, multiline = false) {
  return [
    'mt-1 block w-full rounded bg-white',
    multiline ? 'p-3' : 'min-h-11 px-3',
    invalid ? 'border-2 border-red-700' : 'border border-line',
  ].join(' ');
}

/** What a `Field` hands to its input: spread it on the `<input>`, `<select>` or `<textarea>`. */
interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The field's error as one sentence (`useFormMessages(state).fieldError(name)`). */
  error?: string;
  /** More ids for `aria-describedby`, e.g. a `CharacterCount`'s limit text. */
  describedByIds?: string[];
  /** Label's side, e.g. a preview toggle. */
  aside?: ReactNode;
  /** Gets the props to spread on the control. */
  children: (control: ControlProps) => ReactNode;
  /** Under the control, e.g. a `CharacterCount` or suggestions. */
  after?: ReactNode;
}

/**
 * One labelled field, GOV.UK style: label, hint, error (icon and the word "Virhe:", red bar on the
 * left), then the control wired with `aria-invalid` and `aria-describedby`:
 *
 *   <Field id="title" label={t('title')} hint={limitHint(ideaLimits.title)} error={fieldError('title')}>
 *     {(control) => <input {...control} name="title" className={controlClass(control['aria-invalid'])} />}
 *   </Field>
 */
export function Field({ id, label, hint, error, describedByIds, aside, children, after }: FieldProps) {
  return (
    <FieldFrame invalid={Boolean(error)}>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {aside}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy(id, { hint: Boolean(hint), error: Boolean(error), extra: describedByIds }),
      })}
      {after}
    </FieldFrame>
  );
}

/**
 * The red bar on the left of a field (or a `<fieldset>`'s contents) while it has an error; use it
 * directly for groups such as checkboxes, with a `FieldError` under the legend.
 */
export function FieldFrame({ invalid, children }: { invalid: boolean; children: ReactNode }) {
  return <div className={invalid ? 'border-l-4 border-red-700 pl-3' : undefined}>{children}</div>;
}

/**
 * A field's error with an icon and a "Virhe:" that screen readers read first, so it is never told
 * by colour alone. Renders nothing without an error; point `aria-describedby` at `id`.
 */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useTranslations('forms');
  if (!error) return null;
  return (
    <p id={id} className="mt-1 flex items-start gap-1 font-semibold text-red-800">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <span>
        <span className="sr-only">{t('errorPrefix')} </span>
        {error}
      </span>
    </p>
  );
}
