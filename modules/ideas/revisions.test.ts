import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideOnRevision, pendingRevisionsQueue } from '@/modules/moderation/revisions';
import { pendingModerationCount } from '@/modules/moderation/queue';
import { migrateDatabase } from '@/modules/platform/database/provision';
import {
  createPrismaClient,
  IdeaEventType,
  IdeaStatus,
  NotificationType,
  Role,
  type Database,
} from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { actorOf, createCategory, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { setModerationMode } from '@/modules/settings/settings';
import { getIdeaForEditing, getIdeaPage } from './detail';
import { answerCoAuthorInvite, saveIdea, withdrawIdea } from './mutations';

// The moderation mode is one setting for the whole database: this file owns a database of its own,
// so switching it cannot disturb other test files running at the same time.
describe('edits of published ideas and who may edit what', () => {
  let db: Database;
  let own: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    own = await createEmptyDatabase('revisions');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 5 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await own.drop();
  });

  const moderator = async () => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
  const form = async (ideaId: number, overrides: Record<string, unknown> = {}) => ({
    ideaId,
    title: 'Uusi otsikko: sähköinen lomake',
    body: 'Uusi kuvaus, jossa on nyt paljon enemmän tekstiä kuin ennen.',
    categoryId: (await createCategory(db)).id,
    intent: 'draft',
    ...overrides,
  });

  it('under pre-moderation an author’s new text waits for a moderator while the approved text stays visible; approving shows it', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, {
      authorId: author.id,
      title: 'Hyväksytty otsikko ideassa',
      body: 'Hyväksytty teksti, jonka moderaattori on tarkistanut.',
    });
    const colleague = actorOf(await createUser(db));
    expect(await saveIdea(db, author, await form(idea.id), testOrigin)).toMatchObject({
      ok: true,
      message: 'ideas.form.editPending',
    });

    const forColleague = await getIdeaPage(db, colleague, idea.id, 'fi');
    expect(forColleague).toMatchObject({
      title: 'Hyväksytty otsikko ideassa',
      body: 'Hyväksytty teksti, jonka moderaattori on tarkistanut.',
      revision: null,
    });
    expect((await getIdeaPage(db, author, idea.id, 'fi'))?.revision).toMatchObject({ state: 'pending' });
    expect((await getIdeaForEditing(db, author, idea.id))?.title).toBe('Uusi otsikko: sähköinen lomake');

    const checker = await moderator();
    expect(await pendingModerationCount(db, checker)).toBe(1);
    const [pending] = (await pendingRevisionsQueue(db, checker))!;
    expect(pending).toMatchObject({ ideaId: idea.id, editor: { id: author.id } });
    expect(pending!.changes).not.toBe('unchanged');
    expect(
      await decideOnRevision(db, checker, { revisionId: pending!.id, decision: 'approve' }, testOrigin),
    ).toMatchObject({ ok: true });
    expect(await getIdeaPage(db, colleague, idea.id, 'fi')).toMatchObject({
      title: 'Uusi otsikko: sähköinen lomake',
      revision: null,
    });
    expect(await db.ideaEvent.count({ where: { ideaId: idea.id, type: IdeaEventType.EDITED } })).toBe(1);
    expect(
      await db.notification.count({
        where: { recipientId: author.id, ideaId: idea.id, type: NotificationType.EDIT_REVIEWED },
      }),
    ).toBe(1);
    expect(
      await decideOnRevision(
        db,
        checker,
        { revisionId: pending!.id, decision: 'reject', reason: 'Toinen päätös.' },
        testOrigin,
      ),
    ).toEqual({ ok: false, message: 'moderation.alreadyDecided' });
  });

  it('cannot bring back text a moderator redacted: the edit waits, and a rejection keeps the redacted text with a reason the author reads', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, {
      authorId: author.id,
      body: 'Soittakaa [poistettu], hän tietää asiasta lisää.',
    });
    await saveIdea(
      db,
      author,
      await form(idea.id, { title: idea.title, body: 'Soittakaa Maija Meikäläiselle, hän tietää asiasta lisää.' }),
      testOrigin,
    );
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).body).toBe(
      'Soittakaa [poistettu], hän tietää asiasta lisää.',
    );
    const checker = await moderator();
    const pending = (await pendingRevisionsQueue(db, checker))!.find((revision) => revision.ideaId === idea.id)!;
    expect(
      await decideOnRevision(db, checker, { revisionId: pending.id, decision: 'reject', reason: '' }, testOrigin),
    ).toMatchObject({ ok: false, fieldErrors: { reason: ['validation.reasonRequired'] } });
    expect(
      await decideOnRevision(
        db,
        checker,
        { revisionId: pending.id, decision: 'reject', reason: 'Nimi poistettiin tarkoituksella.' },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).body).toBe(
      'Soittakaa [poistettu], hän tietää asiasta lisää.',
    );
    expect((await getIdeaPage(db, author, idea.id, 'fi'))?.revision).toMatchObject({
      state: 'rejected',
      reason: 'Nimi poistettiin tarkoituksella.',
    });
    expect((await getIdeaPage(db, actorOf(await createUser(db)), idea.id, 'fi'))?.revision).toBeNull();
    expect(await db.auditLog.count({ where: { action: 'idea.revision.reject', targetId: String(idea.id) } })).toBe(1);
  });

  it('under post-moderation the new text shows at once and the idea is listed for a moderator to check', async () => {
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    await setModerationMode(db, admin, { mode: 'post' }, testOrigin);
    try {
      const author = actorOf(await createUser(db));
      const idea = await createIdea(db, { authorId: author.id });
      expect(await saveIdea(db, author, await form(idea.id), testOrigin)).toMatchObject({
        ok: true,
        message: 'ideas.form.updated',
      });
      expect(
        await db.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { title: true, awaitingReview: true } }),
      ).toEqual({ title: 'Uusi otsikko: sähköinen lomake', awaitingReview: true });
    } finally {
      await setModerationMode(db, admin, { mode: 'pre' }, testOrigin);
    }
  });

  it('under post-moderation a hidden idea its author resubmits waits for a moderator, not published at once', async () => {
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    await setModerationMode(db, admin, { mode: 'post' }, testOrigin);
    try {
      const author = actorOf(await createUser(db));
      const idea = await createIdea(db, { authorId: author.id, status: IdeaStatus.HIDDEN });
      expect(await saveIdea(db, author, await form(idea.id, { intent: 'submit' }), testOrigin)).toMatchObject({
        ok: true,
        message: 'ideas.form.submitted',
      });
      expect(await db.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { status: true } })).toEqual({
        status: IdeaStatus.SUBMITTED,
      });
    } finally {
      await setModerationMode(db, admin, { mode: 'pre' }, testOrigin);
    }
  });

  it('refuses to decide an edit whose idea left public view after the queue was loaded', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id });
    await saveIdea(db, author, await form(idea.id), testOrigin);
    const checker = await moderator();
    const [revision] = (await pendingRevisionsQueue(db, checker))!.filter((pending) => pending.ideaId === idea.id);
    expect(await withdrawIdea(db, author, { ideaId: idea.id }, testOrigin)).toMatchObject({ ok: true });
    expect(
      await decideOnRevision(db, checker, { revisionId: revision!.id, decision: 'approve' }, testOrigin),
    ).toMatchObject({ ok: false, message: 'moderation.alreadyDecided' });
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id }, select: { title: true } })).title).toBe(
      idea.title,
    );
  });

  it('drops an edit from the queue when its idea is withdrawn meanwhile', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id });
    expect(await saveIdea(db, author, await form(idea.id), testOrigin)).toMatchObject({
      message: 'ideas.form.editPending',
    });
    const checker = await moderator();
    expect((await pendingRevisionsQueue(db, checker))!.map((revision) => revision.ideaId)).toContain(idea.id);
    const waiting = await pendingModerationCount(db, checker);
    expect(await withdrawIdea(db, author, { ideaId: idea.id }, testOrigin)).toMatchObject({ ok: true });
    expect((await pendingRevisionsQueue(db, checker))!.map((revision) => revision.ideaId)).not.toContain(idea.id);
    expect(await pendingModerationCount(db, checker)).toBe(waiting - 1);
  });

  it('lets only the original author show a hidden name again; a co-author may hide it', async () => {
    const author = actorOf(await createUser(db));
    const coAuthor = actorOf(await createUser(db));
    const saved = await saveIdea(
      db,
      author,
      { ...(await form(0)), ideaId: undefined, anonymous: true, coAuthorIds: [coAuthor.id] },
      testOrigin,
    );
    const ideaId = saved.id!;
    await answerCoAuthorInvite(db, coAuthor, { ideaId, accept: true });
    expect(await saveIdea(db, coAuthor, await form(ideaId, { anonymous: false }), testOrigin)).toMatchObject({
      ok: false,
      fieldErrors: { anonymous: ['validation.anonymityAuthorOnly'] },
    });
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).anonymous).toBe(true);
    expect(
      await saveIdea(db, author, await form(ideaId, { anonymous: false, coAuthorIds: [coAuthor.id] }), testOrigin),
    ).toMatchObject({ ok: true });
    expect(await saveIdea(db, coAuthor, await form(ideaId, { anonymous: true }), testOrigin)).toMatchObject({
      ok: true,
    });
    expect((await db.idea.findUniqueOrThrow({ where: { id: ideaId } })).anonymous).toBe(true);
  });

  it('nobody edits someone else’s draft, a moderator included', async () => {
    const author = actorOf(await createUser(db));
    const draft = await createIdea(db, { authorId: author.id, status: IdeaStatus.DRAFT });
    for (const editor of [await moderator(), actorOf(await createUser(db))]) {
      expect(await saveIdea(db, editor, await form(draft.id), testOrigin)).toMatchObject({
        ok: false,
        message: 'errors.forbidden',
      });
    }
    expect((await db.idea.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe(draft.title);
  });

  it('puts every edit by someone other than the original author on the audit log, with what changed', async () => {
    const author = actorOf(await createUser(db));
    const coAuthor = actorOf(await createUser(db));
    const saved = await saveIdea(
      db,
      author,
      { ...(await form(0)), ideaId: undefined, coAuthorIds: [coAuthor.id] },
      testOrigin,
    );
    const ideaId = saved.id!;
    await answerCoAuthorInvite(db, coAuthor, { ideaId, accept: true });
    await saveIdea(
      db,
      author,
      await form(ideaId, { title: 'Kirjoittajan oma muutos', coAuthorIds: [coAuthor.id] }),
      testOrigin,
    );
    expect(await db.auditLog.count({ where: { action: 'idea.edit-by-other', targetId: String(ideaId) } })).toBe(0);
    await saveIdea(db, coAuthor, await form(ideaId, { title: 'Toisen kirjoittajan muutos' }), testOrigin);
    const published = await createIdea(db, { authorId: author.id });
    await saveIdea(
      db,
      await moderator(),
      await form(published.id, { title: 'Moderaattorin korjaama otsikko' }),
      testOrigin,
    );
    const entries = await db.auditLog.findMany({
      where: { action: 'idea.edit-by-other', targetId: { in: [String(ideaId), String(published.id)] } },
      orderBy: { id: 'asc' },
      select: { actorId: true, after: true },
    });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorId: coAuthor.id, after: { title: 'Toisen kirjoittajan muutos' } });
    expect(entries[1]?.after).toMatchObject({ title: 'Moderaattorin korjaama otsikko' });
  });
});
