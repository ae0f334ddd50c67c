import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { defaultLocale } from '@/modules/i18n/locales';

// Requests the locale proxy does not handle (unknown /api paths, files) end here, in Finnish.
export default async function GlobalNotFound() {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'errors' });
  return (
    <html lang={defaultLocale}>
      <body className="mx-auto max-w-2xl p-6">
        <main>
          <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
          <p className="mt-2">{t('notFoundBody')}</p>
          <p className="mt-4">
            <Link className="text-brand underline" href="/">
              {t('backHome')}
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
