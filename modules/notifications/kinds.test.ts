import { describe, expect, it } from 'vitest';
import { NotificationType, Prisma } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { kindOf, kindSql } from './kinds';

// The planner decides in SQL what the preferences page and the unsubscribe link decide in
// TypeScript: both must give every notification the same kind.
describe('a notification’s kind in TypeScript and in SQL', () => {
  const db = testDb();

  it('agree for every type, for the idea’s author, a confirmed co-author, an invitee and a follower', async () => {
    const author = await createUser(db);
    const coAuthor = await createUser(db);
    const invitee = await createUser(db);
    const follower = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id });
    await db.ideaCoAuthor.createMany({
      data: [
        { ideaId: idea.id, userId: coAuthor.id, confirmedAt: new Date() },
        { ideaId: idea.id, userId: invitee.id, confirmedAt: null },
      ],
    });
    const readers = [
      { id: author.id, mine: true },
      { id: coAuthor.id, mine: true },
      { id: invitee.id, mine: false },
      { id: follower.id, mine: false },
    ];
    const cases = Object.values(NotificationType).flatMap((type) =>
      readers.flatMap((reader) => [false, true].map((hasComment) => ({ type, reader, hasComment }))),
    );
    const rows = cases.map(
      ({ type, reader, hasComment }) =>
        Prisma.sql`(${type.toLowerCase()}::notification_type, ${idea.id}::int, ${reader.id}::uuid, ${hasComment ? 1 : null}::int)`,
    );
    const inSql = await db.$queryRaw<{ kind: string }[]>`
      SELECT ${kindSql()}::text AS kind
        FROM (VALUES ${Prisma.join(rows)}) AS n(type, idea_id, recipient_id, comment_id)`;

    const expected = cases.map(({ type, reader, hasComment }) =>
      kindOf(type, { mine: reader.mine, hasComment }).toLowerCase(),
    );
    expect(inSql.map((row) => row.kind)).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(5);
  });
});
