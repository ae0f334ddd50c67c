import type { KeyboardEvent } from 'react';

const submittingTypes = new Set(['submit', 'image', 'button', 'reset']);

/** Whether Enter on this element would submit the form implicitly (a single-line input). */
export function submitsOnEnter(target: EventTarget | null): boolean {
  const element = target as Partial<Pick<HTMLInputElement, 'tagName' | 'type'>> | null;
  return element?.tagName === 'INPUT' && !submittingTypes.has(element.type ?? 'text');
}

/**
 * `onKeyDown` for a long `<form>`: Enter in a single-line field does not send it half filled;
 * buttons, textareas and widgets that handle Enter themselves keep working.
 *
 *   <form action={save} onKeyDown={keepEnterFromSubmitting}>
 */
export function keepEnterFromSubmitting(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && submitsOnEnter(event.target)) event.preventDefault();
}
