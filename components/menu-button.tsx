'use client';

import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface MenuAction {
  key: string;
  label: string;
  onSelect: () => void;
  className?: string;
}

interface MenuButtonProps {
  /** The button's accessible name, also the menu's. */
  label: string;
  /** What the button shows (an icon). */
  children: ReactNode;
  actions: MenuAction[];
  /** Focus comes back here on Escape; dialogs opened from the menu return here too. */
  triggerRef: RefObject<HTMLButtonElement | null>;
  buttonClassName: string;
  menuClassName: string;
  itemClassName: string;
}

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * A menu button after the WAI-ARIA pattern: Enter, Space or ArrowDown opens it on the first item
 * (ArrowUp on the last), arrows, Home and End move, Escape closes back to the button, Tab or a
 * click elsewhere closes it. Not modal. Ours rather than a library's: Radix's menu was 28 kB of
 * every signed-in idea page's scripts for this (decision 0040). Choosing an item closes the menu
 * without taking focus back: the item's own form or dialog takes it.
 */
export function MenuButton(props: MenuButtonProps) {
  const { label, children, actions, triggerRef, buttonClassName, menuClassName, itemClassName } = props;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const menuId = useId();
  const container = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const show = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  return (
    <div
      ref={container}
      className="relative"
      onBlur={(event) => {
        if (open && !container.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        className={buttonClassName}
        onClick={() => (open ? setOpen(false) : show(0))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          show(event.key === 'ArrowDown' ? 0 : actions.length - 1);
        }}
      >
        {children}
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          tabIndex={-1}
          aria-label={label}
          className={menuClassName}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
              triggerRef.current?.focus();
            } else if (event.key === 'Tab') {
              setOpen(false);
            } else if (moves[event.key]) {
              event.preventDefault();
              setActive(moves[event.key]!(active, actions.length));
            }
          }}
        >
          {actions.map((action, index) => (
            <button
              key={action.key}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={action.className ?? itemClassName}
              onClick={() => {
                setOpen(false);
                action.onSelect();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
