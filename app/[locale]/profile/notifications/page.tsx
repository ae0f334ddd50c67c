import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EmailPreferencesForm } from '@/components/notifications/email-preferences-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { emailCadences } from '@/modules/notifications/kinds';
import { loadEmailPreferences } from '@/modules/notifications/preferences';
import { db } from '@/modules/platform/db';

interface EmailPreferencesPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: EmailPreferencesPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'notificationPreferences' });
  return { title: t('title'), robots: { index: false } };
}

/** Which notifications reach the person by e-mail, and how often: their own page, rendered per request. */
export default async function EmailPreferencesPage({ params }: EmailPreferencesPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  const [t, preferences, messages] = await Promise.all([
    getTranslations('notificationPreferences'),
    loadEmailPreferences(db, actor),
    getMessages(),
  ]);
  if (!preferences) notFound();

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>
      <p className="mt-3">
        {preferences.address ? (
          t.rich('address', {
            address: preferences.address,
            strong: (chunks) => <strong className="break-words">{chunks}</strong>,
          })
        ) : (
          <strong>{t('noAddress')}</strong>
        )}
      </p>
      <p className="mt-2">
        <Link href="/notifications" className="inline-block min-h-11 py-2 text-brand underline underline-offset-4">
          {t('centreLink')}
        </Link>
      </p>
      <NextIntlClientProvider messages={clientMessages(messages, ['notificationPreferences', 'errors', 'validation'])}>
        <EmailPreferencesForm choices={preferences.choices} cadences={emailCadences} />
      </NextIntlClientProvider>
    </div>
  );
}
