import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { UserFilters } from '@/components/admin/user-filters';
import { UserTable } from '@/components/admin/user-table';
import { Pagination } from '@/components/pagination';
import { getCurrentUser } from '@/modules/access/current-user';
import { formatNumber } from '@/modules/i18n/format';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import type { SearchParams } from '@/modules/platform/search-params';
import { managedDepartmentNames } from '@/modules/users/admin-managed-departments';
import { adminRoleOrder } from '@/modules/users/admin-roles';
import { parseUserListParams, userListQuery } from '@/modules/users/list-params';
import { listDepartments, searchUsers } from '@/modules/users/queries';

interface UsersPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: UsersPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'admin' });
  return { title: t('usersTitle'), robots: { index: false } };
}

export default async function UsersPage({ params, searchParams }: UsersPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const search = parseUserListParams(await searchParams);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const result = await searchUsers(db, actor, search, locale);
  // Not "forbidden": whether an admin area exists is itself nobody else's business.
  if (!result) notFound();
  const [t, departments, managed] = await Promise.all([
    getTranslations('admin'),
    listDepartments(db, locale),
    managedDepartmentNames(
      db,
      actor,
      result.rows.filter((row) => row.roles.includes('MANAGER')).map((row) => row.id),
      locale,
    ),
  ]);

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('usersTitle')}</h1>
      <UserFilters search={search} roles={adminRoleOrder} departments={departments} />
      <p className="mt-4 text-muted" role="status">
        {t('results', { count: result.total, total: formatNumber(result.total) })}
      </p>
      {result.truncated && <p className="mt-1 max-w-prose text-sm text-muted">{t('narrowSearch')}</p>}
      <UserTable rows={result.rows} managed={managed} />
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => ({ pathname: '/admin/users', query: userListQuery(search, page) })}
        labels={{
          navigation: t('pagination'),
          previous: t('previous'),
          next: t('next'),
          position: t('page', { page: result.page, pages: result.pages }),
        }}
      />
    </div>
  );
}
