'use client';

import { Bell, Menu as MenuIcon, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { menuCounts } from '@/modules/navigation/menu-links';
import type { Me } from '../me-provider';
import { LanguageSwitcher } from '../language-switcher';
import { AccountSection } from '../user-menu';
import { CountBadge } from './count-badge';
import { Disclosure } from './disclosure';
import { MenuLink } from './menu-link';
import { RoleAreas } from './role-areas';

/**
 * Phones and tablets: one "Menu" button that drops everything below the header — the person's own
 * pages, their role areas, their account and the language. Its badge sums what is new or waiting.
 */
export function PhoneMenu({ me }: { me: Me | null }) {
  const t = useTranslations('shell');
  const nav = useTranslations('nav');
  const toolsId = useId();
  const user = me?.user;
  const { unread, waiting } = menuCounts(user?.menu);
  const news = [
    unread > 0 ? t('unread', { count: unread }) : null,
    waiting > 0 ? t('pending', { count: waiting }) : null,
  ].filter(Boolean);

  return (
    <nav aria-label={t('mainNavigation')}>
      <Disclosure
        variant="sheet"
        className="gap-1 rounded border border-line px-1.5 text-sm font-semibold"
        label={(open) => (
          <>
            {open ? <X aria-hidden="true" size={20} /> : <MenuIcon aria-hidden="true" size={20} />}
            {t('menu')}
            <CountBadge count={unread + waiting} label={news.join(', ')} className="absolute -top-2 -right-2" />
          </>
        )}
      >
        {(close) => (
          <div className="mx-auto flex max-w-5xl flex-col gap-3">
            <ul>
              <li>
                <MenuLink href="/ideas" onNavigate={close}>
                  {nav('ideas')}
                </MenuLink>
              </li>
              <li>
                <MenuLink href="/campaigns" onNavigate={close}>
                  {nav('campaigns')}
                </MenuLink>
              </li>
              {user?.menu.personal.map((link) => (
                <li key={link.id}>
                  <MenuLink href={link.href} onNavigate={close}>
                    {nav(link.id as 'myIdeas')}
                  </MenuLink>
                </li>
              ))}
              {user?.menu.activity && (
                <li>
                  <MenuLink href={user.menu.activity.href} onNavigate={close}>
                    <Bell aria-hidden="true" size={18} />
                    {nav('notifications')}
                    <CountBadge count={unread} label={t('unread', { count: unread })} />
                  </MenuLink>
                </li>
              )}
            </ul>
            {user && user.menu.areas.length > 0 && (
              <div className="border-t border-line pt-2">
                <p id={toolsId} className="px-2 text-sm font-semibold text-muted">
                  {t('tools')}
                </p>
                <div role="group" aria-labelledby={toolsId}>
                  <RoleAreas areas={user.menu.areas} onNavigate={close} />
                </div>
              </div>
            )}
            <div className="border-t border-line pt-2">
              {user ? (
                <AccountSection onNavigate={close} />
              ) : (
                // Signing in is in the header row itself; here only the language.
                <LanguageSwitcher layout="list" onNavigate={close} />
              )}
            </div>
          </div>
        )}
      </Disclosure>
    </nav>
  );
}
