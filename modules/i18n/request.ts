import { getRequestConfig } from 'next-intl/server';
import { errorMessages } from './error-messages';
import { defaultLocale, isAppLocale, timeZone } from './locales';

export default getRequestConfig(async ({ locale: explicitLocale, requestLocale }) => {
  // An explicit locale (getTranslations({ locale })) must win without touching requestLocale,
  // which reads request headers and would make otherwise static pages dynamic.
  const requested = explicitLocale ?? (await requestLocale);
  const locale = isAppLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone,
    messages: { ...(await import(`./messages/${locale}.json`)).default, errors: errorMessages[locale] },
    onError(error) {
      // A missing or misnamed text is a bug. The end-to-end tests run strict, so it fails the page.
      if (process.env.I18N_STRICT === 'true') throw error;
      console.error(error);
    },
    formats: {
      number: { eur: { style: 'currency', currency: 'EUR' } },
      dateTime: { short: { day: 'numeric', month: 'numeric', year: 'numeric' } },
    },
  };
});
