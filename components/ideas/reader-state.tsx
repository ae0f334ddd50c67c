'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ReaderState } from '@/modules/ideas/reader-state';

const ReaderStateContext = createContext<ReaderState | null>(null);

/**
 * On an idea page served from the store (its member version) the page cannot know whose it is:
 * the browser asks for the reader's own vote, follow and helpful marks, and the buttons below show
 * them. A page rendered for its reader already has them, and nothing is fetched.
 */
export function ReaderStateProvider({ ideaId, fromBrowser, children }: { ideaId: number; fromBrowser: boolean; children: ReactNode }) {
  const [state, setState] = useState<ReaderState | null>(null);
  useEffect(() => {
    if (!fromBrowser) return;
    const controller = new AbortController();
    fetch(`/api/ideas/${ideaId}/reader`, { signal: controller.signal, cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<ReaderState>) : null))
      .then(setState)
      .catch(() => {});
    return () => controller.abort();
  }, [ideaId, fromBrowser]);
  return <ReaderStateContext value={fromBrowser ? state : null}>{children}</ReaderStateContext>;
}

/** The reader's own state fetched by the browser; null when the page was rendered with it (or it is not known yet). */
export function useReaderState(): ReaderState | null {
  return useContext(ReaderStateContext);
}
