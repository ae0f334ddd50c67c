'use client';

import { useRef, type FormEvent, type KeyboardEvent } from 'react';

/**
 * Sends what a button's label said at the moment it was pressed. Between the press (pointer down,
 * Enter or Space) and the click that submits, the label can change under the finger: the reader's
 * own state arrives on a stored page, or an answer comes back. The request then still carries the
 * pressed label's intent, or nothing at all when the button was not pressable then (`null`).
 * Without JavaScript the form sends its rendered intent, which is the label the page showed.
 */
export function usePressIntent<Intent extends string>(shown: Intent | null) {
  const atPress = useRef<{ intent: Intent | null } | null>(null);
  const remember = () => {
    atPress.current = { intent: shown };
  };
  return {
    buttonHandlers: {
      onPointerDown: remember,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') remember();
      },
    },
    /** Runs before React reads the form (its `intent` field): a press that was not pressable sends nothing. */
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      const intent = atPress.current ? atPress.current.intent : shown;
      atPress.current = null;
      const field = event.currentTarget.elements.namedItem('intent');
      if (intent === null) event.preventDefault();
      else if (field instanceof HTMLInputElement) field.value = intent;
    },
  };
}
