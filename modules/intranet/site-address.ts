import { defaultLocale, type AppLocale } from '@/modules/i18n/locales';

/**
 * The site's public address for links other systems keep (the feed, the widget's embed code):
 * AUTH_URL when set, as behind a proxy the request's own address may be an internal one.
 */
export function siteAddress(requestOrigin: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env.AUTH_URL ?? requestOrigin).replace(/\/+$/, '');
}

/** A page's absolute address in a language (Finnish without a prefix). */
export function localizedAddress(base: string, locale: AppLocale, path: string): string {
  return `${base}${locale === defaultLocale ? '' : `/${locale}`}${path}`;
}
