import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { NumberSettingsForm } from '@/components/admin/number-settings-form';
import { SettingsForm } from '@/components/settings-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { getNumberSettingValues, numberSettingForms } from '@/modules/settings/number-settings';
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
  const [t, mode, numbers, messages] = await Promise.all([
    getTranslations('settings'),
    getModerationMode(db),
    getNumberSettingValues(db),
    getMessages(),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <NextIntlClientProvider messages={clientMessages(messages, ['settings', 'errors', 'validation', 'forms'])}>
        <SettingsForm mode={mode} />
        <div className="mt-10 border-t border-line pt-6">
          <NumberSettingsForm
            form="moderationReminders"
            fields={numberSettingForms.moderationReminders}
            values={numbers}
          />
        </div>
        <div className="mt-10 border-t border-line pt-6">
          <NumberSettingsForm form="accelerator" fields={numberSettingForms.accelerator} values={numbers} />
          <p className="mt-6 max-w-prose">
            <Link href="/admin/scorecard" className="font-semibold text-brand underline">
              {t('accelerator.scorecardLink')}
            </Link>
          </p>
          <p className="max-w-prose text-sm text-muted">{t('accelerator.scorecardHint')}</p>
        </div>
      </NextIntlClientProvider>
    </div>
  );
}
