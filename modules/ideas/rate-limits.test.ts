import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import en from '@/modules/i18n/messages/en.json';
import fi from '@/modules/i18n/messages/fi.json';
import sv from '@/modules/i18n/messages/sv.json';
import { NotificationType, Role } from '@/modules/platform/db/client';
import { announceVoteCountChange } from '@/modules/platform/page-cache/announce';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { addComment, editComment } from './comments';
import {
  COMMENT_LIMIT,
  hitSearchLimit,
  MAX_MENTIONS_PER_COMMENT,
  SEARCH_LIMIT,
  SUGGESTION_LIMIT,
  VOTE_LIMIT,
} from './rate-limits';
import { similarIdeasResponse } from './similar-api';
import { setVote } from './votes';

// The announcement is what a vote costs every instance's page store; here we only count the calls.
vi.mock('@/modules/platform/page-cache/announce', () => ({ announceVoteCountChange: vi.fn() }));

const db = testDb();
const employee = async () => actorOf(await createUser(db));
const mention = (user: { id: string }, index: number) => `@[Kollega ${index}](${user.id})`;

// Every hit of a test at one moment, so that none straddles two windows; a day ahead, so that no
// sweep by the database's clock removes a counter while a test is still counting.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 24 * 3_600_000 + 1_800_000);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('vote limit', () => {
  it(`allows ${VOTE_LIMIT.points} votes and unvotes a ${VOTE_LIMIT.windowSeconds} s window, then refuses without voting or announcing`, async () => {
    const voter = await employee();
    const idea = await createIdea(db);
    vi.mocked(announceVoteCountChange).mockClear();
    for (let index = 0; index < VOTE_LIMIT.points; index += 1) {
      expect((await setVote(db, voter, idea.id, index % 2 === 0)).ok).toBe(true);
    }
    expect(vi.mocked(announceVoteCountChange)).toHaveBeenCalledTimes(VOTE_LIMIT.points);

    expect(await setVote(db, voter, idea.id, true)).toEqual({ ok: false, message: 'rateLimit.vote' });
    expect(await db.vote.count({ where: { ideaId: idea.id, userId: voter.id } })).toBe(0);
    expect(vi.mocked(announceVoteCountChange)).toHaveBeenCalledTimes(VOTE_LIMIT.points);
    // Another person is counted on their own.
    expect(await setVote(db, await employee(), idea.id, true)).toMatchObject({ ok: true, voteCount: 1 });
  });
});

describe('comment limit', () => {
  it(`allows ${COMMENT_LIMIT.points} new or edited comments a window, then refuses both and keeps nothing`, async () => {
    const writer = await employee();
    const idea = await createIdea(db);
    const first = await addComment(db, writer, { ideaId: idea.id, body: 'Ensimmäinen kommentti.' }, testOrigin);
    for (let index = 1; index < COMMENT_LIMIT.points; index += 1) {
      expect(await editComment(db, writer, { commentId: first.id, body: `Muokattu ${index}. kerran.` })).toMatchObject({
        ok: true,
      });
    }
    expect(await addComment(db, writer, { ideaId: idea.id, body: 'Yksi liikaa.' }, testOrigin)).toEqual({
      ok: false,
      message: 'rateLimit.comment',
    });
    expect(await editComment(db, writer, { commentId: first.id, body: 'Vielä yksi muokkaus.' })).toEqual({
      ok: false,
      message: 'rateLimit.comment',
    });
    expect(await db.comment.count({ where: { ideaId: idea.id } })).toBe(1);
    expect((await db.comment.findUniqueOrThrow({ where: { id: first.id }, select: { body: true } })).body).toBe(
      `Muokattu ${COMMENT_LIMIT.points - 1}. kerran.`,
    );
    expect(
      (await addComment(db, await employee(), { ideaId: idea.id, body: 'Toinen kirjoittaja.' }, testOrigin)).ok,
    ).toBe(true);
  });
});

describe('mentions per comment', () => {
  it(`allows ${MAX_MENTIONS_PER_COMMENT} different people in one comment and refuses more on the text field, when writing and editing`, async () => {
    const writer = await employee();
    const idea = await createIdea(db);
    const colleagues = await Promise.all(Array.from({ length: MAX_MENTIONS_PER_COMMENT + 1 }, () => createUser(db)));
    const allowed = colleagues.slice(0, MAX_MENTIONS_PER_COMMENT).map(mention).join(' ');
    const tooMany = colleagues.map(mention).join(' ');
    const refused = { ok: false, message: 'errors.invalid', fieldErrors: { body: ['validation.tooManyMentions'] } };

    expect(await addComment(db, writer, { ideaId: idea.id, body: `Katsokaa: ${tooMany}` }, testOrigin)).toEqual(
      refused,
    );
    const written = await addComment(db, writer, { ideaId: idea.id, body: `Katsokaa: ${allowed}` }, testOrigin);
    expect(written.ok).toBe(true);
    expect(await db.notification.count({ where: { commentId: written.id, type: NotificationType.MENTION } })).toBe(
      MAX_MENTIONS_PER_COMMENT,
    );
    expect(await editComment(db, writer, { commentId: written.id, body: `Katsokaa: ${tooMany}` })).toEqual(refused);
    // One person named many times is one mention.
    const again = Array.from({ length: MAX_MENTIONS_PER_COMMENT + 5 }, (_, index) =>
      mention(colleagues[0]!, index),
    ).join(' ');
    expect((await addComment(db, writer, { ideaId: idea.id, body: again }, testOrigin)).ok).toBe(true);
  });

  it('says the same number in every language', () => {
    for (const messages of [fi, sv, en])
      expect(messages.validation.tooManyMentions).toContain(String(MAX_MENTIONS_PER_COMMENT));
  });
});

describe('search limit', () => {
  it(`counts signed-out searches per client address and signed-in ones per person, ${SEARCH_LIMIT.points} a window`, async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    for (let index = 0; index < SEARCH_LIMIT.points; index += 1)
      expect((await hitSearchLimit(db, null, address)).allowed).toBe(true);
    expect(await hitSearchLimit(db, null, address)).toEqual({
      allowed: false,
      retryAfterSeconds: SEARCH_LIMIT.windowSeconds,
    });
    expect((await hitSearchLimit(db, null, `${address}-other`)).allowed).toBe(true);
    // A signed-in reader behind the same address has a count of their own.
    expect((await hitSearchLimit(db, await employee(), address)).allowed).toBe(true);
  });

  it('answers the similar-ideas API with 429 and Retry-After past the limit', async () => {
    const asker = actorOf(await createUser(db, { roles: [Role.EMPLOYEE] }));
    const url = new URL('http://vau.test/api/ideas/similar?title=kirjaston%20aukioloajat');
    for (let index = 0; index < SUGGESTION_LIMIT.points; index += 1)
      expect((await similarIdeasResponse(db, asker, url)).status).toBe(200);
    const refused = await similarIdeasResponse(db, asker, url);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(SUGGESTION_LIMIT.windowSeconds));
    // Suggestions have a count of their own: the person's list searches are untouched.
    expect((await hitSearchLimit(db, asker, null)).allowed).toBe(true);
    expect(await refused.json()).toMatchObject({ error: 'too many requests' });
    // Too short a title searches nothing and costs nothing.
    expect((await similarIdeasResponse(db, asker, new URL('http://vau.test/api/ideas/similar?title=ki'))).status).toBe(
      200,
    );
  });
});
