import { describe, expect, it } from 'vitest';
import { addComment } from '@/modules/ideas/comments';
import { getIdeaPage } from '@/modules/ideas/detail';
import { setFollowing } from '@/modules/ideas/follows';
import { listIdeas } from '@/modules/ideas/list';
import { setVote } from '@/modules/ideas/votes';
import { IdeaEventType, IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { mergeIdea } from './merge';

describe('merging duplicates', () => {
  const db = testDb();

  it('moves votes and followers to the target, counting a voter of both once and never the target’s author', async () => {
    const targetAuthor = actorOf(await createUser(db));
    const [source, target] = [await createIdea(db), await createIdea(db, { authorId: targetAuthor.id })];
    const [both, onlySource, onlyTarget] = await Promise.all([1, 2, 3].map(() => createUser(db).then(actorOf)));
    await setVote(db, both!, source.id, true);
    await setVote(db, both!, target.id, true);
    await setVote(db, onlySource!, source.id, true);
    await setVote(db, targetAuthor, source.id, true);
    await setVote(db, onlyTarget!, target.id, true);
    await setFollowing(db, onlySource!, source.id, true);
    const commenter = actorOf(await createUser(db));
    await addComment(db, commenter, { ideaId: source.id, body: 'Tämä on sama kuin toinen idea.' }, testOrigin);
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));

    expect(
      await mergeIdea(db, moderator, { ideaId: source.id, targetId: target.id, reason: 'Sama ehdotus.' }, testOrigin),
    ).toEqual({ ok: true, message: 'moderation.merged', id: target.id });

    const voters = (await db.vote.findMany({ where: { ideaId: target.id }, select: { userId: true } }))
      .map((vote) => vote.userId)
      .sort();
    expect(voters).toEqual([both!.id, onlySource!.id, onlyTarget!.id].sort());
    const [after, merged] = await Promise.all([
      db.idea.findUniqueOrThrow({ where: { id: target.id } }),
      db.idea.findUniqueOrThrow({ where: { id: source.id } }),
    ]);
    expect(after.voteCount).toBe(3);
    expect(merged).toMatchObject({
      status: IdeaStatus.MERGED,
      mergedIntoId: target.id,
      voteCount: 0,
      followerCount: 0,
      trendingScore: 0,
    });
    expect(
      await db.ideaFollow.count({ where: { ideaId: target.id, userId: { in: [onlySource!.id, commenter.id] } } }),
    ).toBe(2);
    expect(after.followerCount).toBe(await db.ideaFollow.count({ where: { ideaId: target.id } }));

    // The merged idea stays readable with its discussion and a pointer; lists no longer show it.
    const reader = actorOf(await createUser(db));
    const page = await getIdeaPage(db, reader, source.id, 'fi');
    expect(page?.mergedIntoId).toBe(target.id);
    expect(page?.comments).toHaveLength(1);
    expect(page?.timeline.at(-1)).toMatchObject({
      type: IdeaEventType.MERGED,
      mergedInto: target.id,
      reason: 'Sama ehdotus.',
    });
    expect((await getIdeaPage(db, reader, target.id, 'fi'))?.timeline.at(-1)).toMatchObject({
      type: IdeaEventType.MERGED,
      mergedFrom: source.id,
    });
    expect((await listIdeas(db, reader, { sort: 'newest' }, 'fi')).items.map((item) => item.id)).not.toContain(
      source.id,
    );
  });

  it('refuses merging into itself, into an unpublished idea, twice, or by anyone but a moderator', async () => {
    const [source, target, draft] = [
      await createIdea(db),
      await createIdea(db),
      await createIdea(db, { status: IdeaStatus.DRAFT }),
    ];
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(await mergeIdea(db, moderator, { ideaId: source.id, targetId: source.id }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ['validation.mergeIntoItself'] },
    });
    expect(await mergeIdea(db, moderator, { ideaId: source.id, targetId: draft.id }, testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ['validation.mergeTarget'] },
    });
    const manager = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MANAGER] }));
    expect(await mergeIdea(db, manager, { ideaId: source.id, targetId: target.id }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.forbidden',
    });
    expect((await mergeIdea(db, moderator, { ideaId: source.id, targetId: target.id }, testOrigin)).ok).toBe(true);
    expect(await mergeIdea(db, moderator, { ideaId: source.id, targetId: target.id }, testOrigin)).toEqual({
      ok: false,
      message: 'moderation.alreadyDecided',
    });
  });
});
