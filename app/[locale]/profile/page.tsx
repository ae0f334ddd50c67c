import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { ProfileForm } from '@/components/profile-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { listDepartments } from '@/modules/users/queries';

interface ProfilePageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export async function generateMetadata({ params }: ProfilePageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'profile' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ProfilePage({ params, searchParams }: ProfilePageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: '/sign-in', locale });
  const [{ saved }, t, profile, departments, messages] = await Promise.all([
    searchParams,
    getTranslations('profile'),
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { name: true, departmentId: true, locale: true, namedInHallOfFame: true },
    }),
    listDepartments(db, locale),
    getMessages(),
  ]);

  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      {saved && (
        <p role="status" className="mt-3 rounded bg-emerald-50 px-3 py-2 text-emerald-900">
          {t('saved')}
        </p>
      )}
      <NextIntlClientProvider messages={clientMessages(messages, ['profile', 'forms', 'errors', 'validation'])}>
        <ProfileForm profile={profile} departments={departments} />
      </NextIntlClientProvider>
      <section aria-labelledby="email-heading" className="mt-8 max-w-prose">
        <h2 id="email-heading" className="text-xl font-bold">
          {t('emailHeading')}
        </h2>
        <p className="mt-2">{t('emailIntro')}</p>
        <p className="mt-3">
          <Link href="/profile/notifications" className="text-brand underline underline-offset-4">
            {t('emailLink')}
          </Link>
        </p>
      </section>
      {can(user, 'reward.read', { ownerIds: [user.id] }) && (
        <section aria-labelledby="rewards-heading" className="mt-8 max-w-prose">
          <h2 id="rewards-heading" className="text-xl font-bold">
            {t('rewardsHeading')}
          </h2>
          <p className="mt-2">{t('rewardsIntro')}</p>
          <p className="mt-3">
            <Link href="/profile/rewards" className="text-brand underline underline-offset-4">
              {t('rewardsLink')}
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="export-heading" className="mt-8 max-w-prose">
        <h2 id="export-heading" className="text-xl font-bold">
          {t('exportHeading')}
        </h2>
        <p className="mt-2">{t('exportIntro')}</p>
        <p className="mt-3">
          {/* A download, not a page: a plain link on purpose. */}
          <a href="/api/me/export" download className="text-brand underline underline-offset-4">
            {t('exportLink')}
          </a>
        </p>
      </section>
    </div>
  );
}
