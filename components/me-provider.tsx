'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { usePathname } from '@/modules/i18n/navigation';
import type { Menu } from '@/modules/navigation/menu';

export interface Me {
  user: {
    name: string;
    roles: string[];
    /** What the permission table offers this person (modules/navigation/menu.ts). */
    menu: Menu;
    links: { id: string; href: string }[];
    unread: number;
  } | null;
}

const MeContext = createContext<Me | null>(null);

/** Fetches who is signed in once per navigation, for every header component that needs it. */
export function MeProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/me', { signal: controller.signal, cache: 'no-store' })
      .then((response) => response.json() as Promise<Me>)
      .then(setMe)
      .catch(() => {});
    return () => controller.abort();
  }, [pathname]);
  return <MeContext value={me}>{children}</MeContext>;
}

/** Null until known; then `{ user: null }` when signed out. */
export function useMe(): Me | null {
  return useContext(MeContext);
}

/**
 * Shows its content only once the browser knows someone is signed in — and, with `link`, only if
 * /api/me offers them that link (the server's permission table decides). The page itself stays the
 * same for every reader, so it can be served from the page store.
 */
export function ForSignedIn({ link, children }: { link?: string; children: ReactNode }) {
  const user = useMe()?.user;
  if (!user || (link && !user.links.some((offered) => offered.id === link))) return null;
  return children;
}
