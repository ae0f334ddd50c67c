'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ReaderState } from '@/modules/ideas/reader-state';

/**
 * `loading`: the page came from the store and the reader's own state is on its way, so their
 * buttons cannot yet say what a press would do. `null`: the page's own props are right (it was
 * rendered for this reader), or the state could not be fetched and the buttons keep their "not
 * yet" labels, which a press then does exactly (decision 0008).
 */
type ReaderStateValue = ReaderState | 'loading' | null;

const ReaderStateContext = createContext<ReaderStateValue>(null);

const noSubscription = () => () => {};

/** False while the server renders and the browser hydrates (the HTML must work without JavaScript), true after. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * On an idea page served from the store (its member version) the page cannot know whose it is:
 * the browser asks for the reader's own vote, follow and helpful marks, and the buttons below show
 * them. A page rendered for its reader already has them, and nothing is fetched.
 */
export function ReaderStateProvider({
  ideaId,
  fromBrowser,
  children,
}: {
  ideaId: number;
  fromBrowser: boolean;
  children: ReactNode;
}) {
  const [fetched, setFetched] = useState<{ ideaId: number; state: ReaderState | null } | null>(null);
  const hydrated = useHydrated();
  useEffect(() => {
    if (!fromBrowser) return;
    const controller = new AbortController();
    fetch(`/api/ideas/${ideaId}/reader`, { signal: controller.signal, cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<ReaderState>) : null))
      .catch(() => null)
      .then((state) => {
        if (!controller.signal.aborted) setFetched({ ideaId, state });
      });
    return () => controller.abort();
  }, [ideaId, fromBrowser]);
  const value: ReaderStateValue =
    !fromBrowser || !hydrated ? null : fetched?.ideaId === ideaId ? fetched.state : 'loading';
  return <ReaderStateContext value={value}>{children}</ReaderStateContext>;
}

/**
 * `known`: whether the reader's buttons can say what a press would do (false while their own state
 * is on its way). `state`: that state when the browser fetched it; null when the page's props hold it.
 */
export function useReaderState(): { known: boolean; state: ReaderState | null } {
  const value = useContext(ReaderStateContext);
  return value === 'loading' ? { known: false, state: null } : { known: true, state: value };
}
