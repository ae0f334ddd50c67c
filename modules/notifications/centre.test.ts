import { describe, expect, it } from 'vitest';
import { FlagReason, IdeaStatus, NotificationType, Role } from '@/modules/platform/db/client';
import { flagContent } from '@/modules/moderation/flags';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { addComment } from '@/modules/ideas/comments';
import { follow } from '@/modules/ideas/follows';
import { notify, unreadCount } from '@/modules/ideas/notifications';
import { applyTransition } from '@/modules/ideas/transition';
import { listNotifications, markAllNotificationsRead, notificationPageSize } from './centre';

describe('the notification centre', () => {
  const db = testDb();

  it('lists the reader’s notifications newest first, grouped by idea, saying who did what and where', async () => {
    const author = actorOf(await createUser(db));
    const laura = actorOf(await createUser(db, { name: 'Laura Nieminen' }));
    const moderator = actorOf(
      await createUser(db, { name: 'Mikko Moderaattori', roles: [Role.EMPLOYEE, Role.MODERATOR] }),
    );
    const first = await createIdea(db, { authorId: author.id, title: 'Pyörät kiertoon' });
    const second = await createIdea(db, { authorId: author.id, status: IdeaStatus.SUBMITTED, title: 'Kahvinporot' });
    await follow(db, first.id, author.id);

    const comment = await addComment(db, laura, { ideaId: first.id, body: 'Hyvä ajatus!' }, testOrigin);
    const reply = await addComment(
      db,
      laura,
      { ideaId: first.id, parentId: comment.id, body: 'Vielä yksi.' },
      testOrigin,
    );
    await db.$transaction((tx) =>
      applyTransition(tx, {
        ideaId: second.id,
        name: 'request-changes',
        actor: moderator,
        reason: 'Kerro kustannukset.',
        origin: testOrigin,
      }),
    );
    const decision = await db.ideaEvent.findFirstOrThrow({ where: { ideaId: second.id }, select: { id: true } });
    // Someone else's notification on the same idea stays out.
    await notify(db, [laura.id], {
      type: NotificationType.COMMENT,
      actorId: author.id,
      ideaId: first.id,
      commentId: comment.id!,
    });

    const page = await listNotifications(db, author);
    expect(page?.groups.map((group) => [group.idea.title, group.idea.mine])).toEqual([
      ['Kahvinporot', true],
      ['Pyörät kiertoon', true],
    ]);
    expect(page!.groups[0]!.entries).toEqual([
      expect.objectContaining({
        unread: true,
        actor: { kind: 'person', name: 'Mikko Moderaattori' },
        subject: {
          kind: 'decision',
          eventId: String(decision.id),
          eventType: 'STATUS_CHANGED',
          toStatus: IdeaStatus.CHANGES_REQUESTED,
          reason: 'Kerro kustannukset.',
        },
      }),
    ]);
    // The reply to Laura's own comment tells her nothing; the author hears of both as comments on their idea.
    expect(page!.groups[1]!.entries.map((entry) => entry.subject)).toEqual([
      { kind: 'comment', type: 'COMMENT', commentId: reply.id },
      { kind: 'comment', type: 'COMMENT', commentId: comment.id },
    ]);
    expect(page!.newestId).not.toBeNull();
    expect(page!.olderThan).toBeNull();
  });

  it('hides an anonymous author’s name, never names a reporter, and leaves out ideas the reader can no longer see', async () => {
    const author = actorOf(await createUser(db, { name: 'Salainen Kirjoittaja' }));
    const follower = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id, anonymous: true });
    await follow(db, idea.id, follower.id);
    await addComment(db, author, { ideaId: idea.id, body: 'Tarkennan vielä.' }, testOrigin);
    // Reports hide the follower's comment: VAU acted, and the reporter is named nowhere.
    const hidden = await addComment(db, follower, { ideaId: idea.id, body: 'Piilotettava.' }, testOrigin);
    const reporter = actorOf(await createUser(db, { name: 'Ilmoittaja Ilona' }));
    const flagged = await flagContent(
      db,
      reporter,
      { target: 'comment', targetId: hidden.id, reason: FlagReason.SPAM },
      1,
      testOrigin,
    );
    expect(flagged.ok).toBe(true);
    const page = await listNotifications(db, follower);
    expect(page!.groups[0]!.entries.map((entry) => [entry.actor, entry.subject.kind])).toEqual([
      [{ kind: 'system' }, 'commentModerated'],
      [{ kind: 'ideaAuthor' }, 'comment'],
    ]);
    expect(JSON.stringify(page)).not.toContain('Salainen Kirjoittaja');
    expect(JSON.stringify(page)).not.toContain('Ilmoittaja Ilona');
    // HR may see anonymous authors, as on the idea page.
    const hr = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
    await follow(db, idea.id, hr.id);
    await addComment(db, author, { ideaId: idea.id, body: 'Ja vielä.' }, testOrigin);
    expect((await listNotifications(db, hr))!.groups[0]!.entries[0]!.actor).toEqual({
      kind: 'person',
      name: 'Salainen Kirjoittaja',
    });

    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    await db.$transaction((tx) =>
      applyTransition(tx, {
        ideaId: idea.id,
        name: 'hide',
        actor: moderator,
        reason: 'Henkilötietoja.',
        origin: testOrigin,
      }),
    );
    expect((await listNotifications(db, follower))!.groups).toEqual([]);
    expect((await listNotifications(db, author))!.groups[0]!.entries[0]!.subject).toMatchObject({
      kind: 'decision',
      toStatus: IdeaStatus.HIDDEN,
      reason: 'Henkilötietoja.',
    });
  });

  it('tells reward steps in words of their own, never as an edit of the idea', async () => {
    const reader = await createUser(db);
    const idea = await createIdea(db, { authorId: reader.id, status: IdeaStatus.IMPLEMENTATION });
    const types = [
      NotificationType.REWARD_TO_ENDORSE,
      NotificationType.REWARD_DECIDED,
      NotificationType.REWARD_PAID,
      NotificationType.REWARD_REJECTED,
    ];
    for (const type of types) await db.notification.create({ data: { recipientId: reader.id, type, ideaId: idea.id } });
    const page = await listNotifications(db, actorOf(reader));
    expect(page!.groups[0]!.entries.map((entry) => entry.subject)).toEqual([
      { kind: 'reward', step: 'rejected' },
      { kind: 'reward', step: 'paid' },
      { kind: 'reward', step: 'decided' },
      { kind: 'reward', step: 'toEndorse' },
    ]);
  });

  it('pages older notifications', async () => {
    const reader = await createUser(db);
    const idea = await createIdea(db);
    const actor = await createUser(db);
    for (let index = 0; index <= notificationPageSize; index += 1)
      await notify(db, [reader.id], { type: NotificationType.IDEA_EDITED, actorId: actor.id, ideaId: idea.id });
    const first = await listNotifications(db, actorOf(reader));
    expect(first!.groups[0]!.entries).toHaveLength(notificationPageSize);
    const second = await listNotifications(db, actorOf(reader), { olderThan: first!.olderThan! });
    expect(second!.groups[0]!.entries).toHaveLength(1);
    expect(second!.olderThan).toBeNull();
    expect(await listNotifications(db, null)).toBeNull();
  });

  it('marks all as read only the reader’s own rows, up to the newest one their page showed', async () => {
    const reader = actorOf(await createUser(db));
    const other = actorOf(await createUser(db));
    const idea = await createIdea(db);
    const event = { type: NotificationType.IDEA_EDITED, actorId: null, ideaId: idea.id };
    await notify(db, [reader.id, other.id], event);
    const shown = await listNotifications(db, reader);
    await notify(db, [reader.id], event); // arrives after the page was shown

    expect(await markAllNotificationsRead(db, null, { upTo: shown!.newestId })).toMatchObject({ ok: false });
    expect(await markAllNotificationsRead(db, reader, { upTo: 'all' })).toMatchObject({ ok: false });
    expect(await markAllNotificationsRead(db, reader, { upTo: shown!.newestId })).toMatchObject({ ok: true });

    const unread = (userId: string) => db.notification.count({ where: { recipientId: userId, readAt: null } });
    expect(await unread(reader.id)).toBe(1);
    expect(await unread(other.id)).toBe(1);
    const after = await listNotifications(db, reader);
    expect(after!.groups[0]!.entries.map((entry) => entry.unread)).toEqual([true, false]);
  });

  it('counts as unread only what the centre lists: a followed idea hidden drops out of the count', async () => {
    const author = actorOf(await createUser(db));
    const follower = actorOf(await createUser(db));
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const idea = await createIdea(db, { authorId: author.id });
    await follow(db, idea.id, follower.id);
    await follow(db, idea.id, author.id);
    await addComment(db, moderator, { ideaId: idea.id, body: 'Hyvä ajatus.' }, testOrigin);
    expect(await unreadCount(db, follower)).toBe(1);

    await db.$transaction((tx) =>
      applyTransition(tx, {
        ideaId: idea.id,
        name: 'hide',
        actor: moderator,
        reason: 'Henkilötietoja.',
        origin: testOrigin,
      }),
    );
    expect((await listNotifications(db, follower))!.groups).toEqual([]);
    expect(await unreadCount(db, follower)).toBe(0);
    // Its people still see it, and what happened to it.
    expect(await unreadCount(db, author)).toBe(2);
    expect(await unreadCount(db, { ...follower, active: false })).toBe(0);
  });

  it('offers "mark all as read" on the first page only, up to the newest notification it shows', async () => {
    const reader = actorOf(await createUser(db));
    const author = actorOf(await createUser(db));
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const seen = await createIdea(db);
    const event = { type: NotificationType.IDEA_EDITED, actorId: null, ideaId: seen.id };
    for (let index = 0; index <= notificationPageSize; index += 1) await notify(db, [reader.id], event);
    // The newest of all is about an idea hidden since: the page does not show it, so it is no limit.
    const hidden = await createIdea(db, { authorId: author.id });
    await notify(db, [reader.id], { ...event, ideaId: hidden.id });
    await db.$transaction((tx) =>
      applyTransition(tx, { ideaId: hidden.id, name: 'hide', actor: moderator, reason: 'Syy.', origin: testOrigin }),
    );

    const first = await listNotifications(db, reader);
    const shownIds = first!.groups.flatMap((group) => group.entries.map((entry) => entry.id));
    expect(shownIds).toHaveLength(notificationPageSize);
    expect(first!.newestId).toBe(shownIds[0]);
    const older = await listNotifications(db, reader, { olderThan: first!.olderThan! });
    expect(older!.groups[0]!.entries).toHaveLength(1);
    expect(older!.newestId).toBeNull();
  });

  it('orders a page by when things happened, also when rows were written out of that order', async () => {
    const reader = actorOf(await createUser(db));
    const [quiet, busy] = await Promise.all([createIdea(db), createIdea(db)]);
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
    // Written in this order, as a backfill or the demo seed may: the newest thing first.
    for (const [idea, daysAgo] of [
      [busy, 1],
      [quiet, 30],
      [busy, 60],
    ] as const)
      await db.notification.create({
        data: { recipientId: reader.id, type: NotificationType.IDEA_EDITED, ideaId: idea.id, createdAt: at(daysAgo) },
      });
    const page = await listNotifications(db, reader);
    expect(page!.groups.map((group) => group.idea.id)).toEqual([busy.id, quiet.id]);
    expect(page!.groups[0]!.entries.map((entry) => entry.createdAt.getTime())).toEqual(
      [...page!.groups[0]!.entries.map((entry) => entry.createdAt.getTime())].sort((a, b) => b - a),
    );
  });
});
