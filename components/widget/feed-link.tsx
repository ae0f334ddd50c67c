import { getLocale, getTranslations } from 'next-intl/server';
import { defaultLocale } from '@/modules/i18n/locales';

/**
 * Tells browsers and intranet tools where the ideas' Atom feed is (React puts the link in the
 * head). A path, never an absolute address: the page carrying it is stored for every host.
 */
export async function FeedLink() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('feed')]);
  const href = `${locale === defaultLocale ? '' : `/${locale}`}/feed.xml`;
  return <link rel="alternate" type="application/atom+xml" title={t('link')} href={href} />;
}
