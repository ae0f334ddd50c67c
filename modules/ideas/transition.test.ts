import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideOnIdea } from '@/modules/moderation/decisions';
import { flagContent, resolveFlags } from '@/modules/moderation/flags';
import { FlagReason, IdeaStatus, NotificationType, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createCategory, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { saveIdea } from './mutations';

describe('the lifecycle is the only way to change an idea’s status', () => {
  const db = testDb();
  const reportBy = async (ideaId: number, count: number) => {
    for (let index = 0; index < count; index += 1) {
      const reporter = actorOf(await createUser(db));
      expect(
        await flagContent(
          db,
          reporter,
          { target: 'idea', targetId: ideaId, reason: FlagReason.OFFENSIVE },
          3,
          testOrigin,
        ),
      ).toMatchObject({ ok: true });
    }
  };
  const statusOf = async (ideaId: number) =>
    (await db.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { status: true } })).status;

  it('an idea in evaluation that three people report is hidden, and kept by a moderator it returns to evaluation', async () => {
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id, status: IdeaStatus.EVALUATION });
    await reportBy(idea.id, 3);
    expect(await statusOf(idea.id)).toBe(IdeaStatus.HIDDEN);
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(
      await resolveFlags(db, moderator, { target: 'idea', targetId: idea.id, resolution: 'keep' }, testOrigin),
    ).toMatchObject({ ok: true });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.EVALUATION);
    const events = await db.ideaEvent.findMany({
      where: { ideaId: idea.id },
      orderBy: { id: 'asc' },
      select: { fromStatus: true, toStatus: true, actorId: true },
    });
    expect(events).toEqual([
      { fromStatus: IdeaStatus.EVALUATION, toStatus: IdeaStatus.HIDDEN, actorId: null },
      { fromStatus: IdeaStatus.HIDDEN, toStatus: IdeaStatus.EVALUATION, actorId: moderator.id },
    ]);
    expect(
      await db.auditLog.count({
        where: { targetId: String(idea.id), action: { in: ['idea.auto-hide', 'idea.restore'] } },
      }),
    ).toBe(2);
  });

  it('"keep" does not show text its author changed while the idea was hidden: it goes back through the queue', async () => {
    const author = actorOf(await createUser(db));
    const category = await createCategory(db);
    const idea = await createIdea(db, { authorId: author.id, status: IdeaStatus.EVALUATION, categoryId: category.id });
    await reportBy(idea.id, 3);
    expect(
      await saveIdea(
        db,
        author,
        {
          ideaId: idea.id,
          title: 'Aivan toinen otsikko, jota kukaan ei ole tarkistanut',
          body: 'Uusi teksti, jota moderaattori ei ole nähnyt.',
          categoryId: category.id,
          intent: 'draft',
        },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(
      await resolveFlags(db, moderator, { target: 'idea', targetId: idea.id, resolution: 'keep' }, testOrigin),
    ).toMatchObject({ ok: false, message: 'moderation.editedWhileHidden' });
    expect(await statusOf(idea.id)).toBe(IdeaStatus.HIDDEN);
  });

  it('publishing a resubmitted idea answers the reports that hid it: one new report does not hide it again', async () => {
    const author = actorOf(await createUser(db));
    const category = await createCategory(db);
    const idea = await createIdea(db, { authorId: author.id, categoryId: category.id });
    await reportBy(idea.id, 3);
    expect(await statusOf(idea.id)).toBe(IdeaStatus.HIDDEN);
    const fixed = {
      ideaId: idea.id,
      title: idea.title,
      body: 'Korjattu kuvaus ilman kenenkään henkilötietoja.',
      categoryId: category.id,
      intent: 'submit',
    };
    expect(await saveIdea(db, author, fixed, testOrigin)).toMatchObject({ ok: true });
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(await decideOnIdea(db, moderator, { ideaId: idea.id, decision: 'publish' }, testOrigin)).toMatchObject({
      ok: true,
    });
    expect(await db.flag.count({ where: { ideaId: idea.id, resolvedAt: null } })).toBe(0);
    await reportBy(idea.id, 1);
    expect(await statusOf(idea.id)).toBe(IdeaStatus.PUBLISHED);
  });

  it('never hides a settled idea automatically: an archived idea reported by three stays archived, and so after "keep"', async () => {
    for (const status of [IdeaStatus.ARCHIVED, IdeaStatus.IMPLEMENTED, IdeaStatus.DECLINED]) {
      const idea = await createIdea(db, { status });
      await reportBy(idea.id, 3);
      expect(await statusOf(idea.id), status).toBe(status);
      expect(await db.flag.count({ where: { ideaId: idea.id, resolvedAt: null } })).toBe(3);
      const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
      expect(
        await resolveFlags(db, moderator, { target: 'idea', targetId: idea.id, resolution: 'keep' }, testOrigin),
      ).toMatchObject({ ok: true });
      expect(await statusOf(idea.id), status).toBe(status);
    }
  });

  it('a moderator may hide an archived idea by hand; restoring returns it to the archive', async () => {
    const idea = await createIdea(db, { status: IdeaStatus.ARCHIVED });
    await reportBy(idea.id, 1);
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    await resolveFlags(
      db,
      moderator,
      { target: 'idea', targetId: idea.id, resolution: 'hide', reason: 'Sisältää henkilötietoja.' },
      testOrigin,
    );
    expect(await statusOf(idea.id)).toBe(IdeaStatus.HIDDEN);
    await resolveFlags(db, moderator, { target: 'idea', targetId: idea.id, resolution: 'keep' }, testOrigin);
    expect(await statusOf(idea.id)).toBe(IdeaStatus.ARCHIVED);
  });

  it('the automatic-hide notice names no reporter', async () => {
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id });
    await reportBy(idea.id, 3);
    const notices = await db.notification.findMany({
      where: { recipientId: author.id, ideaId: idea.id, type: NotificationType.STATUS_CHANGED },
      select: { actorId: true },
    });
    expect(notices).toEqual([{ actorId: null }]);
    const writer = await createUser(db);
    const comment = await db.comment.create({
      data: { ideaId: (await createIdea(db)).id, authorId: writer.id, body: 'Kommentti' },
    });
    for (let index = 0; index < 3; index += 1) {
      await flagContent(
        db,
        actorOf(await createUser(db)),
        { target: 'comment', targetId: comment.id, reason: FlagReason.SPAM },
        3,
        testOrigin,
      );
    }
    expect(
      await db.notification.findMany({
        where: { recipientId: writer.id, commentId: comment.id },
        select: { actorId: true },
      }),
    ).toEqual([{ actorId: null }]);
  });

  it('the database refuses a status written by any other code (ORM or SQL), and the hidden-from state too', async () => {
    const idea = await createIdea(db);
    await expect(db.idea.update({ where: { id: idea.id }, data: { status: IdeaStatus.ARCHIVED } })).rejects.toThrow(
      /outside the lifecycle/,
    );
    await expect(db.idea.updateMany({ where: { id: idea.id }, data: { status: IdeaStatus.HIDDEN } })).rejects.toThrow(
      /outside the lifecycle/,
    );
    await expect(db.$executeRaw`UPDATE ideas SET status = 'archived' WHERE id = ${idea.id}`).rejects.toThrow(
      /outside the lifecycle/,
    );
    await expect(
      db.idea.update({ where: { id: idea.id }, data: { hiddenFromStatus: IdeaStatus.EVALUATION } }),
    ).rejects.toThrow(/outside the lifecycle/);
    // The key admits one change of one idea, inside the lifecycle's transaction only.
    const other = await createIdea(db);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('vau.lifecycle', ${`${other.id}:archived`}, true)`;
        await tx.$executeRaw`UPDATE ideas SET status = 'archived' WHERE id = ${idea.id}`;
      }),
    ).rejects.toThrow(/outside the lifecycle/);
    expect(await statusOf(idea.id)).toBe(IdeaStatus.PUBLISHED);
    // Other columns stay writable as before.
    await db.idea.update({ where: { id: idea.id }, data: { title: 'Uusi otsikko ilman tilaa' } });
  });

  it('only the lifecycle module holds the trigger’s key', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const holders: string[] = [];
    async function walk(dir: string) {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name === 'generated' || entry.name.startsWith('.')) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (
          /\.(ts|tsx|js|mjs|sql)$/.test(entry.name) &&
          !/\.test\.ts$/.test(entry.name) &&
          (await readFile(full, 'utf8')).includes('vau.lifecycle')
        )
          holders.push(path.relative(root, full));
      }
    }
    for (const dir of ['modules', 'app', 'components', 'prisma', 'e2e']) await walk(path.join(root, dir));
    expect(holders.sort()).toEqual([
      'modules/ideas/transition.ts',
      'prisma/migrations/20261126140000_lifecycle_guard_and_revisions/migration.sql',
    ]);
  });
});

describe('reports and helpful marks reach only what the reader can see', () => {
  const db = testDb();

  it('a hidden idea or comment, or one on an unpublished idea, cannot be reported', async () => {
    const reader = actorOf(await createUser(db));
    for (const status of [IdeaStatus.HIDDEN, IdeaStatus.SUBMITTED, IdeaStatus.DRAFT]) {
      const idea = await createIdea(db, { status });
      expect(
        await flagContent(db, reader, { target: 'idea', targetId: idea.id, reason: FlagReason.SPAM }, 3, testOrigin),
        status,
      ).toEqual({ ok: false, message: 'errors.notFound' });
    }
    const idea = await createIdea(db);
    const writer = await createUser(db);
    const hidden = await db.comment.create({
      data: { ideaId: idea.id, authorId: writer.id, body: 'Piilotettu', hiddenAt: new Date() },
    });
    expect(
      await flagContent(db, reader, { target: 'comment', targetId: hidden.id, reason: FlagReason.SPAM }, 3, testOrigin),
    ).toEqual({ ok: false, message: 'errors.notFound' });
  });

  it('"helpful" on a hidden comment, or on a comment of an idea the reader may not see, is not found', async () => {
    const { setHelpful } = await import('./comments');
    const reader = actorOf(await createUser(db));
    const writer = await createUser(db);
    const shown = await createIdea(db);
    const hidden = await db.comment.create({
      data: { ideaId: shown.id, authorId: writer.id, body: 'Piilotettu', hiddenAt: new Date() },
    });
    expect(await setHelpful(db, reader, hidden.id, true)).toEqual({ ok: false, message: 'errors.notFound' });
    for (const status of [IdeaStatus.HIDDEN, IdeaStatus.SUBMITTED]) {
      const unseen = await createIdea(db, { status });
      const comment = await db.comment.create({ data: { ideaId: unseen.id, authorId: writer.id, body: 'Kommentti' } });
      expect(await setHelpful(db, reader, comment.id, true), status).toEqual({ ok: false, message: 'errors.notFound' });
    }
    expect(await db.commentHelpful.count({ where: { userId: reader.id } })).toBe(0);
    const visible = await db.comment.create({ data: { ideaId: shown.id, authorId: writer.id, body: 'Näkyvä' } });
    expect(await setHelpful(db, reader, visible.id, true)).toMatchObject({ ok: true });
  });
});
