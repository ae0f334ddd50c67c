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
    return showErrorTitle(document, format);
    // `format` is a fresh function each render; the title is made once per refused answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);
}

/**
 * Puts the error title first in `doc`'s head; returns what takes it away again. It is made from the
 * first title that is not an error title (the page's own, or decision 0012's fallback between
 * pages), never from `doc.title`: with two refused forms on a page that is already "Virhe: …".
 */
export function showErrorTitle(doc: Document, format: (title: string) => string): () => void {
  const pageTitle = doc.head.querySelector('title:not([data-error-title])')?.textContent ?? '';
  const errorTitle = doc.createElement('title');
  errorTitle.setAttribute('itemprop', 'name');
  errorTitle.setAttribute('data-error-title', '');
  errorTitle.textContent = format(pageTitle);
  doc.head.prepend(errorTitle);
  return () => errorTitle.remove();
}
