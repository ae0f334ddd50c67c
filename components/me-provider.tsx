'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { usePathname } from '@/modules/i18n/navigation';
import { offers, type Menu } from '@/modules/navigation/menu-links';

export interface Me {
  user: {
    name: string;
    roles: string[];
    /** What the permission table offers this person (modules/navigation/menu.ts), with its counts. */
    menu: Menu;
  } | null;
}

const MeContext = createContext<{ me: Me | null; refreshMe: () => void }>({ me: null, refreshMe: () => {} });

/**
 * Fetches who is signed in once per navigation, for every header component that needs it, and
 * again when something on the page changed what the header counts (`useRefreshMe`).
 */
export function MeProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/me', { signal: controller.signal, cache: 'no-store' })
      .then((response) => response.json() as Promise<Me>)
      .then(setMe)
      .catch(() => {});
    return () => controller.abort();
  }, [pathname, asked]);
  const refreshMe = useCallback(() => setAsked((count) => count + 1), []);
  const value = useMemo(() => ({ me, refreshMe }), [me, refreshMe]);
  return <MeContext value={value}>{children}</MeContext>;
}

/** Null until known; then `{ user: null }` when signed out. */
export function useMe(): Me | null {
  return useContext(MeContext).me;
}

/** Asks /api/me again without a navigation: after marking activity seen, the header's count follows. */
export function useRefreshMe(): () => void {
  return useContext(MeContext).refreshMe;
}

/**
 * Shows its content only once the browser knows someone is signed in — and, with `link`, only if
 * their menu offers that entry (the server's permission table decides). The page itself stays the
 * same for every reader, so it can be served from the page store.
 */
export function ForSignedIn({ link, children }: { link?: string; children: ReactNode }) {
  const user = useMe()?.user;
  if (!user || (link && !offers(user.menu, link))) return null;
  return children;
}
