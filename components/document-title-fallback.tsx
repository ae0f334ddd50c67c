'use client';

import { useEffect } from 'react';

/**
 * Keeps a title in the document between two pages' own ones. Next swaps a page's metadata
 * together with the page, so while the next page loads (a loading state, an action's redirect) the
 * document had none: screen readers announce the title on every navigation, and axe fails a page
 * without one. This title sits last in <head>; React inserts every page title before the first
 * existing one and the document's title is the first, so a page's own title always wins. React
 * adopts a title element it does not own as a page's title unless it carries `itemprop`.
 */
export function DocumentTitleFallback({ title }: { title: string }) {
  useEffect(() => {
    const fallback = document.createElement('title');
    fallback.setAttribute('itemprop', 'name');
    fallback.textContent = title;
    document.head.append(fallback);
    return () => fallback.remove();
  }, [title]);
  return null;
}
