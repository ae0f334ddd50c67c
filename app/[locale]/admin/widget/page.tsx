import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { FrameOriginsForm } from '@/components/widget/frame-origins-form';
import { getCurrentUser } from '@/modules/access/current-user';
import { can } from '@/modules/access/permissions';
import { clientMessages } from '@/modules/i18n/client-messages';
import { locales } from '@/modules/i18n/locales';
import { checkedParams } from '@/modules/i18n/page-params';
import { redirect } from '@/modules/i18n/navigation';
import { getFrameOrigins } from '@/modules/intranet/frame-origins';
import { localizedAddress, siteAddress } from '@/modules/intranet/site-address';
import { WIDGET_PATH } from '@/modules/intranet/widget-path';
import { db } from '@/modules/platform/db';

interface WidgetAdminPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: WidgetAdminPageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'widget.admin' });
  return { title: t('title'), robots: { index: false } };
}

export default async function WidgetAdminPage({ params }: WidgetAdminPageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const actor = await getCurrentUser();
  if (!actor) return redirect({ href: '/sign-in', locale });
  if (!can(actor, 'settings.manage')) notFound();
  const [t, origins, messages, incoming] = await Promise.all([
    getTranslations('widget.admin'),
    getFrameOrigins(db),
    getMessages(),
    headers(),
  ]);
  const base = siteAddress(`${incoming.get('x-forwarded-proto') ?? 'http'}://${incoming.get('host')}`);
  const addresses = (path: string) =>
    locales.map((language) => ({ language, url: localizedAddress(base, language, path) }));
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      <p className="mt-3">{t('lead')}</p>
      <NextIntlClientProvider messages={clientMessages(messages, ['widget', 'errors', 'validation', 'forms'])}>
        <FrameOriginsForm origins={origins} />
      </NextIntlClientProvider>
      {[
        { id: 'embed', heading: t('embedHeading'), hint: t('embedHint'), path: WIDGET_PATH },
        { id: 'feed', heading: t('feedHeading'), hint: t('feedHint'), path: '/feed.xml' },
      ].map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`} className="mt-10 border-t border-line pt-6">
          <h2 id={`${section.id}-heading`} className="text-xl font-bold">
            {section.heading}
          </h2>
          <p className="mt-2">{section.hint}</p>
          <ul className="mt-3 grid gap-2">
            {addresses(section.path).map(({ language, url }) => (
              <li key={language}>
                <span className="font-semibold">{t(`languages.${language}`)}:</span>{' '}
                <code className="break-all">{url}</code>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
