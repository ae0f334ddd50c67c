import { describe, expect, it } from 'vitest';
import { FlagReason, IdeaStatus, NotificationType, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { decideOnIdeas, resolveManyFlags } from './bulk';
import { decideOnIdea } from './decisions';
import { flagContent } from './flags';

describe('bulk moderation', () => {
  const db = testDb();
  const moderator = async () => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));

  it('publishes the picked ideas one by one, each on its timeline, audit log and author notice, skipping one already decided', async () => {
    const authors = await Promise.all([1, 2, 3].map(() => createUser(db)));
    const ideas = await Promise.all(
      authors.map((author) => createIdea(db, { authorId: author.id, status: IdeaStatus.SUBMITTED, publishedAt: null })),
    );
    const [first, second] = [await moderator(), await moderator()];
    expect(
      await decideOnIdea(
        db,
        second,
        { ideaId: ideas[2]!.id, decision: 'reject', reason: 'Ei kuulu tänne.' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });

    const ids = ideas.map((idea) => String(idea.id));
    expect(await decideOnIdeas(db, first, { ideaIds: [...ids, ids[0]], decision: 'publish' }, testOrigin)).toEqual({
      ok: true,
      message: 'moderation.bulk.done.publish',
      done: 2,
      skipped: 1,
    });
    const statuses = new Map(
      (
        await db.idea.findMany({
          where: { id: { in: ideas.map((idea) => idea.id) } },
          select: { id: true, status: true },
        })
      ).map((idea) => [idea.id, idea.status]),
    );
    expect(ideas.map((idea) => statuses.get(idea.id))).toEqual([
      IdeaStatus.PUBLISHED,
      IdeaStatus.PUBLISHED,
      IdeaStatus.REJECTED,
    ]);
    for (const [index, idea] of ideas.slice(0, 2).entries()) {
      expect(
        await db.ideaEvent.count({ where: { ideaId: idea.id, toStatus: IdeaStatus.PUBLISHED, actorId: first.id } }),
      ).toBe(1);
      expect(
        await db.auditLog.count({ where: { action: 'idea.publish', targetId: String(idea.id), actorId: first.id } }),
      ).toBe(1);
      expect(
        await db.notification.count({
          where: { recipientId: authors[index]!.id, ideaId: idea.id, type: NotificationType.STATUS_CHANGED },
        }),
      ).toBe(1);
    }
    expect(await decideOnIdeas(db, first, { ideaIds: ids.slice(0, 2), decision: 'publish' }, testOrigin)).toEqual({
      ok: false,
      message: 'moderation.bulk.nothingDone',
      done: 0,
      skipped: 2,
    });
  });

  it('needs a reason to reject or hide, at least one pick, and a moderator', async () => {
    const idea = await createIdea(db, { status: IdeaStatus.SUBMITTED, publishedAt: null });
    const decider = await moderator();
    expect(
      await decideOnIdeas(db, decider, { ideaIds: [String(idea.id)], decision: 'reject', reason: '' }, testOrigin),
    ).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { reason: ['validation.reasonRequired'] },
    });
    expect(await decideOnIdeas(db, decider, { ideaIds: [], decision: 'publish' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { ideaIds: ['validation.pickAtLeastOne'] },
    });
    expect(
      await resolveManyFlags(db, decider, { targets: ['comment:1'], resolution: 'hide', reason: 'x' }, testOrigin),
    ).toMatchObject({ fieldErrors: { reason: ['validation.reasonRequired'] } });
    for (const roles of [
      [Role.EMPLOYEE],
      [Role.EMPLOYEE, Role.MANAGER],
      [Role.EMPLOYEE, Role.HR],
      [Role.EMPLOYEE, Role.ADMIN],
    ]) {
      const actor = actorOf(await createUser(db, { roles }));
      expect(await decideOnIdeas(db, actor, { ideaIds: [String(idea.id)], decision: 'publish' }, testOrigin)).toEqual({
        ok: false,
        message: 'errors.forbidden',
      });
      expect(
        await resolveManyFlags(db, actor, { targets: [`idea:${idea.id}`], resolution: 'keep' }, testOrigin),
      ).toEqual({ ok: false, message: 'errors.forbidden' });
    }
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.SUBMITTED);
  });

  it('keeps several flagged comments at once: flags dismissed and the auto-hidden ones shown again', async () => {
    const idea = await createIdea(db);
    const writer = await createUser(db);
    const comments = await Promise.all(
      [1, 2].map((n) => db.comment.create({ data: { ideaId: idea.id, authorId: writer.id, body: `Kommentti ${n}` } })),
    );
    const reporters = await Promise.all([1, 2, 3].map(() => createUser(db).then(actorOf)));
    for (const comment of comments) {
      for (const reporter of reporters)
        await flagContent(
          db,
          reporter,
          { target: 'comment', targetId: comment.id, reason: FlagReason.SPAM },
          3,
          testOrigin,
        );
    }
    expect(
      await db.comment.count({ where: { id: { in: comments.map((comment) => comment.id) }, hiddenAt: { not: null } } }),
    ).toBe(2);

    const decider = await moderator();
    const targets = comments.map((comment) => `comment:${comment.id}`);
    expect(await resolveManyFlags(db, decider, { targets, resolution: 'keep' }, testOrigin)).toEqual({
      ok: true,
      message: 'moderation.bulk.done.keep',
      done: 2,
      skipped: 0,
    });
    expect(
      await db.comment.count({ where: { id: { in: comments.map((comment) => comment.id) }, hiddenAt: null } }),
    ).toBe(2);
    expect(
      await db.flag.count({ where: { commentId: { in: comments.map((comment) => comment.id) }, resolvedAt: null } }),
    ).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'comment.flags.keep', actorId: decider.id } })).toBe(2);
  });
});
