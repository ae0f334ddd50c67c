'use client';

import { useEffect } from 'react';

/**
 * While `active`, the document's title reads e.g. "Virhe: Uusi idea – VAU", so a screen reader
 * hears that the page came back with errors. Like the fallback of decision 0012 this adds its own
 * `<title>` (with `itemprop`, so React never adopts it) instead of editing the page's one, but puts
 * it first in `<head>`: the first title is the document's. It goes away when `active` turns false
 * or the form unmounts; after a navigation the next page's title is inserted before it anyway.
 */
export function useErrorTitle(active: boolean, format: (title: string) => string): void {
  useEffect(() => {
    if (!active) return;
    const errorTitle = document.createElement('title');
    errorTitle.setAttribute('itemprop', 'name');
    errorTitle.textContent = format(document.title);
    document.head.prepend(errorTitle);
    return () => errorTitle.remove();
    // `format` is a fresh function each render; the title is made once per refused answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);
}
