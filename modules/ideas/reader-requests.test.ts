import { describe, expect, it } from 'vitest';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { getReaderState } from './reader-state';
import { followFromForm, helpfulFromForm, voteFromForm } from './reader-requests';

function form(fields: Record<string, string | number | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.set(name, String(value));
  return data;
}

describe('a reader’s vote, follow and helpful requests', () => {
  const db = testDb();

  it('do what the pressed label said: "vote" keeps an existing vote, "unvote" without a vote changes nothing', async () => {
    const idea = await createIdea(db);
    const [reader, other] = [actorOf(await createUser(db)), actorOf(await createUser(db))];
    expect(await voteFromForm(db, other, form({ ideaId: idea.id, intent: 'vote' }))).toEqual({
      ok: true,
      voted: true,
      voteCount: 1,
    });

    expect(await voteFromForm(db, reader, form({ ideaId: idea.id, intent: 'unvote' }))).toEqual({
      ok: true,
      voted: false,
      voteCount: 1,
    });
    expect(await voteFromForm(db, reader, form({ ideaId: idea.id, intent: 'vote' }))).toEqual({
      ok: true,
      voted: true,
      voteCount: 2,
    });
    // Pressed again before the page knew: still "vote", still voted.
    expect(await voteFromForm(db, reader, form({ ideaId: idea.id, intent: 'vote' }))).toEqual({
      ok: true,
      voted: true,
      voteCount: 2,
    });
    expect(await getReaderState(db, reader, idea.id)).toMatchObject({ voted: true, voteCount: 2 });
    expect(await voteFromForm(db, reader, form({ ideaId: idea.id, intent: 'unvote' }))).toEqual({
      ok: true,
      voted: false,
      voteCount: 1,
    });
    expect(await voteFromForm(db, reader, form({ ideaId: idea.id, intent: 'unvote' }))).toEqual({
      ok: true,
      voted: false,
      voteCount: 1,
    });
    expect(await getReaderState(db, other, idea.id)).toMatchObject({ voted: true, voteCount: 1 });
  });

  it('are refused, changing nothing, when they do not say what they want', async () => {
    const idea = await createIdea(db);
    const reader = actorOf(await createUser(db));
    await voteFromForm(db, reader, form({ ideaId: idea.id, intent: 'vote' }));
    await followFromForm(db, reader, form({ ideaId: idea.id, intent: 'follow' }));
    const comment = await db.comment.create({
      data: { ideaId: idea.id, authorId: idea.authorId, body: 'Hyvä huomio.' },
    });
    await helpfulFromForm(db, reader, form({ commentId: comment.id, intent: 'mark' }));

    for (const request of [{}, { vote: 'off' }, { intent: 'toggle' }, { intent: '' }]) {
      expect(await voteFromForm(db, reader, form({ ideaId: idea.id, ...request }))).toEqual({
        ok: false,
        message: 'errors.invalid',
      });
      expect(await followFromForm(db, reader, form({ ideaId: idea.id, ...request }))).toEqual({
        ok: false,
        message: 'errors.invalid',
      });
      expect(await helpfulFromForm(db, reader, form({ commentId: comment.id, ...request }))).toEqual({
        ok: false,
        message: 'errors.invalid',
      });
    }
    expect(await voteFromForm(db, reader, form({ ideaId: 'x', intent: 'unvote' }))).toEqual({
      ok: false,
      message: 'errors.invalid',
    });
    expect(await voteFromForm(db, null, form({ ideaId: idea.id, intent: 'unvote' }))).toEqual({
      ok: false,
      message: 'errors.signInRequired',
    });
    expect(await getReaderState(db, reader, idea.id)).toEqual({
      voted: true,
      following: true,
      voteCount: 1,
      followerCount: 1,
      helpful: [comment.id],
    });
  });

  it('follow and mark helpful idempotently: a repeated "follow" or "mark" keeps it, a repeated "unfollow" or "unmark" changes nothing', async () => {
    const idea = await createIdea(db);
    const reader = actorOf(await createUser(db));
    const comment = await db.comment.create({
      data: { ideaId: idea.id, authorId: idea.authorId, body: 'Kannatan tätä.' },
    });
    for (const intent of ['follow', 'follow']) await followFromForm(db, reader, form({ ideaId: idea.id, intent }));
    for (const intent of ['mark', 'mark']) await helpfulFromForm(db, reader, form({ commentId: comment.id, intent }));
    expect(await getReaderState(db, reader, idea.id)).toMatchObject({
      following: true,
      followerCount: 1,
      helpful: [comment.id],
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { helpfulCount: true } })).toEqual({
      helpfulCount: 1,
    });
    for (const intent of ['unfollow', 'unfollow']) await followFromForm(db, reader, form({ ideaId: idea.id, intent }));
    for (const intent of ['unmark', 'unmark'])
      await helpfulFromForm(db, reader, form({ commentId: comment.id, intent }));
    expect(await getReaderState(db, reader, idea.id)).toMatchObject({
      following: false,
      followerCount: 0,
      helpful: [],
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { helpfulCount: true } })).toEqual({
      helpfulCount: 0,
    });
  });
});
