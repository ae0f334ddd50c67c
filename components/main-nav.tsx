'use client';

import { Bell } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';
import { menuCounts } from '@/modules/navigation/menu-links';
import { LanguageSwitcher } from './language-switcher';
import { useMe } from './me-provider';
import { CountBadge } from './nav/count-badge';
import { Disclosure } from './nav/disclosure';
import { MenuLink } from './nav/menu-link';
import { NewIdeaButton } from './nav/new-idea-button';
import { PhoneMenu } from './nav/phone-menu';
import { RoleAreas } from './nav/role-areas';
import { UserMenu } from './user-menu';

/**
 * The header's menu, one row at every width (decision 0014). Wide screens: the person's own pages,
 * "New idea", activity, one "Tools" button for every role area, and the account menu. Phones: "New
 * idea" and a "Menu" button holding the rest. The entries come from /api/me (the permission table).
 */
export function MainNav() {
  const t = useTranslations('shell');
  const nav = useTranslations('nav');
  const me = useMe();
  const user = me?.user;
  const areas = user?.menu.areas ?? [];
  const { unread, waiting } = menuCounts(user?.menu);

  return (
    <>
      {/* Never narrower than its controls, so they cannot run over each other: the organisation's name
          beside the logo gives way first, and the account button shows at most the start of a long name. */}
      <div className="hidden shrink-0 grow items-center gap-1 lg:flex">
        <nav aria-label={t('mainNavigation')} className="flex min-w-0 flex-1 items-center gap-2">
          <ul className="flex items-center gap-1">
            <li>
              <MenuLink href="/ideas">{nav('ideas')}</MenuLink>
            </li>
            {/* The row has room for "Tools" or for one more link (decision 0014): with Tools, it is Tools' first entry. */}
            {areas.length === 0 && (
              <li>
                <MenuLink href="/campaigns">{nav('campaigns')}</MenuLink>
              </li>
            )}
            {user?.menu.personal.map((link) => (
              <li key={link.id}>
                <MenuLink href={link.href} className="whitespace-nowrap">
                  {nav(link.id as 'myIdeas')}
                </MenuLink>
              </li>
            ))}
          </ul>
          <div className="ml-auto flex items-center gap-1">
            {user?.menu.newIdea && <NewIdeaButton href={user.menu.newIdea.href} />}
            {user?.menu.activity && (
              <MenuLink href={user.menu.activity.href} className="whitespace-nowrap">
                <Bell aria-hidden="true" size={18} />
                {nav('notifications')}
                <CountBadge count={unread} label={t('unread', { count: unread })} />
              </MenuLink>
            )}
            {areas.length > 0 && (
              <Disclosure
                label={
                  <>
                    {t('tools')}
                    <CountBadge count={waiting} label={t('pending', { count: waiting })} />
                  </>
                }
              >
                {(close) => (
                  <>
                    <MenuLink href="/campaigns" onNavigate={close}>
                      {nav('campaigns')}
                    </MenuLink>
                    <RoleAreas areas={areas} onNavigate={close} />
                  </>
                )}
              </Disclosure>
            )}
          </div>
        </nav>
        {user && <UserMenu />}
        {me && !user && (
          <>
            <LanguageSwitcher />
            <SignInLink />
          </>
        )}
      </div>
      <div className="ml-auto flex shrink-0 items-center gap-2 lg:hidden">
        {user?.menu.newIdea && <NewIdeaButton href={user.menu.newIdea.href} />}
        {me && !user && <SignInLink compact />}
        <PhoneMenu me={me} />
      </div>
    </>
  );
}

function SignInLink({ compact = false }: { compact?: boolean }) {
  const t = useTranslations('shell');
  return (
    <Link
      href="/sign-in"
      className={`inline-flex min-h-11 items-center rounded font-semibold whitespace-nowrap text-brand underline underline-offset-4 ${compact ? 'px-1 text-sm' : 'px-2'}`}
    >
      {t('signIn')}
    </Link>
  );
}
