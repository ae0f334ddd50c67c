import { describe, expect, it } from 'vitest';
import { IdeaEventType, IdeaStatus, NotificationType, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createCategory,
  createDepartment,
  createIdea,
  createUser,
} from '@/modules/platform/testing/factories';
import { getIdeaPage } from './detail';
import { listIdeas } from './list';
import { answerCoAuthorInvite, saveIdea, withdrawIdea } from './mutations';
import { setFollowing } from './follows';

const origin = { ip: '10.0.0.1', userAgent: 'vitest', requestId: 'test' };

describe('posting and editing ideas', () => {
  const db = testDb();

  async function form(overrides: Record<string, unknown> = {}) {
    const category = await createCategory(db);
    const department = await createDepartment(db);
    return {
      title: 'Sähköinen lomake kulukorvauksiin',
      body: 'Paperilomakkeet hidastavat käsittelyä. Sähköinen lomake säästäisi kaikkien aikaa viikoittain.',
      categoryId: category.id,
      departmentIds: [department.id],
      expectedSavingsEur: '12000',
      expectedHoursSaved: '',
      expectedBenefitNote: '',
      coAuthorIds: [],
      anonymous: false,
      intent: 'draft',
      ...overrides,
    };
  }

  it('saves a draft that only its author sees, then submits it to moderation with a timeline entry and an audit row', async () => {
    const author = actorOf(await createUser(db));
    const colleague = actorOf(await createUser(db));
    const saved = await saveIdea(db, author, await form(), origin);
    expect(saved).toMatchObject({ ok: true, message: 'ideas.form.draftSaved' });
    const ideaId = saved.id!;
    const draft = await db.idea.findUniqueOrThrow({
      where: { id: ideaId },
      select: { status: true, expectedSavingsEur: true, followerCount: true },
    });
    expect(draft.status).toBe(IdeaStatus.DRAFT);
    expect(draft.expectedSavingsEur?.toNumber()).toBe(12000);
    expect(draft.followerCount).toBe(1);
    expect(await getIdeaPage(db, colleague, ideaId, 'fi')).toBeNull();
    expect(await getIdeaPage(db, author, ideaId, 'fi')).not.toBeNull();
    // The author finds the draft again under "My ideas"; nobody else sees it in any list.
    expect((await listIdeas(db, author, { mine: '1' }, 'fi')).items.map((item) => [item.id, item.status])).toEqual([
      [ideaId, IdeaStatus.DRAFT],
    ]);
    expect((await listIdeas(db, colleague, { mine: '1' }, 'fi')).items).toEqual([]);

    const submitted = await saveIdea(db, author, { ...(await form()), ideaId, intent: 'submit' }, origin);
    expect(submitted).toMatchObject({ ok: true, message: 'ideas.form.submitted', id: ideaId });
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).status).toBe(IdeaStatus.SUBMITTED);
    const event = await db.ideaEvent.findFirstOrThrow({ where: { ideaId } });
    expect(event).toMatchObject({
      type: IdeaEventType.STATUS_CHANGED,
      fromStatus: IdeaStatus.DRAFT,
      toStatus: IdeaStatus.SUBMITTED,
      actorId: author.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetType: 'idea', targetId: String(ideaId) } });
    expect(audit).toMatchObject({ action: 'idea.submit', actorId: author.id, ip: '10.0.0.1' });
    // In moderation the author can no longer edit it.
    expect(await saveIdea(db, author, { ...(await form()), ideaId }, origin)).toEqual({
      ok: false,
      message: 'ideas.form.notEditable',
    });
  });

  it('explains every bad field with a translation key', async () => {
    const author = actorOf(await createUser(db));
    const result = await saveIdea(
      db,
      author,
      await form({
        title: 'Lyhyt',
        body: 'liian lyhyt',
        categoryId: '',
        expectedSavingsEur: '-5',
        expectedHoursSaved: '1.5',
      }),
      origin,
    );
    expect(result).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: {
        title: ['validation.titleTooShort'],
        body: ['validation.bodyTooShort'],
        categoryId: ['validation.categoryRequired'],
        expectedSavingsEur: ['validation.notNegative'],
        expectedHoursSaved: ['validation.wholeNumber'],
      },
    });
    const unknownCategory = await saveIdea(
      db,
      author,
      await form({ categoryId: '00000000-0000-4000-8000-000000000000' }),
      origin,
    );
    expect(unknownCategory).toMatchObject({ ok: false, fieldErrors: { categoryId: ['validation.categoryRequired'] } });
  });

  it('records an edit after publication on the timeline and tells followers', async () => {
    const author = await createUser(db);
    const follower = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id });
    await setFollowing(db, actorOf(follower), idea.id, true);
    // A moderator's edit shows at once (an author's waits for review: revisions.test.ts).
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const result = await saveIdea(db, moderator, { ...(await form()), ideaId: idea.id }, origin);
    expect(result).toMatchObject({ ok: true, message: 'ideas.form.updated' });
    const updated = await db.idea.findUniqueOrThrow({
      where: { id: idea.id },
      select: { status: true, editedAt: true },
    });
    expect(updated.status).toBe(IdeaStatus.PUBLISHED);
    expect(updated.editedAt).not.toBeNull();
    expect(await db.ideaEvent.count({ where: { ideaId: idea.id, type: IdeaEventType.EDITED } })).toBe(1);
    expect(
      await db.notification.count({
        where: { ideaId: idea.id, recipientId: follower.id, type: NotificationType.IDEA_EDITED },
      }),
    ).toBe(1);
  });

  it('lets only the authors edit or withdraw; a moderator’s "any" grant does not make them the author', async () => {
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id });
    const subjects = {
      anonymous: null,
      colleague: actorOf(await createUser(db)),
      moderator: actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] })),
      manager: actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MANAGER] })),
      hr: actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] })),
      admin: actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] })),
    };
    for (const [name, actor] of Object.entries(subjects)) {
      const withdraw = await withdrawIdea(db, actor, { ideaId: idea.id }, origin);
      expect(withdraw.ok, name).toBe(false);
      const submit = await saveIdea(db, actor, { ...(await form()), ideaId: idea.id, intent: 'submit' }, origin);
      if (name === 'moderator') expect(submit, name).toMatchObject({ ok: true, message: 'ideas.form.updated' });
      else expect(submit.ok, name).toBe(false);
    }
    expect(await withdrawIdea(db, actorOf(author), { ideaId: idea.id }, origin)).toMatchObject({
      ok: true,
      message: 'ideas.withdraw.done',
    });
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe(IdeaStatus.WITHDRAWN);
    expect(await withdrawIdea(db, actorOf(author), { ideaId: idea.id }, origin)).toEqual({
      ok: false,
      message: 'ideas.withdraw.notPossible',
    });
  });

  it('invites co-authors, who become authors only once they confirm', async () => {
    const author = actorOf(await createUser(db));
    const invitee = actorOf(await createUser(db));
    const saved = await saveIdea(db, author, await form({ coAuthorIds: [invitee.id] }), origin);
    const ideaId = saved.id!;
    expect(
      await db.notification.count({
        where: { recipientId: invitee.id, ideaId, type: NotificationType.CO_AUTHOR_INVITE },
      }),
    ).toBe(1);
    const beforeConfirm = await getIdeaPage(db, invitee, ideaId, 'fi');
    expect(beforeConfirm?.invitedMe).toBe(true);
    expect(beforeConfirm?.authors.map((person) => person.id)).toEqual([author.id]);
    expect(await withdrawIdea(db, invitee, { ideaId }, origin)).toMatchObject({
      ok: false,
      message: 'errors.forbidden',
    });
    expect(await answerCoAuthorInvite(db, invitee, { ideaId, accept: true })).toMatchObject({ ok: true });
    const afterConfirm = await getIdeaPage(db, invitee, ideaId, 'fi');
    expect(afterConfirm?.authors.map((person) => person.id)).toEqual([author.id, invitee.id]);
    expect(afterConfirm?.viewer.canEdit).toBe(true);
  });

  it('hides an anonymous author’s name from colleagues but not from moderators, HR or the author', async () => {
    const author = await createUser(db, { name: 'Salainen Kirjoittaja' });
    const idea = await createIdea(db, { authorId: author.id, anonymous: true });
    await db.comment.create({ data: { ideaId: idea.id, authorId: author.id, body: 'Lisätietoa ideasta.' } });
    await db.ideaEvent.create({
      data: {
        ideaId: idea.id,
        actorId: author.id,
        type: IdeaEventType.STATUS_CHANGED,
        fromStatus: IdeaStatus.DRAFT,
        toStatus: IdeaStatus.SUBMITTED,
      },
    });
    const colleague = actorOf(await createUser(db));
    for (const reader of [null, colleague]) {
      const page = await getIdeaPage(db, reader, idea.id, 'fi');
      expect(JSON.stringify(page)).not.toContain('Salainen Kirjoittaja');
      expect(JSON.stringify(page)).not.toContain(author.id);
    }
    for (const roles of [
      [Role.EMPLOYEE, Role.MODERATOR],
      [Role.EMPLOYEE, Role.HR],
    ]) {
      const page = await getIdeaPage(db, actorOf(await createUser(db, { roles })), idea.id, 'fi');
      expect(page?.authors.map((person) => person.name)).toEqual(['Salainen Kirjoittaja']);
    }
    expect((await getIdeaPage(db, actorOf(author), idea.id, 'fi'))?.authors.map((person) => person.name)).toEqual([
      'Salainen Kirjoittaja',
    ]);
  });
});
