'use client';

import { UserRound } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { signOut } from '@/modules/access/actions';
import { LanguageSwitcher } from './language-switcher';
import { useMe } from './me-provider';
import { Disclosure } from './nav/disclosure';
import { MenuLink } from './nav/menu-link';

/** Who is signed in, their own pages, the language and signing out: the account part of every menu. */
export function AccountSection({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations('shell');
  const nav = useTranslations('nav');
  const roles = useTranslations('roles');
  const user = useMe()?.user;
  if (!user) return null;
  const extraRoles = user.roles.filter((role) => role !== 'EMPLOYEE');
  return (
    <div className="flex flex-col gap-2">
      <p className="px-2 text-sm">
        {`${t('signedIn')} `}
        <strong>{user.name}</strong>
        {extraRoles.length > 0 && (
          <span className="text-muted"> ({extraRoles.map((role) => roles(role as 'EMPLOYEE')).join(', ')})</span>
        )}
      </p>
      <ul>
        {user.menu.account.map((link) => (
          <li key={link.id}>
            <MenuLink href={link.href} onNavigate={onNavigate}>
              {nav(link.id as 'profile')}
            </MenuLink>
          </li>
        ))}
      </ul>
      <LanguageSwitcher layout="list" onNavigate={onNavigate} />
      <form action={signOut} className="border-t border-line pt-2">
        <button
          type="submit"
          className="min-h-11 w-full rounded px-2 text-left font-semibold text-brand underline underline-offset-4"
        >
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}

/** The account menu on wide screens: the person's name opens it. */
export function UserMenu() {
  const t = useTranslations('shell');
  const user = useMe()?.user;
  if (!user) return null;
  return (
    <Disclosure
      label={
        <>
          <UserRound aria-hidden="true" size={20} className="shrink-0" />
          <span className="sr-only">{`${t('signedIn')} `}</span>
          {/* Cut short on screen (the whole name is in the panel), whole in the button's name. */}
          <span className="max-w-32 truncate">{user.name}</span>
        </>
      }
    >
      {(close) => <AccountSection onNavigate={close} />}
    </Disclosure>
  );
}
