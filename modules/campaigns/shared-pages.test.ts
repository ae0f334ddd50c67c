import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ideasSharedPages, nextHelsinkiYear } from '@/modules/ideas/shared-pages';
import { sharedPageFor, storedUntil, type SharedPagesSetup } from '@/modules/platform/page-cache/policy';
import { testDb } from '@/modules/platform/testing/database';
import { createCampaign } from '@/modules/platform/testing/factories';
import { loadOpenCampaigns } from './public';
import { campaignsSharedPages, nextCampaignChange } from './shared-pages';

/** The ideas' pages (the front page among them) and the campaigns', as the site registers them (app/shared-pages.ts). */
const sharedPagesSetup: SharedPagesSetup = {
  policies: [ideasSharedPages, campaignsSharedPages],
  localePrefixes: ['/sv', '/en'],
  sessionCookieNames: ['session'],
  sharedCookieNames: [],
};
const ask = (url: string, cookieNames: string[] = []) => {
  const { pathname, searchParams } = new URL(url, 'http://vau.test');
  return sharedPageFor(sharedPagesSetup, {
    method: 'GET',
    pathname,
    searchParams,
    headers: new Headers(),
    cookieNames,
  });
};
const session = 'session';

describe('campaign pages in the page store', () => {
  it('shares the campaign list and a campaign’s page with its search, filters, sort and position, for everyone', () => {
    for (const url of [
      '/campaigns',
      '/sv/campaigns',
      '/campaigns/energiansaasto-talvi',
      `/en/campaigns/x?status=PUBLISHED&sort=votes&category=${crypto.randomUUID()}`,
    ])
      for (const cookies of [[], [session]])
        expect(ask(url, cookies), url).toMatchObject({
          scope: { kind: 'listing' },
          version: 'everyone',
          storeFromFirstAsk: true,
        });
    for (const url of ['/campaigns/x?q=paperi', '/campaigns/x?sort=votes&after=abc'])
      expect(ask(url), url).toMatchObject({ storeFromFirstAsk: false });
  });

  it('renders personal lists, the search limit’s refusal and other campaign routes for each reader', () => {
    for (const url of [
      '/campaigns/x?mine=1',
      '/campaigns/x?voted=1',
      '/campaigns/x?q=a&following=1',
      '/campaigns/x?q=a&limited=1',
      '/campaigns/x/y',
      '/campaigns?page=2',
    ])
      for (const cookies of [[], [session]]) expect(ask(url, cookies), url).toBeNull();
  });
});

describe('the clock of campaign pages and the front page', () => {
  const db = testDb();
  const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
  afterAll(() => pool.end());

  it('is the next opening or closing of any campaign, and none when every one has closed', async () => {
    // Far in the future, where no other test's campaign is.
    const year = 2900 + Math.floor(Math.random() * 90);
    const at = (date: string) => new Date(`${year}-${date}`);
    await createCampaign(db, { opensAt: at('03-02T08:00:00Z'), closesAt: at('03-20T14:00:00Z') });
    await createCampaign(db, { opensAt: at('03-10T08:00:00Z'), closesAt: at('03-15T14:00:00Z') });
    expect(await nextCampaignChange(at('01-01T00:00:00Z'), pool)).toEqual(at('03-02T08:00:00Z'));
    expect(await nextCampaignChange(at('03-02T08:00:00Z'), pool)).toEqual(at('03-10T08:00:00Z'));
    expect(await nextCampaignChange(at('03-12T00:00:00Z'), pool)).toEqual(at('03-15T14:00:00Z'));
    expect(await nextCampaignChange(at('03-15T14:00:00Z'), pool)).toEqual(at('03-20T14:00:00Z'));
    expect(await nextCampaignChange(new Date('3500-01-01T00:00:00Z'), pool)).toBeNull();
  });

  it('keeps a stored front page no longer than the moment a campaign opens or closes, or the new year', async () => {
    const year = 2900 + Math.floor(Math.random() * 90);
    const at = (date: string) => new Date(`${year}-${date}`);
    const campaign = await createCampaign(db, { opensAt: at('05-04T06:00:00Z'), closesAt: at('05-29T13:00:00Z') });
    const frontPage = ask('/sv', [session])!;
    expect(frontPage).toMatchObject({ scope: { kind: 'listing' } });

    // Before it opens: kept until it opens, when the front page announces it.
    const before = at('05-01T00:00:00Z');
    expect((await loadOpenCampaigns(db, 'fi', before)).map((open) => open.slug)).not.toContain(campaign.slug);
    expect(await storedUntil(frontPage, pool, before)).toBe(campaign.opensAt.getTime());
    // While open: announced, and kept until it closes.
    const during = at('05-10T00:00:00Z');
    expect(await loadOpenCampaigns(db, 'fi', during)).toContainEqual({
      slug: campaign.slug,
      title: campaign.titleFi,
      closesAt: campaign.closesAt,
    });
    expect(await storedUntil(frontPage, pool, during)).toBe(campaign.closesAt.getTime());
    // From the closing moment on it is no longer announced.
    expect((await loadOpenCampaigns(db, 'fi', campaign.closesAt)).map((open) => open.slug)).not.toContain(
      campaign.slug,
    );
    // With no campaign ahead, the new year (this year's count) is the front page's next change.
    const later = new Date(`${year + 50}-06-01T00:00:00Z`);
    expect(await storedUntil(frontPage, pool, later)).toBe(nextHelsinkiYear(later).getTime());
    // The campaign pages follow the same clock.
    expect(await storedUntil(ask('/campaigns')!, pool, during)).toBe(campaign.closesAt.getTime());
  });
});
