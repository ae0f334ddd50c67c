import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, isAppLocale, timeZone } from './locales';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone,
    messages: (await import(`./messages/${locale}.json`)).default,
    formats: {
      number: { eur: { style: 'currency', currency: 'EUR' } },
      dateTime: { short: { day: 'numeric', month: 'numeric', year: 'numeric' } },
    },
  };
});
