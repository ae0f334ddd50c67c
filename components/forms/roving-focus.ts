'use client';

import { useState, type KeyboardEvent } from 'react';

/** Where an arrow, Home or End key moves in a list of `count` items; null for other keys. */
export function nextRovingIndex(current: number, key: string, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowUp':
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Roving tabindex: a group of links and buttons is one Tab stop; arrow keys, Home and End move
 * inside it. Put `onKeyDown` on the group's container and mark each focusable item with
 * `data-roving` plus `tabIndex={tabIndexFor(index)}` and `onFocus={() => focused(index)}`, where
 * `index` counts the items in document order. The last item focused keeps the Tab stop.
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(count - 1, 0));
  return {
    tabIndexFor: (index: number) => (index === current ? 0 : -1),
    focused: (index: number) => setActive(index),
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const next = nextRovingIndex(current, event.key, count);
      if (next === null) return;
      event.preventDefault();
      setActive(next);
      event.currentTarget.querySelectorAll<HTMLElement>('[data-roving]')[next]?.focus();
    },
  };
}
