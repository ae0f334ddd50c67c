'use client';

import clsx from 'clsx';
import { ChevronDown } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { useDisclosure } from './use-disclosure';

/**
 * A header button that opens a panel of links below it (desktop). `children` gets `close`, for links
 * that should shut the panel as they navigate.
 */
export function Disclosure({
  label,
  children,
  className,
}: {
  label: ReactNode;
  children: (close: () => void) => ReactNode;
  className?: string;
}) {
  const { open, toggle, close, buttonRef, containerRef } = useDisclosure();
  const panelId = useId();
  return (
    <div ref={containerRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        className={clsx(
          'inline-flex min-h-11 items-center gap-1.5 rounded px-2 font-medium whitespace-nowrap text-ink hover:bg-surface',
          open && 'bg-surface',
          className,
        )}
      >
        {label}
        <ChevronDown aria-hidden="true" size={16} className={clsx('shrink-0', open && 'rotate-180')} />
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute top-full right-0 z-30 mt-1 w-72 rounded border border-line bg-white p-2 shadow-lg"
      >
        {children(close)}
      </div>
    </div>
  );
}
