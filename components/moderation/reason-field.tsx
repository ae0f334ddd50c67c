'use client';

import { Field, controlClass } from '@/components/forms';

interface ReasonFieldProps {
  /** The form's useId(); the textarea's id is `${id}-reason`. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  rows?: number;
}

/** The reason a moderator gives, which the author reads: label, hint, error and text together. */
export function ReasonField({ id, label, hint, error, defaultValue = '', rows = 2 }: ReasonFieldProps) {
  return (
    <Field id={`${id}-reason`} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          name="reason"
          rows={rows}
          defaultValue={defaultValue}
          className={controlClass(control['aria-invalid'], true)}
        />
      )}
    </Field>
  );
}
