import { describe, expect, it } from 'vitest';
import { searchAuditLog } from '@/modules/audit/queries';
import { getIdeaPage } from '@/modules/ideas/detail';
import { FlagReason, IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createCategory, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { saveIdea } from '@/modules/ideas/mutations';
import { flagContent, flaggedQueue, resolveFlags } from './flags';
import { moderationQueue } from './queue';

describe('flags', () => {
  const db = testDb();
  const employees = (count: number) => Promise.all(Array.from({ length: count }, () => createUser(db).then(actorOf)));
  const commentOn = async (ideaId: number, authorId: string) =>
    db.comment.create({ data: { ideaId, authorId, body: `Kommentti ${Math.random()}` } });

  it('hides a comment from colleagues at the third flag, but not from its writer or moderators', async () => {
    const idea = await createIdea(db);
    const writer = actorOf(await createUser(db));
    const comment = await commentOn(idea.id, writer.id);
    const [first, second, third, reader] = await employees(4);
    for (const reporter of [first!, second!]) {
      expect(
        await flagContent(
          db,
          reporter,
          { target: 'comment', targetId: comment.id, reason: FlagReason.OFFENSIVE },
          3,
          testOrigin,
        ),
      ).toEqual({ ok: true, message: 'moderation.flags.thanks' });
    }
    expect((await getIdeaPage(db, reader!, idea.id, 'fi'))?.comments[0]?.body).toBe(comment.body);
    expect(
      await flagContent(
        db,
        first!,
        { target: 'comment', targetId: comment.id, reason: FlagReason.SPAM },
        3,
        testOrigin,
      ),
    ).toEqual({ ok: false, message: 'moderation.flags.already' });
    await flagContent(
      db,
      third!,
      { target: 'comment', targetId: comment.id, reason: FlagReason.OFFENSIVE },
      3,
      testOrigin,
    );

    const forReader = (await getIdeaPage(db, reader!, idea.id, 'fi'))?.comments[0];
    expect(forReader).toMatchObject({ hidden: true, body: null, author: { id: null, name: null } });
    expect(JSON.stringify(await getIdeaPage(db, reader!, idea.id, 'fi'))).not.toContain(comment.body);
    expect((await getIdeaPage(db, writer, idea.id, 'fi'))?.comments[0]).toMatchObject({
      hidden: true,
      body: comment.body,
    });
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect((await getIdeaPage(db, moderator, idea.id, 'fi'))?.comments[0]).toMatchObject({
      hidden: true,
      body: comment.body,
    });
    expect(await db.auditLog.count({ where: { action: 'comment.auto-hide', targetId: String(comment.id) } })).toBe(1);
  });

  it('hides exactly once when many flag at the same moment', async () => {
    const idea = await createIdea(db);
    const writer = await createUser(db);
    const comment = await commentOn(idea.id, writer.id);
    const reporters = await employees(12);
    const results = await Promise.all(
      reporters.map((reporter) =>
        flagContent(db, reporter, { target: 'comment', targetId: comment.id, reason: FlagReason.SPAM }, 3, testOrigin),
      ),
    );
    // Once hidden, the comment is out of colleagues' sight: later reports find nothing to report.
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(results.filter((result) => !result.ok).every((result) => result.message === 'errors.notFound')).toBe(true);
    expect(await db.flag.count({ where: { commentId: comment.id } })).toBe(3);
    expect(await db.auditLog.count({ where: { action: 'comment.auto-hide', targetId: String(comment.id) } })).toBe(1);
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).hiddenAt).not.toBeNull();
  });

  it('hides an idea at the threshold; a moderator keeps it (shown again) or hides it with a reason the author reads', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id });
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    for (const reporter of await employees(3))
      await flagContent(
        db,
        reporter,
        { target: 'idea', targetId: idea.id, reason: FlagReason.OFFENSIVE },
        3,
        testOrigin,
      );
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.HIDDEN);
    expect(await getIdeaPage(db, actorOf(await createUser(db)), idea.id, 'fi')).toBeNull();

    expect(
      await resolveFlags(db, moderator, { target: 'idea', targetId: idea.id, resolution: 'keep' }, testOrigin),
    ).toEqual({ ok: true, message: 'moderation.flags.kept' });
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.PUBLISHED);
    expect(await db.flag.count({ where: { ideaId: idea.id, resolvedAt: null } })).toBe(0);

    expect(
      await resolveFlags(
        db,
        moderator,
        { target: 'idea', targetId: idea.id, resolution: 'hide', reason: '' },
        testOrigin,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { reason: ['validation.reasonRequired'] } });
    expect(
      await resolveFlags(
        db,
        moderator,
        { target: 'idea', targetId: idea.id, resolution: 'hide', reason: 'Sisältää asiakkaan nimen.' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    const page = await getIdeaPage(db, author, idea.id, 'fi');
    expect(page?.status).toBe(IdeaStatus.HIDDEN);
    expect(page?.timeline.at(-1)?.reason).toBe('Sisältää asiakkaan nimen.');
    expect(page?.viewer.canEdit).toBe(true);

    // The author fixes it and asks for a new review: back in the queue, with what was said.
    const category = await createCategory(db);
    const resubmitted = await saveIdea(
      db,
      author,
      {
        ideaId: idea.id,
        title: 'Korjattu idea ilman nimiä',
        body: 'Kuvaus ilman asiakkaan nimeä, riittävän pitkä.',
        categoryId: category.id,
        intent: 'submit',
      },
      testOrigin,
    );
    expect(resubmitted).toMatchObject({ ok: true, message: 'ideas.form.submitted' });
    const queue = await moderationQueue(db, moderator, 'fi');
    expect(queue?.find((entry) => entry.id === idea.id)?.changesRequested?.reason).toBe('Sisältää asiakkaan nimen.');
  });

  it('refuses flags on one’s own content, unknown things, and duplicates without the original', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id });
    expect(
      await flagContent(db, author, { target: 'idea', targetId: idea.id, reason: FlagReason.SPAM }, 3, testOrigin),
    ).toEqual({ ok: false, message: 'moderation.flags.own' });
    const [reporter] = await employees(1);
    expect(
      await flagContent(
        db,
        reporter!,
        { target: 'comment', targetId: 987_654_321, reason: FlagReason.SPAM },
        3,
        testOrigin,
      ),
    ).toEqual({ ok: false, message: 'errors.notFound' });
    expect(
      await flagContent(
        db,
        reporter!,
        { target: 'idea', targetId: idea.id, reason: FlagReason.DUPLICATE },
        3,
        testOrigin,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { duplicateOfId: ['validation.duplicateOfRequired'] } });
    expect(
      await flagContent(db, null, { target: 'idea', targetId: idea.id, reason: FlagReason.SPAM }, 3, testOrigin),
    ).toEqual({ ok: false, message: 'errors.signInRequired' });
  });

  it('puts personal-data reports first in the moderators’ list, and shows it to nobody else', async () => {
    const idea = await createIdea(db);
    const writer = await createUser(db);
    const older = await commentOn(idea.id, writer.id);
    const personal = await commentOn(idea.id, writer.id);
    const [reporter] = await employees(1);
    await flagContent(db, reporter!, { target: 'comment', targetId: older.id, reason: FlagReason.SPAM }, 3, testOrigin);
    await flagContent(
      db,
      reporter!,
      { target: 'comment', targetId: personal.id, reason: FlagReason.PERSONAL_DATA, note: 'Puhelinnumero näkyy.' },
      3,
      testOrigin,
    );
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const queue = (await flaggedQueue(db, moderator))!.filter(
      (item) => [older.id, personal.id].includes(item.targetId) && item.kind === 'comment',
    );
    expect(queue.map((item) => item.targetId)).toEqual([personal.id, older.id]);
    expect(queue[0]?.notes).toEqual(['Puhelinnumero näkyy.']);
    expect(await flaggedQueue(db, reporter!)).toBeNull();
  });

  it('tells the moderator which idea a duplicate repeats, and that an anonymous author is hidden from colleagues', async () => {
    const original = await createIdea(db, { title: `Alkuperäinen ${Math.random()}` });
    const repeat = await createIdea(db, { anonymous: true });
    const [first, second] = await employees(2);
    for (const reporter of [first!, second!])
      await flagContent(
        db,
        reporter,
        { target: 'idea', targetId: repeat.id, reason: FlagReason.DUPLICATE, duplicateOfId: original.id },
        3,
        testOrigin,
      );
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const item = (await flaggedQueue(db, moderator))!.find(
      (entry) => entry.kind === 'idea' && entry.targetId === repeat.id,
    );
    // Two reporters naming the same original: it is listed once.
    expect(item).toMatchObject({ anonymous: true, duplicateOf: [{ id: original.id, title: original.title }] });
  });

  it('edits personal data out: the original stays only in the audit log, which admins alone read', async () => {
    const idea = await createIdea(db);
    const writer = await createUser(db);
    const comment = await db.comment.create({
      data: { ideaId: idea.id, authorId: writer.id, body: 'Soittakaa Maijalle numeroon 040 123 4567.' },
    });
    const [reporter, reader] = await employees(2);
    await flagContent(
      db,
      reporter!,
      { target: 'comment', targetId: comment.id, reason: FlagReason.PERSONAL_DATA },
      3,
      testOrigin,
    );
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(
      await resolveFlags(
        db,
        moderator,
        {
          target: 'comment',
          targetId: comment.id,
          resolution: 'redact',
          reason: 'Puhelinnumero poistettu.',
          redactedText: '',
        },
        testOrigin,
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { redactedText: ['validation.redactedTextRequired'] },
    });
    expect(
      await resolveFlags(
        db,
        moderator,
        {
          target: 'comment',
          targetId: comment.id,
          resolution: 'redact',
          reason: 'Puhelinnumero poistettu.',
          redactedText: 'Soittakaa Maijalle.',
        },
        testOrigin,
      ),
    ).toEqual({
      ok: true,
      message: 'moderation.flags.redacted',
    });
    expect(JSON.stringify(await getIdeaPage(db, reader!, idea.id, 'fi'))).not.toContain('040 123 4567');
    expect((await getIdeaPage(db, reader!, idea.id, 'fi'))?.comments[0]?.body).toBe('Soittakaa Maijalle.');
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const entries = await searchAuditLog(db, admin, { action: 'comment.flags.redact' });
    expect(JSON.stringify(entries)).toContain('040 123 4567');
    expect(await searchAuditLog(db, moderator, { action: 'comment.flags.redact' })).toBeNull();
  });

  it('lets a moderator hide a comment nobody reported, at once and with a reason', async () => {
    const idea = await createIdea(db);
    const writer = actorOf(await createUser(db));
    const comment = await commentOn(idea.id, writer.id);
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    expect(
      await resolveFlags(
        db,
        moderator,
        { target: 'comment', targetId: comment.id, resolution: 'hide', reason: 'Ei liity ideaan.' },
        testOrigin,
      ),
    ).toEqual({ ok: true, message: 'moderation.flags.hidden' });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      hiddenReason: 'Ei liity ideaan.',
    });
    expect((await getIdeaPage(db, writer, idea.id, 'fi'))?.comments[0]).toMatchObject({
      hidden: true,
      hiddenReason: 'Ei liity ideaan.',
    });
    expect(
      await db.auditLog.count({
        where: { action: 'comment.flags.hide', targetId: String(comment.id), actorId: moderator.id },
      }),
    ).toBe(1);
  });
});
