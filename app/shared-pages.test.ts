import { describe, expect, it } from 'vitest';
import { campaignsSharedPages } from '@/modules/campaigns/shared-pages';
import { ideasSharedPages } from '@/modules/ideas/shared-pages';
import { sharedPageFor } from '@/modules/platform/page-cache/policy';
import { sharedPagesSetup } from './shared-pages';

describe('the site’s shared pages', () => {
  // Checked against the whole registration, so that no policy, of any domain, ever shares them.
  it('never include a reader’s own pages: My ideas and the notification centre are rendered for each reader', () => {
    const personal = ['/my-ideas', '/notifications', '/notifications?olderThan=42'];
    const urls = personal.flatMap((url) => [url, ...sharedPagesSetup.localePrefixes.map((prefix) => prefix + url)]);
    for (const url of urls) {
      const { pathname, searchParams } = new URL(url, 'http://vau.test');
      for (const cookieNames of [[], ...sharedPagesSetup.sessionCookieNames.map((name) => [name])]) {
        const request = { method: 'GET', pathname, searchParams, headers: new Headers(), cookieNames };
        expect(sharedPageFor(sharedPagesSetup, request), `${url} ${cookieNames.join()}`).toBeNull();
      }
    }
  });

  it('share the intranet widget in every language, signed in or not, but not with parameters', () => {
    const match = (url: string, cookieNames: string[] = []) => {
      const { pathname, searchParams } = new URL(url, 'http://vau.test');
      return sharedPageFor(sharedPagesSetup, {
        method: 'GET',
        pathname,
        searchParams,
        headers: new Headers(),
        cookieNames,
      });
    };
    for (const url of ['/widget', '/sv/widget', '/en/widget'])
      for (const cookieNames of [[], sharedPagesSetup.sessionCookieNames.slice(0, 1)])
        expect(match(url, cookieNames)).toMatchObject({ scope: { kind: 'listing' }, version: 'everyone' });
    expect(match('/widget?x=1')).toBeNull();
    // Rendered again when a campaign opens or closes (the campaigns' clock).
    expect(match('/sv/widget')?.changesAt).toBeInstanceOf(Function);
  });

  // Their clocks are tested with the policies (modules/campaigns/shared-pages.test.ts): the front
  // page's note of open campaigns is stored only until the next campaign opens or closes.
  it('include the campaign pages, and the campaigns’ clock on the front page beside this year’s count', () => {
    expect(sharedPagesSetup.policies).toEqual(expect.arrayContaining([ideasSharedPages, campaignsSharedPages]));
    expect(campaignsSharedPages.clocks?.some((clock) => clock.path.test('/'))).toBe(true);
  });
});
