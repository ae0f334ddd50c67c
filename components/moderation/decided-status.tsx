'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * What a decision did, in place of the form that made it. The form's focused button is gone with
 * the form, so focus moves here (not to the page's start) and a screen reader reads the answer.
 */
export function DecidedStatus({ children }: { children: ReactNode }) {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => status.current?.focus(), []);
  return (
    <p ref={status} role="status" tabIndex={-1} className="rounded bg-emerald-50 px-3 py-2 text-emerald-900">
      {children}
    </p>
  );
}
