import { describe, expect, it } from 'vitest';
import { PageCache, withNonce, type PageScope, type RenderedPage, type StoredPage } from './page-cache';

const page = (html: string): RenderedPage => ({ html, headers: [['content-type', 'text/html']] });
const html = (stored: StoredPage | null | undefined) => stored?.body.toString('utf8');
const roomy = { maxBytes: 1024 * 1024 };

describe('page store', () => {
  it('serves a stored page until it changes, however long that takes; a page the clock changes only until then', async () => {
    let now = 0;
    const cache = new PageCache({ ...roomy, now: () => now });
    let renders = 0;
    const render = async () => page(`render ${++renders}`);
    expect(html(await cache.getOrRender('/ideas', { scope: { kind: 'listing' } }, 'P', render))).toBe('render 1');
    expect(html(await cache.getOrRender('/', { scope: { kind: 'listing' }, expiresAt: 1000 }, 'P', render))).toBe(
      'render 2',
    );
    now = 999;
    expect(html(cache.get('/'))).toBe('render 2');
    now = 365 * 24 * 60 * 60 * 1000;
    expect(html(cache.get('/ideas'))).toBe('render 1');
    expect(cache.get('/')).toBeUndefined();
    expect(html(await cache.getOrRender('/', { scope: { kind: 'listing' } }, 'P', render))).toBe('render 3');
    cache.itemChanged(1);
    expect(cache.get('/ideas')).toBeUndefined();
  });

  it('renders a page once for any number of readers arriving together', async () => {
    const cache = new PageCache(roomy);
    let renders = 0;
    let finish: () => void = () => {};
    const render = () => new Promise<RenderedPage>((resolve) => (finish = () => resolve(page(`render ${++renders}`))));
    const readers = Array.from({ length: 20 }, () =>
      cache.getOrRender('/ideas/5-x', { scope: { kind: 'item', id: 5 } }, 'P', render),
    );
    finish();
    const pages = await Promise.all(readers);
    expect(renders).toBe(1);
    expect(new Set(pages.map(html))).toEqual(new Set(['render 1']));
  });

  it('drops exactly what a change affects: that item’s pages and every listing, never the static ones', async () => {
    const cache = new PageCache(roomy);
    const store = (key: string, scope: PageScope) => cache.getOrRender(key, { scope }, 'P', async () => page(key));
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
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it('neither stores nor hands out a render that began before a change to its page', async () => {
    const cache = new PageCache(roomy);
    const renders: { html: string; finish: () => void }[] = [];
    const render = (text: string) => () =>
      new Promise<RenderedPage>((resolve) => renders.push({ html: text, finish: () => resolve(page(text)) }));
    const scope = { scope: { kind: 'item', id: 5 } } as const;
    const early = cache.getOrRender('/ideas/5-a', scope, 'P', render('before the change'));
    cache.itemChanged(5);
    // A reader arriving after the change does not wait for the render that could not have seen it.
    const late = cache.getOrRender('/ideas/5-a', scope, 'P', render('after the change'));
    for (const { finish } of renders) finish();
    expect(await early).toBeNull();
    expect(html(await late)).toBe('after the change');
    expect(html(cache.get('/ideas/5-a'))).toBe('after the change');
  });

  it('keeps a render that only another item’s change crossed; a listing’s render is crossed by any change', async () => {
    const cache = new PageCache(roomy);
    const finishes: (() => void)[] = [];
    const render = (text: string) => () =>
      new Promise<RenderedPage>((resolve) => finishes.push(() => resolve(page(text))));
    const idea = cache.getOrRender('/ideas/5-a', { scope: { kind: 'item', id: 5 } }, 'P', render('idea 5'));
    const list = cache.getOrRender('/ideas', { scope: { kind: 'listing' } }, 'P', render('list'));
    cache.itemChanged(6);
    for (const finish of finishes) finish();
    expect(html(await idea)).toBe('idea 5');
    expect(await list).toBeNull();
    expect([html(cache.get('/ideas/5-a')), cache.get('/ideas')]).toEqual(['idea 5', undefined]);
  });

  it('stores a one-off page from its second ask, remembering a bounded number of first asks', async () => {
    const cache = new PageCache({ ...roomy, maxAskedOnce: 3 });
    expect(cache.askedAgain('/ideas?q=piha')).toBe(false);
    expect(cache.askedAgain('/ideas?q=piha')).toBe(true);
    // Each second ask is one: the third is a first again.
    expect(cache.askedAgain('/ideas?q=piha')).toBe(false);
    await cache.getOrRender('/ideas?q=katu', { scope: { kind: 'listing' } }, 'P', async () => page('katu'));
    expect(cache.askedAgain('/ideas?q=katu')).toBe(true);
    for (const word of ['a', 'b', 'c']) cache.askedAgain(`/ideas?q=${word}`);
    expect(cache.askedAgain('/ideas?q=piha')).toBe(false);
    expect(cache.askedAgain('/ideas?q=c')).toBe(true);
  });

  it('forgets the least recently used pages beyond its size in bytes, and never stores a page larger than itself', async () => {
    const pageBytes = (await new PageCache(roomy).getOrRender('/x', { scope: { kind: 'static' } }, 'P', async () =>
      page('x'.repeat(1000)),
    ))!.bytes;
    const cache = new PageCache({ maxBytes: pageBytes * 2 });
    const store = (key: string, text = key.slice(1).repeat(1000)) =>
      cache.getOrRender(key, { scope: { kind: 'static' } }, 'P', async () => page(text));
    await store('/a');
    await store('/b');
    cache.get('/a');
    await store('/c');
    expect([cache.get('/a') !== undefined, cache.get('/b'), cache.get('/c') !== undefined]).toEqual([
      true,
      undefined,
      true,
    ]);
    expect(cache.bytes).toBe(pageBytes * 2);
    // Two bytes a character in UTF-8: counted as stored, not as JavaScript counts the string.
    await store('/d', 'ä'.repeat(1000));
    expect([cache.size, cache.bytes]).toEqual([1, pageBytes + 1000]);
    expect(await store('/e', 'e'.repeat(pageBytes * 2))).not.toBeNull();
    expect(cache.get('/e')).toBeUndefined();
  });

  it('puts each response’s own nonce where the placeholder stood, in the page and its headers', async () => {
    const cache = new PageCache(roomy);
    const placeholder = 'PLACEHOLDERPLACEHOLDER24';
    const stored = await cache.getOrRender('/', { scope: { kind: 'listing' } }, placeholder, async (nonce) => ({
      html: `<p>Äänestä – 💡</p><script nonce="${nonce}"></script><script nonce="${nonce}"></script>`,
      headers: [['link', `</a.css>; rel=preload; nonce="${nonce}"`]],
    }));
    for (const nonce of ['fresh+nonce/of24chars==', 'short']) {
      const { body, headers } = withNonce(stored!, nonce);
      expect(Buffer.from(body).toString('utf8')).toBe(
        `<p>Äänestä – 💡</p><script nonce="${nonce}"></script><script nonce="${nonce}"></script>`,
      );
      expect(headers).toEqual([['link', `</a.css>; rel=preload; nonce="${nonce}"`]]);
    }
    // Each response has its own copy: the stored page keeps its placeholder.
    expect(html(stored)).toContain(placeholder);
  });
});
