import { getTranslations } from 'next-intl/server';
import { Link } from '@/modules/i18n/navigation';
import { adminRoleOrder } from '@/modules/users/admin-roles';
import type { UserRow } from '@/modules/users/queries';
import { EmailAddress } from './email-address';

/**
 * The admin list of people: a table from tablet width up, and on a phone the same rows as a list of
 * cards (a seven-column table would make a 360 px page scroll sideways). Each name opens the
 * person's own edit page. A demo tag on every row says nothing: the tag marks demo people only where
 * they are mixed with real ones, and a list of demo people only is said so once above it.
 */
export async function UserTable({
  rows,
  managed,
}: {
  rows: UserRow[];
  /** A manager's departments besides their own, by person. */
  managed: Map<string, { name: string }[]>;
}) {
  const [t, roleName] = await Promise.all([getTranslations('admin'), getTranslations('roles')]);
  const rolesOf = (user: UserRow) =>
    adminRoleOrder
      .filter((role) => user.roles.includes(role))
      .map((role) => roleName(role))
      .join(', ');
  const alsoManages = (user: UserRow) => {
    const names = managed.get(user.id)?.map((department) => department.name) ?? [];
    return names.length > 0 ? `${t('managedColumn')}: ${names.join(', ')}` : null;
  };
  const allDemo = rows.every((user) => user.demo);
  const tagDemo = !allDemo && rows.some((user) => user.demo);
  const status = (user: UserRow) => (
    <>
      {user.active ? t('statusActive') : <span className="font-semibold text-red-800">{t('inactive')}</span>}
      {tagDemo && user.demo && <span className="ml-2 rounded bg-surface px-1 text-sm">{t('demoBadge')}</span>}
    </>
  );
  const nameLink = (user: UserRow) => (
    <Link href={`/admin/users/${user.id}`} className="font-semibold text-brand underline">
      {user.name}
    </Link>
  );
  if (rows.length === 0) return null;

  return (
    <>
      {allDemo && <p className="mt-1 text-sm text-muted">{t('allDemoPeople')}</p>}
      <ul className="mt-2 grid gap-2 md:hidden" aria-label={t('usersList')}>
        {rows.map((user) => (
          <li key={user.id} className="rounded border border-line p-3 break-words">
            <p>{nameLink(user)}</p>
            {user.email && (
              <p className="text-sm">
                <EmailAddress address={user.email} />
              </p>
            )}
            <p className="text-sm text-muted">
              {[user.departmentName, alsoManages(user), rolesOf(user)].filter(Boolean).join(' · ')}
            </p>
            <p className="text-sm">{status(user)}</p>
          </li>
        ))}
      </ul>
      <table className="mt-2 hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">{t('usersList')}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-3">
              {t('nameColumn')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('emailColumn')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('department')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('rolesLegend')}
            </th>
            <th scope="col" className="py-2 whitespace-nowrap">
              {t('statusFilter')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => (
            <tr key={user.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                {nameLink(user)}
              </th>
              <td className="py-2 pr-3">{user.email ? <EmailAddress address={user.email} /> : '–'}</td>
              <td className="py-2 pr-3">
                {user.departmentName ?? '–'}
                {alsoManages(user) && <span className="block text-sm text-muted">{alsoManages(user)}</span>}
              </td>
              <td className="py-2 pr-3">{rolesOf(user)}</td>
              <td className="py-2 whitespace-nowrap">{status(user)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
