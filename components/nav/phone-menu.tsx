'use client';

import { Bell, Menu as MenuIcon, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Me } from '../me-provider';
import { LanguageSwitcher } from '../language-switcher';
import { AccountSection } from '../user-menu';
import { CountBadge } from './count-badge';
import { MenuLink } from './menu-link';
import { RoleAreas, waitingInAreas } from './role-areas';
import { useDisclosure } from './use-disclosure';

/**
 * Phones and tablets: one "Menu" button that drops everything below the header — the person's own
 * pages, their role areas, their account and the language. Its badge sums what is new or waiting.
 */
export function PhoneMenu({ me }: { me: Me | null }) {
  const t = useTranslations('shell');
  const nav = useTranslations('nav');
  const { open, toggle, close, buttonRef, containerRef } = useDisclosure();
  const panelId = useId();
  const toolsId = useId();
  const user = me?.user;
  const unread = user?.menu.activity?.count ?? 0;
  const waiting = waitingInAreas(user?.menu.areas ?? []);
  const news = [
    unread > 0 ? t('unread', { count: unread }) : null,
    waiting > 0 ? t('pending', { count: waiting }) : null,
  ].filter(Boolean);

  return (
    <nav ref={containerRef} aria-label={t('mainNavigation')}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        className="relative inline-flex min-h-11 items-center gap-1 rounded border border-line px-2 text-sm font-semibold"
      >
        {open ? <X aria-hidden="true" size={20} /> : <MenuIcon aria-hidden="true" size={20} />}
        {t('menu')}
        {news.length > 0 && (
          <span className="absolute -top-2 -right-2 inline-flex min-w-5 justify-center rounded-full bg-red-800 px-1 text-xs leading-5 font-bold text-white">
            <span aria-hidden="true">{unread + waiting}</span>
            <span className="sr-only">{`, ${news.join(', ')}`}</span>
          </span>
        )}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-30 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-line bg-white px-4 py-3 shadow-md sm:px-6"
      >
        <div className="mx-auto flex max-w-5xl flex-col gap-3">
          <ul>
            <li>
              <MenuLink href="/ideas" onNavigate={close}>
                {nav('ideas')}
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
      </div>
    </nav>
  );
}
