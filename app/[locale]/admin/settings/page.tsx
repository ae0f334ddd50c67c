import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { NumberSettingsForm } from '@/components/admin/number-settings-form';
import { SettingsForm } from '@/components/settings-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can, holdsSomewhere } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link, redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { getNumberSettingValues, numberSettingForms } from '@/modules/settings/number-settings';
import { getModerationMode } from '@/modules/settings/settings';

interface SettingsPageProps {
  params: Promise<{ locale: string }>;
}

const sections = ['moderation', 'accelerator', 'rewards'] as const;

export async function generateMetadata({ params }: SettingsPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'settings' });
  return { title: t('title'), robots: { index: false } };
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4 border-t border-line pt-6">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
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
      <p className="mt-2 max-w-prose">{t('intro')}</p>
      <nav aria-labelledby="settings-contents" className="mt-4">
        <h2 id="settings-contents" className="font-semibold">
          {t('onThisPage')}
        </h2>
        <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {sections.map((section) => (
            <li key={section}>
              <a href={`#${section}`} className="inline-flex min-h-11 items-center text-brand underline">
                {t(`sections.${section}`)}
              </a>
            </li>
          ))}
          <li>
            <Link href="/admin" className="inline-flex min-h-11 items-center text-brand underline">
              {t('adminHomeLink')}
            </Link>
          </li>
        </ul>
      </nav>
      <NextIntlClientProvider messages={clientMessages(messages, ['settings', 'errors', 'validation', 'forms'])}>
        <Section id="moderation" heading={t('sections.moderation')}>
          <SettingsForm mode={mode} />
          <div className="mt-8">
            <NumberSettingsForm
              form="moderationReports"
              fields={numberSettingForms.moderationReports}
              values={numbers}
            />
          </div>
          <div className="mt-8">
            <NumberSettingsForm
              form="moderationReminders"
              fields={numberSettingForms.moderationReminders}
              values={numbers}
            />
          </div>
        </Section>
        <Section id="accelerator" heading={t('sections.accelerator')}>
          <NumberSettingsForm form="accelerator" fields={numberSettingForms.accelerator} values={numbers} />
          <p className="mt-6 max-w-prose">
            <Link href="/admin/scorecard" className="font-semibold text-brand underline">
              {t('accelerator.scorecardLink')}
            </Link>
          </p>
          <p className="max-w-prose text-sm text-muted">{t('accelerator.scorecardHint')}</p>
        </Section>
        <Section id="rewards" heading={t('sections.rewards')}>
          {holdsSomewhere(actor, 'reward.rules.manage') && (
            <p className="mt-4 max-w-prose">
              <Link href="/rewards/rules" className="font-semibold text-brand underline">
                {t('rewards.rulesLink')}
              </Link>
            </p>
          )}
          <p className="max-w-prose text-sm text-muted">{t('rewards.rulesHint')}</p>
        </Section>
      </NextIntlClientProvider>
    </div>
  );
}
