import { describe, expect, it } from 'vitest';
import { Prisma } from './client';
import { testDb } from '../testing/database';
import { createIdea, createUser } from '../testing/factories';

describe('data model', () => {
  const db = testDb();

  it('allows one vote per person per idea, enforced by the database', async () => {
    const idea = await createIdea(db);
    const voter = await createUser(db);
    await db.vote.create({ data: { ideaId: idea.id, userId: voter.id } });
    const duplicate = await db.vote
      .create({ data: { ideaId: idea.id, userId: voter.id } })
      .catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((duplicate as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
  });

  it.each([
    ['finnish', 'search_fi', 'Esiopetuspaikan osoittaminen automaattisesti', 'esiopetuspaikka'],
    ['swedish', 'search_sv', 'Bättre luft i förskolorna', 'förskola'],
    ['english', 'search_en', 'Digital payments in staff restaurants', 'restaurant payment'],
  ])('keeps a stemmed %s search vector of title and body', async (config, column, title, query) => {
    const idea = await createIdea(db, { title });
    const found = await db.$queryRawUnsafe<{ id: number }[]>(
      `SELECT id FROM ideas WHERE id = $1 AND ${column} @@ plainto_tsquery($2::regconfig, $3)`,
      idea.id,
      config,
      query,
    );
    expect(found).toEqual([{ id: idea.id }]);
  });
});
