'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { usePathname } from '@/modules/i18n/navigation';

/**
 * A button that shows and hides a panel (the disclosure pattern, not an ARIA menu: the panel holds
 * ordinary links, reached with Tab). Escape closes it and returns focus to the button; a click or
 * focus outside closes it; so does a navigation.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [openedAt, setOpenedAt] = useState(pathname);
  // Closed by a navigation, decided while rendering (not in an effect) so the panel never flashes.
  if (open && openedAt !== pathname) setOpen(false);

  const toggle = useCallback(() => {
    setOpenedAt(pathname);
    setOpen((value) => !value);
  }, [pathname]);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onOutside = (event: Event) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  return { open, toggle, close, buttonRef, containerRef };
}
