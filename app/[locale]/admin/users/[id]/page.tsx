import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EmailAddress } from '@/components/admin/email-address';
import { EmployeeDataForm } from '@/components/admin/employee-data-form';
import { ManagedDepartmentsForm } from '@/components/admin/managed-departments-form';
import { UserAdminCard } from '@/components/user-admin-card';
import { getCurrentUser } from '@/modules/access/current-user';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { Role } from '@/modules/platform/db/generated/enums';
import { employeeDataFor } from '@/modules/users/admin-employee-data';
import { managedDepartmentNames } from '@/modules/users/admin-managed-departments';
import { getUserForAdmin, listDepartments } from '@/modules/users/queries';

interface UserEditPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: UserEditPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'admin' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function UserEditPage({ params }: UserEditPageProps) {
  const { locale, id } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const user = await getUserForAdmin(db, actor, id, locale);
  if (!user) notFound();
  const [t, departments, managedByUser, employeeData, messages] = await Promise.all([
    getTranslations('admin'),
    listDepartments(db, locale, { including: user.departmentId }),
    managedDepartmentNames(db, actor, [user.id], locale),
    employeeDataFor(db, actor, user.id),
    getMessages(),
  ]);
  const managed = managedByUser.get(user.id) ?? [];
  const isManager = user.roles.includes(Role.MANAGER);
  // Besides the departments in use, those already managed though no longer in use; never the own one.
  const manageable = [
    ...departments,
    ...managed.filter((department) => !departments.some((candidate) => candidate.id === department.id)),
  ].filter((department) => department.id !== user.departmentId);

  const details = [
    { term: t('emailColumn'), value: user.email && <EmailAddress address={user.email} /> },
    { term: t('jobTitle'), value: user.jobTitle },
    { term: t('department'), value: user.departmentName },
    { term: t('managedColumn'), value: isManager && managed.map((department) => department.name).join(', ') },
  ].filter((detail) => detail.value);

  return (
    <div>
      <p>
        <Link href="/admin/users" className="text-brand underline">
          {t('backToUsers')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold break-words text-brand">{user.name}</h1>
      <dl className="mt-2 grid gap-2 sm:gap-1">
        {details.map(({ term, value }) => (
          <div key={term} className="sm:flex sm:gap-4">
            <dt className="text-sm text-muted sm:w-36 sm:shrink-0 sm:text-base">{term}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {!user.active && <p className="mt-1 font-semibold text-red-800">{t('inactive')}</p>}
      {user.demo && <p className="mt-1 text-sm text-muted">{t('demoPerson')}</p>}
      <p className="mt-1 text-sm">
        <Link
          href={{ pathname: '/admin/audit', query: { targetType: 'user', target: user.id } }}
          className="text-brand underline"
        >
          {t('auditOfUser')}
        </Link>
      </p>
      <NextIntlClientProvider messages={clientMessages(messages, ['admin', 'roles', 'errors', 'validation', 'forms'])}>
        <UserAdminCard user={user} departments={departments} isSelf={user.id === actor.id} />
        <div className="mt-8 max-w-prose">
          <EmployeeDataForm
            userId={user.id}
            employeeNumber={employeeData?.employeeNumber ?? null}
            costCentre={employeeData?.costCentre ?? null}
          />
        </div>
        <div className="mt-8 max-w-prose">
          {isManager ? (
            <ManagedDepartmentsForm
              userId={user.id}
              departments={manageable}
              managedIds={managed.map((department) => department.id)}
            />
          ) : (
            <p className="text-sm text-muted">{t('managedNotManager')}</p>
          )}
        </div>
      </NextIntlClientProvider>
    </div>
  );
}
