'use client';

import clsx from 'clsx';
import { Menu, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link, usePathname } from '@/modules/i18n/navigation';
import { useMe } from './me-provider';

const everyone = [
  { href: '/', label: 'home' },
  { href: '/ideas', label: 'ideas' },
  { href: '/accessibility', label: 'accessibility' },
] as const;

/** The main menu: a row on wide screens; on phones a button that drops the menu below the header. */
export function MainNav() {
  const t = useTranslations('shell');
  const labels = useTranslations('nav');
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // Entries the signed-in user's roles allow, as decided on the server by the permission table.
  const me = useMe()?.user;
  const personal = (me?.links ?? []).map((link) => ({ href: link.href, label: link.id }));
  const items: { href: string; label: string }[] = [...everyone.slice(0, 2), ...personal, ...everyone.slice(2)];
  // Counts beside entries: unseen activity on followed ideas; ideas waiting for a moderator.
  const counts: Record<string, { count: number; label: string }> = {
    following: { count: me?.unread ?? 0, label: 'unread' },
    moderation: { count: me?.pendingModeration ?? 0, label: 'pending' },
  };

  return (
    <nav aria-label={t('mainNavigation')}>
      <button
        type="button"
        className="inline-flex min-h-11 items-center gap-1.5 rounded border border-line px-2.5 font-semibold sm:hidden"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((value) => !value)}
      >
        {open ? <X aria-hidden="true" size={20} /> : <Menu aria-hidden="true" size={20} />}
        {t('menu')}
      </button>
      <ul
        id="main-menu"
        className={clsx(
          'absolute inset-x-0 top-full z-20 flex-col gap-1 border-b border-line bg-white px-4 py-2 shadow-md',
          'sm:static sm:flex sm:flex-row sm:gap-4 sm:border-0 sm:p-0 sm:shadow-none',
          open ? 'flex' : 'hidden',
        )}
      >
        {items.map((item) => {
          const path = item.href.split('?')[0]!;
          const current =
            path === '/' ? pathname === '/' : path === '/ideas' ? pathname === '/ideas' : pathname.startsWith(path);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                onClick={() => setOpen(false)}
                className={clsx(
                  'flex min-h-11 items-center rounded px-2 font-medium underline-offset-4 hover:underline',
                  current ? 'text-brand underline decoration-2' : 'text-ink',
                )}
              >
                {labels(item.label)}
                {(counts[item.label]?.count ?? 0) > 0 && (
                  <span className="ml-1.5 rounded-full bg-red-800 px-2 text-xs font-bold text-white">
                    <span aria-hidden="true">{counts[item.label]!.count}</span>
                    <span className="sr-only">
                      {t(counts[item.label]!.label as 'unread', { count: counts[item.label]!.count })}
                    </span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
