'use client';

import clsx from 'clsx';
import { ChevronDown } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { useDisclosure } from './use-disclosure';

/**
 * A header button that opens a panel of links. `dropdown` (wide screens): a panel under the button,
 * with a chevron. `sheet` (phones): the panel spans the header's width below it, and `label` gets
 * whether it is open, to show its own icon. `children` gets `close`, for links that should shut the
 * panel as they navigate.
 */
export function Disclosure({
  label,
  children,
  variant = 'dropdown',
  className,
}: {
  label: ReactNode | ((open: boolean) => ReactNode);
  children: (close: () => void) => ReactNode;
  variant?: 'dropdown' | 'sheet';
  className?: string;
}) {
  const { open, toggle, close, buttonRef, containerRef } = useDisclosure();
  const panelId = useId();
  const dropdown = variant === 'dropdown';
  return (
    // A sheet is placed against the header (positioned), so its container is not.
    <div ref={containerRef} className={clsx(dropdown && 'relative')}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        className={clsx(
          'inline-flex min-h-11 items-center whitespace-nowrap',
          dropdown ? ['gap-1 rounded px-1.5 font-medium text-ink hover:bg-surface', open && 'bg-surface'] : 'relative',
          className,
        )}
      >
        {typeof label === 'function' ? label(open) : label}
        {dropdown && <ChevronDown aria-hidden="true" size={16} className={clsx('shrink-0', open && 'rotate-180')} />}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className={
          dropdown
            ? 'absolute top-full right-0 z-30 mt-1 w-72 rounded border border-line bg-white p-2 shadow-lg'
            : 'absolute inset-x-0 top-full z-30 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-line bg-white px-4 py-3 shadow-md sm:px-6'
        }
      >
        {children(close)}
      </div>
    </div>
  );
}
