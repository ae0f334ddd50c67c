import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createUser } from '@/modules/platform/testing/factories';
import { listIdeas } from './list';

// A file of its own: the list reads the index statistics once per process and keeps them, so
// this file's fresh module sees the statistics taken after its ideas exist.

describe('search for very common words', () => {
  const db = testDb();

  it('pages through them in the list order from a bounded walk when the statistics say they are common', async () => {
    const word = Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
    const author = await createUser(db);
    await db.idea.createMany({
      data: Array.from({ length: 1500 }, (_, index) => ({
        title: `Tavallinen ${word} ehdotus ${index}`,
        body: index % 2 === 0 ? 'Parillinen.' : 'Pariton.',
        authorId: author.id,
        status: index % 10 === 9 ? IdeaStatus.SUBMITTED : IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
        trendingScore: 1_000_000 + index,
      })),
    });
    await db.$executeRaw`ANALYZE ideas`;
    const expected = Array.from({ length: 1500 }, (_, index) => 1499 - index).filter((index) => index % 10 !== 9);
    const titles = (indexes: number[]) => indexes.map((index) => `Tavallinen ${word} ehdotus ${index}`);

    const first = await listIdeas(db, null, { q: word }, 'fi');
    expect(first.items.map((item) => item.title)).toEqual(titles(expected.slice(0, 20)));
    const second = await listIdeas(db, null, { q: word, after: first.next ?? undefined }, 'fi');
    expect(second.items.map((item) => item.title)).toEqual(titles(expected.slice(20, 40)));
    const both = await listIdeas(db, null, { q: `${word} pariton` }, 'fi');
    expect(both.items.map((item) => item.title)).toEqual(
      titles(expected.filter((index) => index % 2 === 1).slice(0, 20)),
    );
    // Two common words that never meet in one idea: the walk finds none, the index says none.
    expect((await listIdeas(db, null, { q: `parillinen pariton ${word}` }, 'fi')).items).toEqual([]);
  });
});
