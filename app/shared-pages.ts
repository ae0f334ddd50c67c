import { sessionCookieNames } from '@/modules/access/session-cookies';
import { campaignsSharedPages } from '@/modules/campaigns/shared-pages';
import { localeCookie, routing } from '@/modules/i18n/routing';
import { ideasSharedPages } from '@/modules/ideas/shared-pages';
import { intranetSharedPages } from '@/modules/intranet/shared-pages';
import type { SharedPagePolicy, SharedPagesSetup } from '@/modules/platform/page-cache/policy';

/** The site's own pages that no domain owns. */
const sitePages: SharedPagePolicy = {
  name: 'site',
  pages: [{ path: /^\/accessibility$/, dependsOn: 'static', sharedParameters: [], signedIn: 'same' }],
};

/**
 * The one place where domains' shared pages are registered with the platform's page store
 * (docs/decisions/0008). A page no policy here declares is never stored.
 */
export const sharedPagesSetup: SharedPagesSetup = {
  policies: [ideasSharedPages, campaignsSharedPages, intranetSharedPages, sitePages],
  localePrefixes: routing.locales.filter((locale) => locale !== routing.defaultLocale).map((locale) => `/${locale}`),
  sessionCookieNames,
  sharedCookieNames: [localeCookie.name],
};
