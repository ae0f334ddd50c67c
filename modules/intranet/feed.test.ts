import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, IdeaStatus, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { atomFeed, feedEtag, loadFeedEntries, type FeedTexts } from './feed';

interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict, namespace-aware parse (saxes, exceljs's parser): it throws on anything that is not well-formed XML. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', uri: '', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((attribute) => [attribute.local, attribute.value]),
      ),
      children: [],
      text: '',
    };
    open.at(-1)!.children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    open.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const child = (element: XmlElement, name: string) => element.children.find((candidate) => candidate.name === name);
const childText = (element: XmlElement, name: string) => child(element, name)?.text;

const texts: FeedTexts = {
  title: 'VAU – julkaistut ja toteutetut ideat',
  organisation: 'Esimerkkikunta',
  entryTitle: (kind, title) => `${kind === 'published' ? 'Julkaistu' : 'Toteutettu'}: ${title}`,
};

const base = 'https://vau.kunta.example';

describe('the Atom feed', () => {
  // A database of this file's own: the lists are "the newest" of the whole site, which other test
  // files running at the same time would fill.
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    own = await createEmptyDatabase('intranet-feed');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 3 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });
  // Each idea a minute after the one before, so the feed's order is the order they were made in.
  let offset = 0;
  const future = () => new Date(Date.UTC(2031, 0, 1) + ++offset * 60_000);
  const feedOf = async (locale: 'fi' | 'sv' = 'fi') =>
    parseXml(atomFeed(await loadFeedEntries(db), { base, locale, texts }));
  const entriesOf = (feed: XmlElement) => feed.children.filter((element) => element.name === 'entry');
  const entryTitled = (feed: XmlElement, title: string) =>
    entriesOf(feed).find((entry) => childText(entry, 'title') === title);

  it('is valid Atom: a feed with its id, title, updated time, author and links, each entry with its own', async () => {
    const published = await createIdea(db, { title: 'Sähköinen kulukorvaus', publishedAt: future() });
    const implemented = await createIdea(db, {
      status: IdeaStatus.IMPLEMENTED,
      title: 'Kierrätyspiste',
      publishedAt: future(),
    });
    const doneAt = future();
    await db.idea.update({ where: { id: implemented.id }, data: { statusChangedAt: doneAt } });

    const feed = await feedOf();
    expect(feed).toMatchObject({ name: 'feed', uri: 'http://www.w3.org/2005/Atom', attributes: { lang: 'fi' } });
    expect(childText(feed, 'id')).toBe('tag:vau.kunta.example,2026:vau/feed/fi');
    expect(childText(feed, 'title')).toBe(texts.title);
    expect(childText(child(feed, 'author')!, 'name')).toBe('Esimerkkikunta');
    expect(feed.children.filter((element) => element.name === 'link').map((link) => link.attributes)).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${base}/feed.xml` },
      { rel: 'alternate', type: 'text/html', href: `${base}/ideas` },
    ]);
    const entries = entriesOf(feed);
    expect(childText(feed, 'updated')).toBe(childText(entries[0]!, 'updated'));
    for (const entry of entries) {
      expect(childText(entry, 'id')).toMatch(/^tag:vau\.kunta\.example,2026:vau\/ideas\/\d+\/(published|implemented)$/);
      expect(new Date(childText(entry, 'updated')!).toISOString()).toBe(childText(entry, 'updated'));
      expect(child(entry, 'link')?.attributes.href).toMatch(/^https:\/\/vau\.kunta\.example\/ideas\/\d+-/);
    }
    expect(new Set(entries.map((entry) => childText(entry, 'id'))).size).toBe(entries.length);

    const done = entryTitled(feed, 'Toteutettu: Kierrätyspiste')!;
    expect(childText(done, 'id')).toBe(`tag:vau.kunta.example,2026:vau/ideas/${implemented.id}/implemented`);
    expect(childText(done, 'updated')).toBe(doneAt.toISOString());
    expect(child(done, 'category')?.attributes.term).toBe('implemented');
    expect(entryTitled(feed, 'Julkaistu: Kierrätyspiste')).toBeDefined();
    const news = entryTitled(feed, 'Julkaistu: Sähköinen kulukorvaus')!;
    expect(child(news, 'link')?.attributes.href).toBe(`${base}/ideas/${published.id}-sahkoinen-kulukorvaus`);
    expect(childText(news, 'summary')).toBe('Kuvaus ideasta.');
  });

  it('names an author only when they did not hide their name', async () => {
    const hidden = await createUser(db, { name: 'Salainen Syöttäjä' });
    const open = await createUser(db, { name: 'Avoin Syöttäjä' });
    await createIdea(db, { authorId: hidden.id, anonymous: true, title: 'Nimetön idea', publishedAt: future() });
    await createIdea(db, { authorId: open.id, title: 'Nimellä idea', publishedAt: future() });
    const xml = atomFeed(await loadFeedEntries(db), { base, locale: 'fi', texts });
    expect(xml).not.toContain('Salainen Syöttäjä');
    const feed = parseXml(xml);
    expect(child(entryTitled(feed, 'Julkaistu: Nimetön idea')!, 'author')).toBeUndefined();
    expect(childText(child(entryTitled(feed, 'Julkaistu: Nimellä idea')!, 'author')!, 'name')).toBe('Avoin Syöttäjä');
  });

  it('leaves out ideas that are not public now: hidden, sent in, sent back, rejected, withdrawn, drafts', async () => {
    const unseen = [
      IdeaStatus.HIDDEN,
      IdeaStatus.SUBMITTED,
      IdeaStatus.CHANGES_REQUESTED,
      IdeaStatus.REJECTED,
      IdeaStatus.WITHDRAWN,
      IdeaStatus.DRAFT,
      IdeaStatus.MERGED,
    ];
    for (const status of unseen) await createIdea(db, { status, title: `Piilossa ${status}`, publishedAt: future() });
    const xml = atomFeed(await loadFeedEntries(db), { base, locale: 'fi', texts });
    for (const status of unseen) expect(xml).not.toContain(`Piilossa ${status}`);
  });

  it('escapes titles, names and summaries with & < > and quotes, and drops what XML cannot carry', async () => {
    const author = await createUser(db, { name: 'Ville "Vaaka" <Ville> & co' });
    const title = 'Kahvi & <pulla> "tauolla" \'aina\'';
    await createIdea(db, {
      authorId: author.id,
      title: `${title}\u0007`,
      body: 'A < B && C > D',
      publishedAt: future(),
    });
    const xml = atomFeed(await loadFeedEntries(db), { base, locale: 'fi', texts });
    expect(xml).toContain('Kahvi &amp; &lt;pulla&gt; &quot;tauolla&quot; &apos;aina&apos;');
    const entry = entryTitled(parseXml(xml), `Julkaistu: ${title}`)!;
    expect(childText(child(entry, 'author')!, 'name')).toBe('Ville "Vaaka" <Ville> & co');
    expect(childText(entry, 'summary')).toBe('A < B && C > D');
  });

  it('links to the pages in its own language, and changes its validator only when its content changes', async () => {
    await createIdea(db, { title: 'Ruotsiksi luettava', publishedAt: future() });
    const feed = await feedOf('sv');
    expect(feed.attributes.lang).toBe('sv');
    expect(childText(feed, 'id')).toBe('tag:vau.kunta.example,2026:vau/feed/sv');
    expect(child(entryTitled(feed, 'Julkaistu: Ruotsiksi luettava')!, 'link')?.attributes.href).toMatch(
      /^https:\/\/vau\.kunta\.example\/sv\/ideas\/\d+-ruotsiksi-luettava$/,
    );
    const entries = await loadFeedEntries(db);
    expect(feedEtag(atomFeed(entries, { base, locale: 'fi', texts }))).toBe(
      feedEtag(atomFeed(entries, { base, locale: 'fi', texts })),
    );
    expect(feedEtag(atomFeed(entries, { base, locale: 'fi', texts }))).not.toBe(
      feedEtag(atomFeed(entries.slice(1), { base, locale: 'fi', texts })),
    );
  });
});
