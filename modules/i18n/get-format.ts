import { getLocale, getTranslations } from 'next-intl/server';
import { elapsed, formatterFor } from './format';
import { defaultLocale, isAppLocale } from './locales';

/**
 * The formatting helpers for async server components, in the request's language, plus
 * `duration`: how long something has waited, "4 päivää" in "Odottanut {time}".
 */
export async function getFormat() {
  const [requested, t] = await Promise.all([getLocale(), getTranslations('time')]);
  const format = formatterFor(isAppLocale(requested) ? requested : defaultLocale);
  return { ...format, duration: (since: Date, now: Date) => t('duration', elapsed(since, now)) };
}
