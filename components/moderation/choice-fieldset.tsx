'use client';

import type { ReactNode } from 'react';
import { FieldError, FieldFrame } from '@/components/forms';

interface ChoiceFieldsetProps<Value extends string> {
  /** The form's useId(); the first choice's id is `${id}-choice`, which an error summary links to. */
  id: string;
  name: string;
  legend: string;
  choices: readonly { value: Value; label: string }[];
  /** Only what the moderator chose before a refusal: nothing is preselected. */
  defaultValue?: string;
  error?: string;
  onChange?: (value: Value) => void;
  /** What the decision rests on, read between the legend and the choices (e.g. the reporters' reasons). */
  context?: ReactNode;
}

/** A decision's radio buttons with no default, the error at the choice, and the grounds beside them. */
export function ChoiceFieldset<Value extends string>({
  id,
  name,
  legend,
  choices,
  defaultValue,
  error,
  onChange,
  context,
}: ChoiceFieldsetProps<Value>) {
  const describedBy = [context ? `${id}-context` : null, error ? `${id}-choice-error` : null].filter(Boolean);
  return (
    <fieldset aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {context && (
        <div id={`${id}-context`} className="mt-1">
          {context}
        </div>
      )}
      <FieldFrame invalid={Boolean(error)}>
        <FieldError id={`${id}-choice-error`} error={error} />
        <div className="flex flex-col gap-x-5 sm:flex-row sm:flex-wrap">
          {choices.map((choice, index) => (
            <label key={choice.value} className="inline-flex min-h-11 items-center gap-2">
              <input
                id={index === 0 ? `${id}-choice` : undefined}
                type="radio"
                name={name}
                value={choice.value}
                defaultChecked={defaultValue === choice.value}
                onChange={() => onChange?.(choice.value)}
                className="size-5"
              />
              {choice.label}
            </label>
          ))}
        </div>
      </FieldFrame>
    </fieldset>
  );
}
