'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useLayoutEffect, useRef } from 'react';

interface Watch {
  pathname: string;
  /** The h1 of the page on screen once it settled; the next page's h1 is any other one. */
  settled: Element | null;
  navigating: boolean;
  /** What had focus when the navigation began (usually the link pressed), which may linger a moment. */
  focusedAtStart: Element | null;
}

/**
 * After a navigation inside the app (not the first load, not a change of query only), moves focus to
 * the new page's h1, so a screen reader announces where the person arrived and Tab continues from
 * the top of the content. The address can change before the new page replaces the old one, so
 * focus waits for an h1 other than the old page's.
 */
export function FocusHeadingOnNavigation() {
  const pathname = usePathname();
  const watch = useRef<Watch>({ pathname, settled: null, navigating: false, focusedAtStart: null });

  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    settle(main, watch.current);
    const observer = new MutationObserver(() => settle(main, watch.current));
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  // A layout effect, so the navigation is known before the observer hears the new page's nodes.
  useLayoutEffect(() => {
    if (watch.current.pathname === pathname) return;
    watch.current.pathname = pathname;
    watch.current.navigating = true;
    watch.current.focusedAtStart = document.activeElement;
    const main = document.getElementById('main');
    if (main) settle(main, watch.current);
  }, [pathname]);

  return null;
}

function settle(main: HTMLElement, watch: Watch): void {
  const heading = main.querySelector('h1');
  if (!watch.navigating) {
    watch.settled = heading;
    return;
  }
  if (!heading || heading === watch.settled) return;
  watch.navigating = false;
  watch.settled = heading;
  // Something inside the new page may have taken focus on purpose (e.g. an error summary); the
  // link pressed on the old page may still be in the document for a moment and does not count.
  const active = document.activeElement;
  if (active && active !== main && active !== watch.focusedAtStart && main.contains(active)) return;
  // A link to a place in the page (a notification's comment) is followed there; else to the heading.
  const target = window.location.hash
    ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
    : null;
  const destination = target && main.contains(target) ? target : heading;
  if (!destination.hasAttribute('tabindex')) destination.setAttribute('tabindex', '-1');
  destination.focus({ preventScroll: destination === heading });
}
