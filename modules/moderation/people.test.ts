import { describe, expect, it } from 'vitest';
import { FlagReason, IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { flagContent } from './flags';
import { addModeratorNote } from './notes';
import { personForModerators } from './people';

describe('a person as moderators see them', () => {
  const db = testDb();

  it('sums up their ideas, comments, hidden content and reports, with the team’s notes — for moderators and admins only', async () => {
    const person = await createUser(db);
    const shown = await createIdea(db, { authorId: person.id });
    await createIdea(db, { authorId: person.id, status: IdeaStatus.HIDDEN });
    await createIdea(db, { authorId: person.id, status: IdeaStatus.DRAFT, publishedAt: null });
    await db.comment.create({ data: { ideaId: shown.id, authorId: person.id, body: 'Näkyvä' } });
    await db.comment.create({
      data: { ideaId: shown.id, authorId: person.id, body: 'Piilotettu', hiddenAt: new Date() },
    });
    await flagContent(
      db,
      actorOf(await createUser(db)),
      { target: 'idea', targetId: shown.id, reason: FlagReason.SPAM },
      3,
      testOrigin,
    );
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    await addModeratorNote(db, moderator, { subject: 'user', subjectId: person.id, body: 'Keskusteltu sävystä 3.11.' });

    const summary = await personForModerators(db, moderator, person.id, 'fi');
    expect(summary?.counts).toEqual({ ideas: 2, hiddenIdeas: 1, comments: 2, hiddenComments: 1, flagsReceived: 1 });
    expect(summary?.ideas.map((idea) => idea.status).sort()).toEqual([IdeaStatus.HIDDEN, IdeaStatus.PUBLISHED]);
    expect(summary?.notes.map((note) => note.body)).toEqual(['Keskusteltu sävystä 3.11.']);
    expect(
      await personForModerators(
        db,
        actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] })),
        person.id,
        'fi',
      ),
    ).toMatchObject({ id: person.id });

    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER], [Role.EMPLOYEE, Role.HR]]) {
      expect(await personForModerators(db, actorOf(await createUser(db, { roles })), person.id, 'fi')).toBeNull();
    }
    expect(await personForModerators(db, null, person.id, 'fi')).toBeNull();
    expect(await personForModerators(db, moderator, 'not-a-uuid', 'fi')).toBeNull();
  });
});
