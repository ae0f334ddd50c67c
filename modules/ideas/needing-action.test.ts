import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { listMyIdeas, myIdeasLimit } from './my-ideas';
import { ideasNeedingAction } from './needing-action';
import { ideaPath } from './slug';

describe('ideas needing their person’s action', () => {
  const db = testDb();

  it('are the changes asked of their own ideas, co-author invitations and drafts — theirs only', async () => {
    const person = await createUser(db);
    const colleague = await createUser(db);
    const changes = await createIdea(db, { authorId: person.id, status: IdeaStatus.CHANGES_REQUESTED });
    const coOwned = await createIdea(db, { authorId: colleague.id, status: IdeaStatus.CHANGES_REQUESTED });
    await db.ideaCoAuthor.create({ data: { ideaId: coOwned.id, userId: person.id, confirmedAt: new Date() } });
    const invited = await createIdea(db, { authorId: colleague.id, status: IdeaStatus.DRAFT });
    await db.ideaCoAuthor.create({ data: { ideaId: invited.id, userId: person.id } });
    const draft = await createIdea(db, { authorId: person.id, status: IdeaStatus.DRAFT });
    // Not waiting for them: their published idea, a colleague's own draft and changes.
    await createIdea(db, { authorId: person.id, status: IdeaStatus.PUBLISHED });
    await createIdea(db, { authorId: colleague.id, status: IdeaStatus.CHANGES_REQUESTED });
    await createIdea(db, { authorId: colleague.id, status: IdeaStatus.DRAFT });

    const waiting = await ideasNeedingAction(db, actorOf(person));
    expect(waiting.changesRequested.map((idea) => idea.id).sort()).toEqual([changes.id, coOwned.id].sort());
    expect(waiting.changesRequested.find((idea) => idea.id === changes.id)?.href).toBe(`${ideaPath(changes)}/edit`);
    expect(waiting.invitations).toEqual([{ id: invited.id, title: invited.title, href: ideaPath(invited) }]);
    expect(waiting.drafts).toEqual([{ id: draft.id, title: draft.title, href: `${ideaPath(draft)}/edit` }]);
    expect(waiting.total).toBe(4);

    // The colleague's list names none of the person's ideas, and the person's invitation is not theirs.
    const theirs = await ideasNeedingAction(db, actorOf(colleague));
    const theirIds = [...theirs.changesRequested, ...theirs.invitations, ...theirs.drafts].map((idea) => idea.id);
    expect(theirIds).not.toContain(changes.id);
    expect(theirIds).not.toContain(draft.id);
    expect(theirs.invitations).toEqual([]);
  });

  it('shows at most `limit` of each kind and counts them all', async () => {
    const person = await createUser(db);
    for (let index = 0; index < 3; index += 1) await createIdea(db, { authorId: person.id, status: IdeaStatus.DRAFT });
    const waiting = await ideasNeedingAction(db, actorOf(person), 2);
    expect(waiting.drafts).toHaveLength(2);
    expect(waiting.total).toBe(3);
  });

  it('are never cut off by many settled ideas, and are the same on the front page as in My ideas', async () => {
    const person = await createUser(db);
    const colleague = await createUser(db);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    const draft = await createIdea(db, { authorId: person.id, status: IdeaStatus.DRAFT });
    const invited = await createIdea(db, { authorId: colleague.id, status: IdeaStatus.DRAFT });
    await db.ideaCoAuthor.create({ data: { ideaId: invited.id, userId: person.id } });
    await db.idea.updateMany({
      where: { id: { in: [draft.id, invited.id] } },
      data: { statusChangedAt: longAgo, updatedAt: longAgo },
    });
    // More settled ideas than My ideas lists, all changed since.
    await db.idea.createMany({
      data: Array.from({ length: myIdeasLimit + 1 }, (_, index) => ({
        title: `Toteutettu ${index}`,
        body: 'Valmis.',
        status: IdeaStatus.IMPLEMENTED,
        authorId: person.id,
        publishedAt: new Date(),
      })),
    });

    const mine = await listMyIdeas(db, actorOf(person));
    expect(mine!.drafts.map((idea) => idea.id)).toEqual([draft.id]);
    expect(mine!.invitations.map((idea) => idea.id)).toEqual([invited.id]);
    expect(mine!.settled).toHaveLength(myIdeasLimit);

    const waiting = await ideasNeedingAction(db, actorOf(person));
    expect(waiting.drafts.map((idea) => idea.id)).toEqual(mine!.drafts.map((idea) => idea.id));
    expect(waiting.invitations.map((idea) => idea.id)).toEqual(mine!.invitations.map((idea) => idea.id));
    expect(waiting.total).toBe(2);
  });
});
