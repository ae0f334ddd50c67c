import { describe, expect, it } from 'vitest';
import { IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { cardReaderStatesQuery, getCardReaderStates, MAX_CARD_READER_STATE_IDS } from './card-reader-states';
import { setVote } from './votes';

describe('a reader’s own votes for a list of idea cards', () => {
  const db = testDb();

  it('are only the asking reader’s votes, with exact counts and their own ideas marked', async () => {
    const [reader, other] = [actorOf(await createUser(db)), actorOf(await createUser(db))];
    const votedFor = await createIdea(db);
    const onlyOtherVoted = await createIdea(db);
    const ownIdea = await createIdea(db, { authorId: reader.id });
    const invitedTo = await createIdea(db);
    await db.ideaCoAuthor.create({ data: { ideaId: invitedTo.id, userId: reader.id } });
    await setVote(db, reader, votedFor.id, true);
    await setVote(db, other, votedFor.id, true);
    await setVote(db, other, onlyOtherVoted.id, true);

    const states = await getCardReaderStates(db, reader, [votedFor.id, onlyOtherVoted.id, ownIdea.id, invitedTo.id]);
    expect(states).toEqual({
      [votedFor.id]: { voted: true, voteCount: 2, ownIdea: false },
      [onlyOtherVoted.id]: { voted: false, voteCount: 1, ownIdea: false },
      [ownIdea.id]: { voted: false, voteCount: 0, ownIdea: true },
      [invitedTo.id]: { voted: false, voteCount: 0, ownIdea: true },
    });
    expect((await getCardReaderStates(db, other, [votedFor.id]))[votedFor.id]).toMatchObject({ voted: true });
  });

  it('leave out, without a trace, ideas the reader may not see and numbers that are no idea', async () => {
    const reader = actorOf(await createUser(db));
    const author = await createUser(db);
    const draft = await createIdea(db, { authorId: author.id, status: IdeaStatus.DRAFT });
    const waiting = await createIdea(db, { authorId: author.id, status: IdeaStatus.SUBMITTED });
    const shown = await createIdea(db);

    const states = await getCardReaderStates(db, reader, [draft.id, waiting.id, 2_000_000_000, shown.id]);
    expect(Object.keys(states)).toEqual([String(shown.id)]);
    expect(await getCardReaderStates(db, reader, [draft.id, 2_000_000_000])).toEqual({});
    // A moderator may see an idea waiting for review; not someone else's draft.
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(Object.keys(await getCardReaderStates(db, moderator, [draft.id, waiting.id]))).toEqual([String(waiting.id)]);
  });

  it('are asked for by a bounded list of idea numbers, refused whole when anything else is sent', () => {
    expect(cardReaderStatesQuery.parse('3,1,3,2')).toEqual([3, 1, 2]);
    const tooMany = Array.from({ length: MAX_CARD_READER_STATE_IDS + 1 }, (_, index) => index + 1).join(',');
    for (const refused of ['', '1,,2', '1;DROP TABLE votes', '0', '-1', '1.5', '99999999999', 'abc', tooMany])
      expect(cardReaderStatesQuery.safeParse(refused).success, refused).toBe(false);
  });
});
