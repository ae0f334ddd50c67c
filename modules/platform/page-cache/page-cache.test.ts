import { describe, expect, it } from 'vitest';
import { sharedPageVersion, PageCache, scopeOfPath, withNonce, type RenderedPage } from './page-cache';

const page = (html: string): RenderedPage => ({ html, headers: [['content-type', 'text/html']] });

describe('page store', () => {
  it('serves a stored page until it is older than the safety limit', async () => {
    let now = 0;
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 1000, now: () => now });
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    expect((await cache.getOrRender('/ideas', { kind: 'listing' }, 'P', render))?.html).toBe('render 1');
    now = 999;
    expect(cache.get('/ideas')?.html).toBe('render 1');
    now = 1000;
    expect(cache.get('/ideas')).toBeUndefined();
    expect((await cache.getOrRender('/ideas', { kind: 'listing' }, 'P', render))?.html).toBe('render 2');
  });

  it('renders a page once for any number of readers arriving together', async () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 60_000 });
    let renders = 0;
    let finish: () => void = () => {};
    const render = () => new Promise<RenderedPage>((resolve) => (finish = () => resolve(page(`render ${++renders}`))));
    const readers = Array.from({ length: 20 }, () => cache.getOrRender('/ideas/5-x', { kind: 'idea', ideaId: 5 }, 'P', render));
    finish();
    const pages = await Promise.all(readers);
    expect(renders).toBe(1);
    expect(new Set(pages.map((stored) => stored?.html))).toEqual(new Set(['render 1']));
  });

  it('drops exactly what a change affects: that idea’s pages and every listing, never the static ones', async () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const store = (key: string, scope: Parameters<PageCache['getOrRender']>[1]) => cache.getOrRender(key, scope, 'P', async () => page(key));
    await store('/ideas/5-a', { kind: 'idea', ideaId: 5 });
    await store('/sv/ideas/5-a', { kind: 'idea', ideaId: 5 });
    await store('/ideas/6-b', { kind: 'idea', ideaId: 6 });
    await store('/ideas?sort=votes', { kind: 'listing' });
    await store('/accessibility', { kind: 'static' });
    cache.ideaChanged(5);
    expect(['/ideas/5-a', '/sv/ideas/5-a', '/ideas/6-b', '/ideas?sort=votes', '/accessibility'].map((key) => cache.get(key) !== undefined)).toEqual([false, false, true, false, true]);
  });

  it('does not store a render that began before a change it could not have seen', async () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 60_000 });
    let finish: () => void = () => {};
    const pending = cache.getOrRender('/ideas/5-a', { kind: 'idea', ideaId: 5 }, 'P', () => new Promise<RenderedPage>((resolve) => (finish = () => resolve(page('before the change')))));
    cache.ideaChanged(5);
    finish();
    expect((await pending)?.html).toBe('before the change');
    expect(cache.get('/ideas/5-a')).toBeUndefined();
  });

  it('stores a page from its second ask within the safety limit, so one-off pages skip the store', async () => {
    let now = 0;
    const cache = new PageCache({ maxEntries: 2, maxAgeMs: 1000, now: () => now });
    expect(cache.askedAgain('/ideas?q=piha')).toBe(false);
    now = 999;
    expect(cache.askedAgain('/ideas?q=piha')).toBe(true);
    expect(cache.askedAgain('/ideas?q=katu')).toBe(false);
    now = 2000;
    expect(cache.askedAgain('/ideas?q=katu')).toBe(false);
    expect(cache.askedAgain('/ideas?q=katu')).toBe(true);
    await cache.getOrRender('/', { kind: 'listing' }, 'P', async () => page('/'));
    expect(cache.askedAgain('/')).toBe(true);
    // It remembers a bounded number of one-off asks: the oldest are forgotten first.
    for (let index = 0; index < 9; index += 1) cache.askedAgain(`/ideas?q=${index}`);
    expect(cache.askedAgain('/ideas?q=0')).toBe(false);
    expect(cache.askedAgain('/ideas?q=8')).toBe(true);
  });

  it('forgets the least recently used page beyond its size', async () => {
    const cache = new PageCache({ maxEntries: 2, maxAgeMs: 60_000 });
    for (const key of ['/a', '/b']) await cache.getOrRender(key, { kind: 'static' }, 'P', async () => page(key));
    cache.get('/a');
    await cache.getOrRender('/c', { kind: 'static' }, 'P', async () => page('/c'));
    expect([cache.get('/a')?.html, cache.get('/b'), cache.get('/c')?.html]).toEqual(['/a', undefined, '/c']);
  });

  it('puts each response’s own nonce where the placeholder stood, in the page and its headers', async () => {
    const cache = new PageCache({ maxEntries: 2, maxAgeMs: 60_000 });
    const stored = await cache.getOrRender('/', { kind: 'listing' }, 'PLACEHOLDER', async (placeholder) => ({
      html: `<script nonce="${placeholder}"></script><script nonce="${placeholder}"></script>`,
      headers: [['link', `</a.css>; rel=preload; nonce="${placeholder}"`]],
    }));
    expect(withNonce(stored!, 'fresh')).toEqual({ html: '<script nonce="fresh"></script><script nonce="fresh"></script>', headers: [['link', '</a.css>; rel=preload; nonce="fresh"']] });
  });

  it('knows which pages are shared and whose requests may have them', () => {
    expect(scopeOfPath('/')).toEqual({ kind: 'listing' });
    expect(scopeOfPath('/sv')).toEqual({ kind: 'listing' });
    expect(scopeOfPath('/en/ideas')).toEqual({ kind: 'listing' });
    expect(scopeOfPath('/ideas/42-pyorat-kiertoon')).toEqual({ kind: 'idea', ideaId: 42 });
    expect(scopeOfPath('/sv/ideas/42-cyklar')).toEqual({ kind: 'idea', ideaId: 42 });
    expect(scopeOfPath('/accessibility')).toEqual({ kind: 'static' });
    for (const path of ['/ideas/new', '/ideas/42', '/ideas/42-x/edit', '/moderation', '/profile', '/admin/users', '/sign-in', '/de/ideas']) expect(scopeOfPath(path)).toBeNull();

    const listing = { kind: 'listing' } as const;
    const idea = { kind: 'idea', ideaId: 42 } as const;
    const asked = (overrides: Partial<Parameters<typeof sharedPageVersion>[0]> = {}) => ({ method: 'GET', headers: new Headers(), cookieNames: ['VAU_LOCALE'], searchParams: new URLSearchParams(), ...overrides });
    const signedIn = (cookie: string, query = '') => asked({ cookieNames: [cookie], searchParams: new URLSearchParams(query) });
    expect(sharedPageVersion(asked(), idea)).toBe('everyone');
    expect(sharedPageVersion(asked(), listing)).toBe('everyone');
    for (const cookie of ['authjs.session-token', '__Secure-authjs.session-token']) {
      expect(sharedPageVersion(signedIn(cookie), idea)).toBe('member');
      expect(sharedPageVersion(signedIn(cookie, 'q=piha&sort=votes'), listing)).toBe('everyone');
      expect(sharedPageVersion(signedIn(cookie), { kind: 'static' })).toBe('everyone');
      for (const personal of ['mine=1', 'voted=1', 'following=1']) expect(sharedPageVersion(signedIn(cookie, personal), listing)).toBeNull();
    }
    expect(sharedPageVersion(asked({ method: 'POST' }), listing)).toBeNull();
    for (const header of ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action']) {
      expect(sharedPageVersion(asked({ headers: new Headers({ [header]: '1' }) }), listing)).toBeNull();
      expect(sharedPageVersion(asked({ cookieNames: ['authjs.session-token'], headers: new Headers({ [header]: '1' }) }), idea)).toBeNull();
    }
  });
});
