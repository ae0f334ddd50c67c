import { describe, expect, it } from 'vitest';
import { getIdeaPage } from '@/modules/ideas/detail';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { addModeratorNote, listModeratorNotes } from './notes';

describe('moderator notes', () => {
  const db = testDb();

  it('are written and read by moderators and admins only, on ideas and about people', async () => {
    const author = actorOf(await createUser(db));
    const idea = await createIdea(db, { authorId: author.id });
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    expect(
      await addModeratorNote(db, moderator, {
        subject: 'idea',
        subjectId: String(idea.id),
        body: 'Sama aihe kuin idealla 12.',
      }),
    ).toEqual({ ok: true, message: 'moderation.notes.saved' });
    expect(
      await addModeratorNote(db, admin, {
        subject: 'user',
        subjectId: author.id,
        body: 'Pyysi nimensä piiloon jälkikäteen.',
      }),
    ).toMatchObject({ ok: true });
    expect((await listModeratorNotes(db, admin, 'idea', String(idea.id)))?.map((note) => note.body)).toEqual([
      'Sama aihe kuin idealla 12.',
    ]);
    expect((await listModeratorNotes(db, moderator, 'user', author.id))?.map((note) => note.body)).toEqual([
      'Pyysi nimensä piiloon jälkikäteen.',
    ]);

    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER], [Role.EMPLOYEE, Role.HR]]) {
      const other = actorOf(await createUser(db, { roles }));
      expect(await listModeratorNotes(db, other, 'idea', String(idea.id))).toBeNull();
      expect(
        await addModeratorNote(db, other, { subject: 'idea', subjectId: String(idea.id), body: 'Ei saisi.' }),
      ).toEqual({ ok: false, message: 'errors.forbidden' });
    }
    expect(JSON.stringify(await getIdeaPage(db, author, idea.id, 'fi'))).not.toContain('Sama aihe kuin idealla 12.');
    expect(await addModeratorNote(db, moderator, { subject: 'idea', subjectId: '987654321', body: 'Ei ole.' })).toEqual(
      { ok: false, message: 'errors.notFound' },
    );
  });
});
