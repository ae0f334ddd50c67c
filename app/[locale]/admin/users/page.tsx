import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/pagination';
import { UserAdminCard } from '@/components/user-admin-card';
import { getCurrentUser } from '@/modules/access/current-user';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { Role } from '@/modules/platform/db/generated/enums';
import { db } from '@/modules/platform/db';
import { listDepartments, searchUsers } from '@/modules/users/queries';

interface UsersPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string; role?: string; page?: string }>;
}

export async function generateMetadata({ params }: UsersPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'admin' });
  return { title: t('usersTitle'), robots: { index: false } };
}

export default async function UsersPage({ params, searchParams }: UsersPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const search = await searchParams;
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const role = Object.values(Role).find((candidate) => candidate === search.role);
  const result = await searchUsers(db, actor, { query: search.q, role, page: Number(search.page) || 1 }, locale);
  // Not "forbidden": whether an admin area exists is itself nobody else's business.
  if (!result) notFound();
  const [t, roles, departments, messages] = await Promise.all([
    getTranslations('admin'),
    getTranslations('roles'),
    listDepartments(db, locale),
    getMessages(),
  ]);
  const pageHref = (page: number) => ({
    pathname: '/admin/users',
    query: { ...(search.q ? { q: search.q } : {}), ...(role ? { role } : {}), page },
  });

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('usersTitle')}</h1>
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div className="flex min-w-56 flex-1 flex-col">
          <label htmlFor="user-search" className="font-semibold">
            {t('searchLabel')}
          </label>
          <input
            id="user-search"
            name="q"
            type="search"
            defaultValue={search.q}
            className="mt-1 min-h-11 rounded border border-line px-3"
          />
        </div>
        <div className="flex flex-col">
          <label htmlFor="role-filter" className="font-semibold">
            {t('roleFilter')}
          </label>
          <select
            id="role-filter"
            name="role"
            defaultValue={role ?? ''}
            className="mt-1 min-h-11 rounded border border-line bg-white px-2"
          >
            <option value="">{t('allRoles')}</option>
            {Object.values(Role).map((value) => (
              <option key={value} value={value}>
                {roles(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          {t('search')}
        </button>
      </form>
      <p className="mt-4 text-muted" aria-live="polite">
        {t('results', { count: result.total })}
      </p>
      <NextIntlClientProvider messages={clientMessages(messages, ['admin', 'roles', 'errors', 'validation'])}>
        <ul className="mt-2 grid gap-3">
          {result.rows.map((user) => (
            <li key={user.id}>
              <UserAdminCard user={user} departments={departments} isSelf={user.id === actor.id} />
            </li>
          ))}
        </ul>
      </NextIntlClientProvider>
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={pageHref}
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
