import { describe, expect, it } from 'vitest';
import { PageCache, withNonce, type RenderedPage } from './page-cache';

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
    const readers = Array.from({ length: 20 }, () =>
      cache.getOrRender('/ideas/5-x', { kind: 'item', id: 5 }, 'P', render),
    );
    finish();
    const pages = await Promise.all(readers);
    expect(renders).toBe(1);
    expect(new Set(pages.map((stored) => stored?.html))).toEqual(new Set(['render 1']));
  });

  it('drops exactly what a change affects: that item’s pages and every listing, never the static ones', async () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const store = (key: string, scope: Parameters<PageCache['getOrRender']>[1]) =>
      cache.getOrRender(key, scope, 'P', async () => page(key));
    await store('/ideas/5-a', { kind: 'item', id: 5 });
    await store('/sv/ideas/5-a', { kind: 'item', id: 5 });
    await store('/ideas/6-b', { kind: 'item', id: 6 });
    await store('/ideas?sort=votes', { kind: 'listing' });
    await store('/accessibility', { kind: 'static' });
    cache.itemChanged(5);
    expect(
      ['/ideas/5-a', '/sv/ideas/5-a', '/ideas/6-b', '/ideas?sort=votes', '/accessibility'].map(
        (key) => cache.get(key) !== undefined,
      ),
    ).toEqual([false, false, true, false, true]);
  });

  it('neither stores nor hands out a render that began before a change to its page', async () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const renders: { html: string; finish: () => void }[] = [];
    const render = (html: string) => () =>
      new Promise<RenderedPage>((resolve) => renders.push({ html, finish: () => resolve(page(html)) }));
    const early = cache.getOrRender('/ideas/5-a', { kind: 'item', id: 5 }, 'P', render('before the change'));
    cache.itemChanged(5);
    // A reader arriving after the change does not wait for the render that could not have seen it.
    const late = cache.getOrRender('/ideas/5-a', { kind: 'item', id: 5 }, 'P', render('after the change'));
    for (const { finish } of renders) finish();
    expect(await early).toBeNull();
    expect((await late)?.html).toBe('after the change');
    expect(cache.get('/ideas/5-a')?.html).toBe('after the change');
  });

  it('keeps a render that only another item’s change crossed; a listing’s render is crossed by any change', async () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const finishes: (() => void)[] = [];
    const render = (html: string) => () =>
      new Promise<RenderedPage>((resolve) => finishes.push(() => resolve(page(html))));
    const idea = cache.getOrRender('/ideas/5-a', { kind: 'item', id: 5 }, 'P', render('idea 5'));
    const list = cache.getOrRender('/ideas', { kind: 'listing' }, 'P', render('list'));
    cache.itemChanged(6);
    for (const finish of finishes) finish();
    expect((await idea)?.html).toBe('idea 5');
    expect(await list).toBeNull();
    expect([cache.get('/ideas/5-a')?.html, cache.get('/ideas')]).toEqual(['idea 5', undefined]);
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
    expect(withNonce(stored!, 'fresh')).toEqual({
      html: '<script nonce="fresh"></script><script nonce="fresh"></script>',
      headers: [['link', '</a.css>; rel=preload; nonce="fresh"']],
    });
  });
});
