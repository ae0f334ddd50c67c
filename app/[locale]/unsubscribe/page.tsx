import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { UnsubscribeForm } from '@/components/notifications/unsubscribe-form';
import { clientMessages } from '@/modules/i18n/client-messages';
import { checkedParams } from '@/modules/i18n/page-params';
import { Link } from '@/modules/i18n/navigation';
import { previewUnsubscribe } from '@/modules/notifications/unsubscribe';
import { db } from '@/modules/platform/db';

interface UnsubscribePageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}

export async function generateMetadata({ params }: UnsubscribePageProps): Promise<Metadata> {
  const { locale } = await checkedParams(params);
  const t = await getTranslations({ locale, namespace: 'unsubscribe' });
  // The token in the address is the person's: it goes to no other site.
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

/**
 * Where an e-mail's unsubscribe link leads, signed in or not. Opening it changes nothing (link
 * scanners open links): it says what will be turned off, and its one button does it.
 */
export default async function UnsubscribePage({ params, searchParams }: UnsubscribePageProps) {
  const { locale } = await checkedParams(params);
  setRequestLocale(locale);
  const { token } = await searchParams;
  const given = typeof token === 'string' ? token : null;
  const [t, kindNames, preview, messages] = await Promise.all([
    getTranslations('unsubscribe'),
    getTranslations('notificationPreferences.kinds'),
    previewUnsubscribe(db, given),
    getMessages(),
  ]);
  const preferencesLink = (
    <p className="mt-4">
      <Link
        href="/profile/notifications"
        className="inline-block min-h-11 py-2 text-brand underline underline-offset-4"
      >
        {t('preferences')}
      </Link>
    </p>
  );

  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-extrabold text-brand">{t('title')}</h1>
      {!preview || !given ? (
        <>
          <p className="mt-3">{t('invalid')}</p>
          {preferencesLink}
        </>
      ) : preview.kinds.length === 0 ? (
        <>
          <p className="mt-3">{t('nothingToDo')}</p>
          {preferencesLink}
        </>
      ) : (
        <>
          {'kind' in preview.target ? (
            <p className="mt-3">{t('kind', { kind: kindNames(`${preview.target.kind}.label`) })}</p>
          ) : (
            <>
              <p className="mt-3">{t('digest', { digest: preview.target.digest })}</p>
              <ul className="mt-2 list-disc pl-6">
                {preview.kinds.map((kind) => (
                  <li key={kind}>{kindNames(`${kind}.label`)}</li>
                ))}
              </ul>
            </>
          )}
          <NextIntlClientProvider messages={clientMessages(messages, ['unsubscribe'])}>
            <UnsubscribeForm token={given} />
          </NextIntlClientProvider>
        </>
      )}
    </div>
  );
}
