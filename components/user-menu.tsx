'use client';

import { useTranslations } from 'next-intl';
import { signOut } from '@/modules/access/actions';
import { Link } from '@/modules/i18n/navigation';
import { useMe } from './me-provider';

/** Who is signed in, known after load so that the pages around it can stay static and cached. */
export function UserMenu() {
  const t = useTranslations('shell');
  const roles = useTranslations('roles');
  const me = useMe();

  if (!me) return null;
  if (!me.user) {
    return (
      <Link
        href="/sign-in"
        className="inline-flex min-h-11 items-center rounded px-2 font-semibold text-brand underline underline-offset-4"
      >
        {t('signIn')}
      </Link>
    );
  }
  const extraRoles = me.user.roles.filter((role) => role !== 'EMPLOYEE');
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span>
        {/* Phones have no room for the label; screen readers still hear it. */}
        <span className="sr-only sm:not-sr-only">{`${t('signedIn')} `}</span>
        {me.user.name}
        {extraRoles.length > 0 && (
          <span className="text-muted"> ({extraRoles.map((role) => roles(role)).join(', ')})</span>
        )}
      </span>
      <form action={signOut}>
        <button type="submit" className="min-h-11 rounded px-2 font-semibold text-brand underline underline-offset-4">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
