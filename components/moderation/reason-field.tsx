interface ReasonFieldProps {
  /** The form's useId(); the field's ids derive from it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  rows?: number;
}

/** The reason a moderator gives, which the author reads: label, text, hint and error together. */
export function ReasonField({ id, label, hint, error, defaultValue = '', rows = 2 }: ReasonFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <>
      <label htmlFor={`${id}-reason`} className="font-semibold">
        {label}
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy || undefined}
        className="block w-full rounded border border-line bg-white p-3"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </>
  );
}
