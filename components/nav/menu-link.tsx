'use client';

import clsx from 'clsx';
import type { ReactNode } from 'react';
import { Link, usePathname } from '@/modules/i18n/navigation';

/** Is `href` the page being shown, or a page inside it? The list is current only on itself. */
export function useIsCurrent(): (href: string) => boolean {
  const pathname = usePathname();
  return (href) => {
    const path = href.split('?')[0]!;
    if (path === '/' || path === '/ideas') return pathname === path;
    return pathname === path || pathname.startsWith(`${path}/`);
  };
}

/** A link in a menu panel or list: a full-width 44 px target, marked when it is the current page. */
export function MenuLink({
  href,
  children,
  onNavigate,
  className,
}: {
  href: string;
  children: ReactNode;
  onNavigate?: () => void;
  className?: string;
}) {
  const current = useIsCurrent()(href);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      onClick={onNavigate}
      className={clsx(
        'flex min-h-11 items-center gap-2 rounded px-2 font-medium underline-offset-4 hover:underline',
        current ? 'text-brand underline decoration-2' : 'text-ink',
        className,
      )}
    >
      {children}
    </Link>
  );
}
