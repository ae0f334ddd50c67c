import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { listIdeas } from './list';

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
});
