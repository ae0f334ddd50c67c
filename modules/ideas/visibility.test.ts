import { describe, expect, it } from 'vitest';
import type { Actor } from '@/modules/access/permissions';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { canSeeIdea, visibleIdeaWhere } from './visibility';

describe('idea visibility', () => {
  const db = testDb();

  it('says the same in the database as in code, for every status and reader', async () => {
    const author = actorOf(await createUser(db));
    const invited = actorOf(await createUser(db));
    const coAuthor = actorOf(await createUser(db));
    const readers: Record<string, Actor | null> = {
      signedOut: null,
      colleague: actorOf(await createUser(db)),
      deactivatedAuthor: { ...author, active: false },
      moderator: actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] })),
      author,
      invited,
      coAuthor,
    };
    for (const status of Object.values(IdeaStatus)) {
      const idea = await createIdea(db, { authorId: author.id, status });
      await db.ideaCoAuthor.createMany({
        data: [
          { ideaId: idea.id, userId: invited.id },
          { ideaId: idea.id, userId: coAuthor.id, confirmedAt: new Date() },
        ],
      });
      const facts = { status, authorId: author.id, coAuthorIds: [invited.id, coAuthor.id] };
      for (const [name, reader] of Object.entries(readers)) {
        const found = await db.idea.count({ where: { AND: [{ id: idea.id }, visibleIdeaWhere(reader)] } });
        expect(found === 1, `${status} for ${name}`).toBe(canSeeIdea(reader, facts));
      }
    }
  });
});
