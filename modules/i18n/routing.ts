import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

// Finnish lives at the root (/ideas/123); Swedish and English under /sv and /en. A chosen language
// is remembered in a cookie; the browser's Accept-Language is ignored (see docs/decisions/0003).
export const localeCookie = { name: 'VAU_LOCALE', maxAge: 60 * 60 * 24 * 365 } as const;

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'as-needed',
  localeCookie,
  // No hreflang Link headers: an intranet is not indexed, and they would name the host a page was
  // first rendered for, which a stored page must not carry (docs/decisions/0008).
  alternateLinks: false,
});
