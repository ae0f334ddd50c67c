export const locales = ['fi', 'sv', 'en'] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = 'fi';

/** BCP 47 tags for Intl formatting: fi-FI gives "1 234,50 €". */
export const intlLocale: Record<AppLocale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export const timeZone = 'Europe/Helsinki';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
