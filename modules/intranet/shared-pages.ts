import type { SharedPagePolicy } from '@/modules/platform/page-cache/policy';

/**
 * The widget is on every intranet front page, so it is a stored shared page (docs/decisions/0008,
 * 0039): the same for everyone (a framed page gets no cookies, and it shows nothing personal),
 * dropped by any change to ideas (as the ideas list is) or to campaigns (their triggers announce
 * `all`), and rendered again when a campaign opens or closes (the campaigns' policy declares that
 * clock for /widget).
 */
export const intranetSharedPages: SharedPagePolicy = {
  name: 'intranet',
  pages: [{ path: /^\/widget$/, dependsOn: 'listing', sharedParameters: [], signedIn: 'same' }],
};
