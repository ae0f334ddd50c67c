import { describe, expect, it } from 'vitest';
import type { AppLocale } from '@/modules/i18n/locales';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createCampaign, createCategory, createIdea, createUser } from '@/modules/platform/testing/factories';
import { ideaListParams, ideaSorts, listIdeas } from './list';

const cursorText = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('the ideas list', () => {
  const db = testDb();

  it('is the same for every reader unless personal: hidden names stay hidden in it, one’s own list names oneself', async () => {
    const author = actorOf(await createUser(db, { name: 'Piilo Kirjoittaja' }));
    const word = `nimeton${Date.now().toString(36)}`;
    await createIdea(db, { authorId: author.id, anonymous: true, title: `Nimetön idea ${word}` });
    const readers = [
      null,
      author,
      actorOf(await createUser(db)),
      actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] })),
      actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] })),
    ];
    for (const reader of readers) {
      const listed = await listIdeas(db, reader, { q: word }, 'fi');
      expect(listed.items.map((idea) => idea.authorName)).toEqual([null]);
    }
    const own = await listIdeas(db, author, { mine: '1' }, 'fi');
    expect(own.items.find((idea) => idea.title.includes(word))?.authorName).toBe('Piilo Kirjoittaja');
  });

  it('never puts the language from the address into SQL: an unknown or hostile one searches as Finnish', async () => {
    const word = `kokous${Date.now().toString(36)}`;
    const idea = await createIdea(db, { title: `Kokousten ${word} käytännöt` });
    for (const locale of ['x.y', 'fi; DROP TABLE ideas; --', 'search_fi', 'constructor', '__proto__']) {
      const listed = await listIdeas(db, null, { q: `kokous ${word}` }, locale as AppLocale);
      expect(listed.items.map((item) => [item.id, item.titleHighlighted?.includes(word)])).toEqual([[idea.id, true]]);
    }
    expect(await db.idea.count({ where: { id: idea.id } })).toBe(1);
  });

  it('ignores a crafted page cursor (the first page instead of an error), and follows a real one', async () => {
    const category = await createCategory(db);
    const word = `sivutus${Date.now().toString(36)}`;
    for (let index = 0; index < 23; index += 1)
      await createIdea(db, { title: `Idea ${word} ${index}`, categoryId: category.id });
    const crafted = [
      'garbage',
      '!!!',
      cursorText(null),
      cursorText([1, 2]),
      cursorText('text'),
      cursorText({ key: 'x', id: 1 }),
      cursorText({ key: 1, id: 'abc' }),
      cursorText({ key: '2026-13-45T99:00:00Z', id: 1 }),
      cursorText({ key: 'not a date', id: 5 }),
      cursorText({ key: 1e308, id: 1e20 }),
      cursorText({ key: 5, id: -1 }),
      cursorText({ key: 5, id: 1.5 }),
      cursorText({ key: { nested: true }, id: 1 }),
      cursorText({ offset: -5 }),
      cursorText({ offset: 'x' }),
      cursorText({ offset: 1e300 }),
      cursorText({ key: 1, id: 1, extra: 'field' }),
      `${cursorText({ key: 1, id: 1 })}${'A'.repeat(150)}`,
    ];
    // Keys of the wrong type for the sort: a time for a count, a number for "newest", beyond an integer column.
    const wrongKey = {
      trending: ['2026-01-01T00:00:00Z'],
      newest: [5],
      votes: [99999999999, 1.5, '2026-01-01T00:00:00Z'],
      discussed: [-99999999999],
    };
    for (const sort of ideaSorts) {
      const first = await listIdeas(db, null, { category: category.id, sort }, 'fi');
      expect(first.items).toHaveLength(20);
      for (const after of [...crafted, ...wrongKey[sort].map((key) => cursorText({ key, id: 1 }))]) {
        const params = ideaListParams.parse({ category: category.id, sort, after });
        expect(params.after).toBeUndefined();
        // Straight to the function too, as if a caller skipped the parsing.
        await expect(listIdeas(db, null, { category: category.id, sort, after }, 'fi')).resolves.toEqual(first);
      }
      const second = await listIdeas(
        db,
        null,
        ideaListParams.parse({ category: category.id, sort, after: first.next }),
        'fi',
      );
      expect(second.items).toHaveLength(3);
      expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(23);
    }
    // A search pages by position; a crafted position is ignored the same way.
    const searched = await listIdeas(db, null, { q: word }, 'fi');
    for (const after of [cursorText({ offset: -1 }), cursorText({ offset: 'x' }), 'garbage']) {
      await expect(listIdeas(db, null, { q: word, after }, 'fi')).resolves.toEqual(searched);
    }
    expect((await listIdeas(db, null, { q: word, after: searched.next ?? undefined }, 'fi')).items).toHaveLength(3);
  });

  it('lists only a campaign’s ideas with the same search, filters and paging, and none for a campaign that is not one', async () => {
    const campaign = await createCampaign(db);
    const otherCampaign = await createCampaign(db);
    const category = await createCategory(db);
    const word = `ideahaku${Date.now().toString(36)}`;
    const inCampaign = async (campaignId: string | null, overrides: Parameters<typeof createIdea>[1] = {}) => {
      const idea = await createIdea(db, { title: `Idea ${word}`, categoryId: category.id, ...overrides });
      return db.idea.update({ where: { id: idea.id }, data: { campaignId } });
    };
    const posted = [];
    for (let index = 0; index < 22; index += 1) posted.push(await inCampaign(campaign.id));
    const draft = await inCampaign(campaign.id, { status: IdeaStatus.DRAFT });
    await inCampaign(otherCampaign.id);
    await inCampaign(null);
    const ids = (items: { id: number }[]) => items.map((item) => item.id).sort((a, b) => a - b);
    const postedIds = posted.map((idea) => idea.id).sort((a, b) => a - b);

    const first = await listIdeas(db, null, { campaign: campaign.id, sort: 'newest' }, 'fi');
    const second = await listIdeas(db, null, { campaign: campaign.id, sort: 'newest', after: first.next! }, 'fi');
    expect(ids([...first.items, ...second.items])).toEqual(postedIds);
    expect(ids([...first.items, ...second.items])).not.toContain(draft.id);
    // A search and a filter stay within the campaign.
    const searched = await listIdeas(db, null, { campaign: campaign.id, q: word }, 'fi');
    expect(searched.items).toHaveLength(20);
    expect(searched.items.every((item) => postedIds.includes(item.id))).toBe(true);
    expect(
      ids((await listIdeas(db, null, { campaign: otherCampaign.id, category: category.id }, 'fi')).items),
    ).toHaveLength(1);
    // Fails closed: anything but a campaign's id lists nothing, never every idea.
    for (const invalid of ['', 'garbage', `${campaign.id}' OR '1'='1`, crypto.randomUUID()])
      expect((await listIdeas(db, null, { campaign: invalid, q: word }, 'fi')).items, invalid).toEqual([]);
    expect((await listIdeas(db, null, { campaign: 'garbage' }, 'fi')).items).toEqual([]);
  });
});
