import { describe, expect, it } from 'vitest';
import { IdeaEventType, IdeaStatus, NotificationType, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { addComment, deleteComment, editComment, setHelpful } from './comments';
import { getIdeaPage } from './detail';
import { unreadCount } from './notifications';

describe('comments', () => {
  const db = testDb();

  it('threads replies one level deep, counts comments, and makes commenters followers', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id });
    const first = actorOf(await createUser(db));
    const second = actorOf(await createUser(db));
    const top = await addComment(db, first, { ideaId: idea.id, body: 'Hyvä idea, kokeillaan!' }, testOrigin);
    const reply = await addComment(
      db,
      second,
      { ideaId: idea.id, parentId: top.id, body: 'Samaa mieltä.' },
      testOrigin,
    );
    const replyToReply = await addComment(
      db,
      first,
      { ideaId: idea.id, parentId: reply.id, body: 'Kiitos.' },
      testOrigin,
    );
    expect([top.ok, reply.ok, replyToReply.ok]).toEqual([true, true, true]);
    const page = await getIdeaPage(db, first, idea.id, 'fi');
    expect(page?.comments.map((comment) => [comment.id, comment.replies.map((child) => child.id)])).toEqual([
      [top.id, [reply.id, replyToReply.id]],
    ]);
    const counts = await db.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { commentCount: true } });
    expect(counts.commentCount).toBe(3);
    expect(await db.ideaFollow.count({ where: { ideaId: idea.id, userId: { in: [first.id, second.id] } } })).toBe(2);
    // The first commenter was told about the reply to their comment.
    expect(await db.notification.count({ where: { recipientId: first.id, type: NotificationType.REPLY } })).toBe(1);
  });

  it('marks edits, leaves "removed" where replies exist, and lets only the writer edit or delete', async () => {
    const idea = await createIdea(db);
    const writer = actorOf(await createUser(db));
    const other = actorOf(await createUser(db));
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const withReply = await addComment(db, writer, { ideaId: idea.id, body: 'Ensimmäinen ajatus.' }, testOrigin);
    await addComment(db, other, { ideaId: idea.id, parentId: withReply.id, body: 'Vastaus.' }, testOrigin);
    const alone = await addComment(db, writer, { ideaId: idea.id, body: 'Toinen ajatus.' }, testOrigin);

    for (const actor of [other, moderator, null]) {
      expect((await editComment(db, actor, { commentId: withReply.id, body: 'Muutettu' })).ok).toBe(false);
      expect((await deleteComment(db, actor, { commentId: withReply.id })).ok).toBe(false);
    }
    expect(await editComment(db, writer, { commentId: withReply.id, body: 'Tarkennettu ajatus.' })).toMatchObject({
      ok: true,
    });
    expect(await deleteComment(db, writer, { commentId: withReply.id })).toMatchObject({ ok: true });
    expect(await deleteComment(db, writer, { commentId: alone.id })).toMatchObject({ ok: true });

    const page = await getIdeaPage(db, other, idea.id, 'fi');
    expect(page?.comments).toHaveLength(1);
    expect(page?.comments[0]).toMatchObject({
      removed: true,
      body: null,
      author: { id: null, name: null },
      edited: true,
    });
    expect(page?.comments[0]?.replies).toHaveLength(1);
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).commentCount).toBe(1);
  });

  it('counts a "helpful" once per person, never for one’s own comment', async () => {
    const idea = await createIdea(db);
    const writer = actorOf(await createUser(db));
    const readers = await Promise.all([1, 2, 3].map(() => createUser(db).then(actorOf)));
    const comment = await addComment(db, writer, { ideaId: idea.id, body: 'Hyödyllinen vinkki.' }, testOrigin);
    expect(await setHelpful(db, writer, comment.id!, true)).toEqual({
      ok: false,
      message: 'ideas.comments.ownHelpful',
    });
    await Promise.all(
      readers.flatMap((reader) => [
        setHelpful(db, reader, comment.id!, true),
        setHelpful(db, reader, comment.id!, true),
      ]),
    );
    await setHelpful(db, readers[0]!, comment.id!, false);
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id! }, select: { helpfulCount: true } });
    expect(stored.helpfulCount).toBe(2);
    expect(await db.commentHelpful.count({ where: { commentId: comment.id! } })).toBe(2);
  });

  it('allows official responses only to managers and moderators, and puts them on the timeline', async () => {
    const idea = await createIdea(db);
    const employee = actorOf(await createUser(db));
    const manager = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MANAGER] }));
    expect(
      await addComment(db, employee, { ideaId: idea.id, body: 'Virallinen?', official: true }, testOrigin),
    ).toEqual({ ok: false, message: 'errors.forbidden' });
    const official = await addComment(
      db,
      manager,
      { ideaId: idea.id, body: 'Otamme tämän ensi vuoden suunnitelmaan.', official: true },
      testOrigin,
    );
    expect(official.ok).toBe(true);
    expect(await db.ideaEvent.count({ where: { ideaId: idea.id, type: IdeaEventType.OFFICIAL_RESPONSE } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'comment.official', targetId: String(idea.id) } })).toBe(1);
  });

  it('tells mentioned colleagues and followers, and counts it as unread activity', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id });
    await db.ideaFollow.create({ data: { ideaId: idea.id, userId: author.id } });
    const mentioned = await createUser(db, { name: 'Maija Mainittu' });
    const writer = actorOf(await createUser(db));
    const before = await unreadCount(db, author);
    await addComment(
      db,
      writer,
      { ideaId: idea.id, body: `Kysytään @[Maija Mainittu](${mentioned.id}) mielipidettä.` },
      testOrigin,
    );
    expect(
      await db.notification.count({
        where: { recipientId: mentioned.id, type: NotificationType.MENTION, ideaId: idea.id },
      }),
    ).toBe(1);
    expect(await unreadCount(db, author)).toBe(before + 1);
    expect(await db.notification.count({ where: { recipientId: writer.id } })).toBe(0);
  });

  it('refuses comments on closed, unpublished or unknown ideas, and bad input', async () => {
    const writer = actorOf(await createUser(db));
    const closed = await createIdea(db, { status: IdeaStatus.IMPLEMENTED });
    const draft = await createIdea(db, { status: IdeaStatus.DRAFT });
    expect(await addComment(db, writer, { ideaId: closed.id, body: 'Myöhässä.' }, testOrigin)).toEqual({
      ok: false,
      message: 'ideas.comments.closed',
    });
    expect(await addComment(db, writer, { ideaId: draft.id, body: 'Luonnos?' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.notFound',
    });
    expect(await addComment(db, writer, { ideaId: 987_654_321, body: 'Ei ole.' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.notFound',
    });
    expect(await addComment(db, writer, { ideaId: closed.id, body: ' ' }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { body: ['validation.commentTooShort'] },
    });
  });
});
