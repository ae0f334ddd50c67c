import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetPage, type WidgetTexts } from '@/components/widget/widget-page';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, IdeaStatus, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { createCampaign, createIdea, createUser } from '@/modules/platform/testing/factories';
import { loadWidget, WIDGET_LIST_SIZE, type WidgetContent } from '@/modules/intranet/widget';

const texts: WidgetTexts = {
  title: 'VAU',
  heading: 'Ideat',
  lead: 'Kerro',
  shareIdea: 'Kerro ideasi',
  newTab: 'Uusi välilehti',
  trending: 'Suositut',
  latest: 'Uusimmat',
  noIdeas: 'Ei ideoita',
  seeAll: 'Kaikki',
  votes: (count) => `${count} ääntä`,
  status: (status) => status,
  campaign: {
    heading: 'Ideahaku on auki',
    openUntil: (closesAt) => `Auki ${closesAt.toISOString()} asti`,
    postIdea: 'Kerro ideasi tähän ideahakuun',
  },
};

const render = async (db: Database, content?: WidgetContent) =>
  widgetPage({
    locale: 'fi',
    nonce: 'abc',
    brandColor: '#1b4f8a',
    texts,
    content: content ?? (await loadWidget(db, 'fi')),
    href: (path) => path,
    ideaHref: (idea) => `/ideas/${idea.id}`,
  });

describe('the intranet widget', () => {
  // A database of this file's own: the lists are "the newest" of the whole site, which other test
  // files running at the same time would fill.
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    own = await createEmptyDatabase('intranet-widget');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 3 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });
  // Above any idea an earlier test here made.
  const top = { trendingScore: 1e305 };
  const newest = new Date('2077-07-07T07:07:07Z');

  it('shows trending and newest public ideas with their votes and status, never an author', async () => {
    const hidden = await createUser(db, { name: 'Salainen Kirjoittaja' });
    const named = await createUser(db, { name: 'Avoin Kirjoittaja' });
    const anonymous = await createIdea(db, { authorId: hidden.id, anonymous: true, title: 'Nimetön mutta suosittu' });
    await db.idea.update({ where: { id: anonymous.id }, data: { ...top, voteCount: 42 } });
    const latest = await createIdea(db, { authorId: named.id, title: 'Ihan uusi idea', publishedAt: newest });

    const content = await loadWidget(db, 'fi');
    expect(content.trending[0]).toEqual({
      id: anonymous.id,
      title: 'Nimetön mutta suosittu',
      status: IdeaStatus.PUBLISHED,
      voteCount: 42,
    });
    expect(content.latest[0]).toMatchObject({ id: latest.id, title: 'Ihan uusi idea' });
    expect(content.trending.length).toBeLessThanOrEqual(WIDGET_LIST_SIZE);

    const html = await render(db);
    expect(html).toContain(
      `<a href="/ideas/${anonymous.id}" target="_blank" rel="noopener">Nimetön mutta suosittu</a>`,
    );
    expect(html).toContain('42 ääntä · PUBLISHED');
    expect(html).not.toContain('Salainen Kirjoittaja');
    expect(html).not.toContain('Avoin Kirjoittaja');
  });

  it('leaves out what is not public: submitted, hidden, rejected and draft ideas', async () => {
    const unseen = [IdeaStatus.SUBMITTED, IdeaStatus.HIDDEN, IdeaStatus.REJECTED, IdeaStatus.DRAFT, IdeaStatus.MERGED];
    const ideas = await Promise.all(
      unseen.map((status) => createIdea(db, { status, title: `Ei julkinen ${status}`, publishedAt: newest })),
    );
    for (const idea of ideas) await db.idea.update({ where: { id: idea.id }, data: top });
    const html = await render(db);
    for (const status of unseen) expect(html).not.toContain(`Ei julkinen ${status}`);
  });

  it('escapes titles, and opens every link in a new top-level tab', async () => {
    const idea = await createIdea(db, { title: 'Kahvi & <script>alert(1)</script> "tauko"', publishedAt: newest });
    await db.idea.update({ where: { id: idea.id }, data: top });
    const html = await render(db);
    expect(html).toContain('Kahvi &amp; &lt;script&gt;alert(1)&lt;/script&gt; &quot;tauko&quot;');
    expect(html).not.toContain('<script');
    const links = [...html.matchAll(/<a [^>]*>/g)].map(([tag]) => tag);
    expect(links.length).toBeGreaterThan(2);
    for (const tag of links) expect(tag).toMatch(/ target="_blank" rel="noopener"/);
    expect(html).toContain('<a href="/ideas/new" target="_blank" rel="noopener" class="share">Kerro ideasi</a>');
  });

  it('shows the open campaign closing soonest, with a link to post into it, and none before or after its window', async () => {
    const opensAt = new Date('2041-03-01T10:00:00Z');
    const closesAt = new Date('2041-03-08T10:00:00Z');
    const campaign = await createCampaign(db, { opensAt, closesAt, titleFi: 'Energiaa & <säästöä>' });
    await createCampaign(db, { opensAt, closesAt: new Date('2041-04-01T10:00:00Z'), titleFi: 'Myöhemmin sulkeutuva' });

    const during = await loadWidget(db, 'fi', new Date('2041-03-02T10:00:00Z'));
    expect(during.campaign).toEqual({ slug: campaign.slug, title: 'Energiaa & <säästöä>', closesAt });
    const html = await render(db, during);
    expect(html).toContain(
      `<a href="/campaigns/${campaign.slug}" target="_blank" rel="noopener">Energiaa &amp; &lt;säästöä&gt;</a>`,
    );
    expect(html).toContain(`Auki ${closesAt.toISOString()} asti`);
    expect(html).toContain(
      `<a href="/ideas/new?campaign=${campaign.slug}" target="_blank" rel="noopener">Kerro ideasi tähän ideahakuun</a>`,
    );
    expect((await loadWidget(db, 'fi', new Date(opensAt.getTime() - 1))).campaign?.slug).not.toBe(campaign.slug);
    expect((await loadWidget(db, 'fi', closesAt)).campaign?.title).not.toBe('Energiaa & <säästöä>');
  });
});
