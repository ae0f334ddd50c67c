import { describe, expect, it } from 'vitest';
import { addComment } from '@/modules/ideas/comments';
import { saveIdea } from '@/modules/ideas/mutations';
import { IdeaEventType, IdeaStatus, NotificationType, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createCategory, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { decideOnIdea } from './decisions';
import { setDiscussionLocked } from './discussion-lock';
import { awaitingReviewQueue, moderationQueue, pendingModerationCount } from './queue';
import { setModerationMode } from '@/modules/settings/settings';

describe('moderation decisions', () => {
  const db = testDb();
  const moderator = async () => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));

  it('publishes a submitted idea, records it on the timeline and the audit log, and tells the author', async () => {
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id, status: IdeaStatus.SUBMITTED, publishedAt: null });
    const decider = await moderator();
    expect(await decideOnIdea(db, decider, { ideaId: idea.id, decision: 'publish' }, testOrigin)).toEqual({
      ok: true,
      message: 'moderation.done.publish',
      id: idea.id,
    });
    const published = await db.idea.findUniqueOrThrow({ where: { id: idea.id } });
    expect(published.status).toBe(IdeaStatus.PUBLISHED);
    expect(published.publishedAt).not.toBeNull();
    expect(
      await db.ideaEvent.count({
        where: {
          ideaId: idea.id,
          type: IdeaEventType.STATUS_CHANGED,
          toStatus: IdeaStatus.PUBLISHED,
          actorId: decider.id,
        },
      }),
    ).toBe(1);
    expect(
      await db.auditLog.count({ where: { action: 'idea.publish', targetId: String(idea.id), actorId: decider.id } }),
    ).toBe(1);
    expect(
      await db.notification.count({
        where: { recipientId: author.id, ideaId: idea.id, type: NotificationType.STATUS_CHANGED },
      }),
    ).toBe(1);
    // A second decision on the same idea is refused.
    expect(
      await decideOnIdea(db, decider, { ideaId: idea.id, decision: 'reject', reason: 'Myöhässä.' }, testOrigin),
    ).toEqual({ ok: false, message: 'moderation.alreadyDecided' });
  });

  it('needs a reason to ask for changes or reject, and the author sees it; the author edits and resubmits', async () => {
    const author = actorOf(await createUser(db));
    const category = await createCategory(db);
    const form = {
      title: 'Muutettava idea kokeiluun',
      body: 'Kuvaus, joka on riittävän pitkä hyväksyttäväksi.',
      categoryId: category.id,
    };
    const saved = await saveIdea(db, author, { ...form, intent: 'submit' }, testOrigin);
    const ideaId = saved.id!;
    const decider = await moderator();
    expect(await decideOnIdea(db, decider, { ideaId, decision: 'request-changes', reason: '' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { reason: ['validation.reasonRequired'] },
    });
    expect(
      await decideOnIdea(
        db,
        decider,
        { ideaId, decision: 'request-changes', reason: 'Lisää arvio kustannuksista.' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    const event = await db.ideaEvent.findFirstOrThrow({ where: { ideaId, toStatus: IdeaStatus.CHANGES_REQUESTED } });
    expect(event.reason).toBe('Lisää arvio kustannuksista.');

    expect(
      await saveIdea(
        db,
        author,
        { ...form, ideaId, body: `${form.body} Kustannukset noin 2 000 euroa.`, intent: 'submit' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true, message: 'ideas.form.submitted' });
    const queue = await moderationQueue(db, decider, 'fi');
    expect(queue?.find((entry) => entry.id === ideaId)?.changesRequested?.reason).toBe('Lisää arvio kustannuksista.');
    expect(
      await decideOnIdea(
        db,
        decider,
        { ideaId, decision: 'reject', reason: 'Päällekkäinen toisen idean kanssa.' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).status).toBe(IdeaStatus.REJECTED);
  });

  it('lets only moderators decide or see the queue', async () => {
    const idea = await createIdea(db, { status: IdeaStatus.SUBMITTED, publishedAt: null });
    for (const roles of [
      [Role.EMPLOYEE],
      [Role.EMPLOYEE, Role.MANAGER],
      [Role.EMPLOYEE, Role.HR],
      [Role.EMPLOYEE, Role.ADMIN],
    ]) {
      const actor = actorOf(await createUser(db, { roles }));
      expect(await decideOnIdea(db, actor, { ideaId: idea.id, decision: 'publish' }, testOrigin)).toEqual({
        ok: false,
        message: 'errors.forbidden',
      });
      expect(await moderationQueue(db, actor, 'fi')).toBeNull();
      expect(await pendingModerationCount(db, actor)).toBe(0);
    }
    expect(await decideOnIdea(db, null, { ideaId: idea.id, decision: 'publish' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.signInRequired',
    });
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.SUBMITTED);
  });

  it('lets exactly one of two moderators deciding at once win', async () => {
    const idea = await createIdea(db, { status: IdeaStatus.SUBMITTED, publishedAt: null });
    const [first, second] = [await moderator(), await moderator()];
    const results = await Promise.all([
      decideOnIdea(db, first, { ideaId: idea.id, decision: 'publish' }, testOrigin),
      decideOnIdea(db, second, { ideaId: idea.id, decision: 'reject', reason: 'Ei tähän.' }, testOrigin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.ideaEvent.count({ where: { ideaId: idea.id } })).toBe(1);
  });
});

describe('locking a discussion', () => {
  const db = testDb();

  it('stops new comments until a moderator unlocks it, and the timeline says so', async () => {
    const idea = await createIdea(db);
    const writer = actorOf(await createUser(db));
    const decider = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(await setDiscussionLocked(db, writer, { ideaId: idea.id, locked: true }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.forbidden',
    });
    expect(await setDiscussionLocked(db, decider, { ideaId: idea.id, locked: true }, testOrigin)).toMatchObject({
      ok: true,
      message: 'moderation.locked',
    });
    expect(await setDiscussionLocked(db, decider, { ideaId: idea.id, locked: true }, testOrigin)).toEqual({
      ok: false,
      message: 'moderation.lockUnchanged',
    });
    expect(await addComment(db, writer, { ideaId: idea.id, body: 'Vielä yksi ajatus.' }, testOrigin)).toEqual({
      ok: false,
      message: 'ideas.comments.locked',
    });
    expect(await setDiscussionLocked(db, decider, { ideaId: idea.id, locked: false }, testOrigin)).toMatchObject({
      ok: true,
      message: 'moderation.unlocked',
    });
    expect((await addComment(db, writer, { ideaId: idea.id, body: 'Vielä yksi ajatus.' }, testOrigin)).ok).toBe(true);
    const events = await db.ideaEvent.findMany({
      where: { ideaId: idea.id },
      orderBy: { id: 'asc' },
      select: { type: true },
    });
    expect(events.map((event) => event.type)).toEqual([
      IdeaEventType.DISCUSSION_LOCKED,
      IdeaEventType.DISCUSSION_UNLOCKED,
    ]);
  });
});

describe('post-moderation', () => {
  const db = testDb();

  it('publishes submitted ideas at once and lists them for review; only admins switch the mode', async () => {
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const moderatorActor = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(await setModerationMode(db, moderatorActor, { mode: 'post' }, testOrigin)).toEqual({
      ok: false,
      message: 'errors.forbidden',
    });
    expect(await setModerationMode(db, admin, { mode: 'post' }, testOrigin)).toEqual({
      ok: true,
      message: 'settings.saved',
    });
    try {
      const author = actorOf(await createUser(db));
      const category = await createCategory(db);
      const saved = await saveIdea(
        db,
        author,
        {
          title: 'Heti julkaistava idea',
          body: 'Kuvaus, joka on riittävän pitkä hyväksyttäväksi.',
          categoryId: category.id,
          intent: 'submit',
        },
        testOrigin,
      );
      expect(saved).toMatchObject({ ok: true, message: 'ideas.form.published' });
      const idea = await db.idea.findUniqueOrThrow({ where: { id: saved.id! } });
      expect(idea).toMatchObject({ status: IdeaStatus.PUBLISHED, awaitingReview: true });
      expect(idea.publishedAt).not.toBeNull();
      expect((await awaitingReviewQueue(db, moderatorActor))?.map((entry) => entry.id)).toContain(idea.id);
      expect(
        await decideOnIdea(db, moderatorActor, { ideaId: idea.id, decision: 'approve' }, testOrigin),
      ).toMatchObject({ ok: true, message: 'moderation.done.approve' });
      expect((await awaitingReviewQueue(db, moderatorActor))?.map((entry) => entry.id)).not.toContain(idea.id);
      expect(await db.auditLog.count({ where: { action: 'settings.moderation-mode', actorId: admin.id } })).toBe(1);
    } finally {
      await setModerationMode(db, admin, { mode: 'pre' }, testOrigin);
    }
  });
});
