'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * After a navigation inside the app (not the first load, not a change of query only), moves focus to
 * the new page's h1, so a screen reader announces where the person arrived and Tab continues from
 * the top of the content. A page still loading gets focus on its h1 once the h1 appears.
 */
export function FocusHeadingOnNavigation() {
  const pathname = usePathname();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    if (!main) return;
    const focusHeading = (): boolean => {
      const heading = main.querySelector('h1');
      if (!heading) return false;
      // A control inside the new page may already have taken focus on purpose (e.g. an error summary).
      if (main.contains(document.activeElement) && document.activeElement !== main) return true;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname]);

  return null;
}
