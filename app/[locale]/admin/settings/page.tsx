import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SettingsForm } from '@/components/settings-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { getModerationMode } from '@/modules/settings/settings';

interface SettingsPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: SettingsPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'settings' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SettingsPage({ params }: SettingsPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  if (!can(actor, 'settings.manage')) notFound();
  const [t, mode, messages] = await Promise.all([getTranslations('settings'), getModerationMode(db), getMessages()]);
  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <NextIntlClientProvider messages={clientMessages(messages, ['settings', 'errors', 'validation', 'forms'])}>
        <SettingsForm mode={mode} />
      </NextIntlClientProvider>
    </div>
  );
}
