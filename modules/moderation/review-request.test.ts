import { describe, expect, it } from 'vitest';
import { getIdeaPage } from '@/modules/ideas/detail';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { flaggedQueue, resolveFlags } from './flags';
import { requestCommentReview } from './review-request';

describe('asking for a review of a hidden comment', () => {
  const db = testDb();

  it('puts the comment in the moderators’ queue once; the moderator’s decision answers it', async () => {
    const idea = await createIdea(db);
    const writer = actorOf(await createUser(db));
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const comment = await db.comment.create({
      data: { ideaId: idea.id, authorId: writer.id, body: 'Kärkevä kommentti' },
    });

    expect(await requestCommentReview(db, writer, { commentId: comment.id }, testOrigin)).toEqual({
      ok: false,
      message: 'moderation.review.notHidden',
    });
    await resolveFlags(
      db,
      moderator,
      { target: 'comment', targetId: comment.id, resolution: 'hide', reason: 'Asiaton sävy.' },
      testOrigin,
    );
    await db.comment.update({ where: { id: comment.id }, data: { body: 'Asiallisempi kommentti' } });

    expect(
      await requestCommentReview(db, actorOf(await createUser(db)), { commentId: comment.id }, testOrigin),
    ).toEqual({ ok: false, message: 'errors.forbidden' });
    expect(await requestCommentReview(db, writer, { commentId: comment.id }, testOrigin)).toEqual({
      ok: true,
      message: 'moderation.review.asked',
    });
    expect(await requestCommentReview(db, writer, { commentId: comment.id }, testOrigin)).toEqual({
      ok: false,
      message: 'moderation.review.alreadyAsked',
    });
    expect(
      await db.auditLog.count({
        where: { action: 'comment.review-request', targetId: String(comment.id), actorId: writer.id },
      }),
    ).toBe(1);
    expect((await getIdeaPage(db, writer, idea.id, 'fi'))?.comments[0]).toMatchObject({
      hidden: true,
      reviewRequested: true,
      hiddenReason: 'Asiaton sävy.',
    });
    expect((await getIdeaPage(db, actorOf(await createUser(db)), idea.id, 'fi'))?.comments[0]).toMatchObject({
      hidden: true,
      reviewRequested: false,
      body: null,
    });

    const item = (await flaggedQueue(db, moderator))?.find(
      (entry) => entry.kind === 'comment' && entry.targetId === comment.id,
    );
    expect(item).toMatchObject({
      reviewRequested: true,
      hidden: true,
      reasons: [],
      text: 'Asiallisempi kommentti',
      writer: { id: writer.id },
    });

    expect(
      await resolveFlags(db, moderator, { target: 'comment', targetId: comment.id, resolution: 'keep' }, testOrigin),
    ).toMatchObject({ ok: true });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      hiddenAt: null,
      reviewRequestedAt: null,
    });
    expect(
      (await flaggedQueue(db, moderator))?.some((entry) => entry.kind === 'comment' && entry.targetId === comment.id),
    ).toBe(false);
  });
});
