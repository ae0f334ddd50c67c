import { describe, expect, it } from 'vitest';
import { IdeaEventType, IdeaStatus, type Database } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { follow } from './follows';
import { listMyIdeas, myIdeaGroups } from './my-ideas';

const S = IdeaStatus;

async function ideaIn(db: Database, authorId: string, status: IdeaStatus, title: string, extra = {}) {
  return createIdea(db, { authorId, status, title, ...extra });
}

describe('my ideas', () => {
  const db = testDb();

  it('groups the reader’s ideas with what needs their action first, each group most recently changed first', async () => {
    const me = actorOf(await createUser(db));
    const colleague = await createUser(db, { name: 'Laura Nieminen' });
    const sentBack = await ideaIn(db, me.id, S.CHANGES_REQUESTED, 'Palautettu');
    await db.ideaEvent.create({
      data: {
        ideaId: sentBack.id,
        type: IdeaEventType.STATUS_CHANGED,
        fromStatus: S.SUBMITTED,
        toStatus: S.CHANGES_REQUESTED,
        reason: 'Kerro, mitä kokeilu maksaa.',
      },
    });
    // Written first but edited since: the last change counts, not the creation.
    const editedDraft = await ideaIn(db, me.id, S.DRAFT, 'Muokattu luonnos');
    await ideaIn(db, me.id, S.DRAFT, 'Koskematon luonnos');
    await db.idea.update({
      where: { id: editedDraft.id },
      data: { body: 'Muokattu.', updatedAt: new Date(Date.now() + 60_000) },
    });
    await ideaIn(db, me.id, S.SUBMITTED, 'Moderoitavana');
    const anonymous = await ideaIn(db, me.id, S.PUBLISHED, 'Nimetön', { anonymous: true });
    const evaluated = await ideaIn(db, colleague.id, S.EVALUATION, 'Yhdessä kirjoitettu');
    await db.ideaCoAuthor.create({ data: { ideaId: evaluated.id, userId: me.id, confirmedAt: new Date() } });
    const invitation = await ideaIn(db, colleague.id, S.DRAFT, 'Kutsu');
    await db.ideaCoAuthor.create({ data: { ideaId: invitation.id, userId: me.id } });
    await ideaIn(db, me.id, S.IMPLEMENTED, 'Toteutettu');
    await ideaIn(db, me.id, S.WITHDRAWN, 'Peruttu');

    // Other people's ideas never appear, however the reader took part in them.
    const commented = await ideaIn(db, colleague.id, S.PUBLISHED, 'Kommentoitu');
    await db.comment.create({ data: { ideaId: commented.id, authorId: me.id, body: 'Hyvä.' } });
    const followed = await ideaIn(db, colleague.id, S.PUBLISHED, 'Seurattu');
    await follow(db, followed.id, me.id);
    await ideaIn(db, colleague.id, S.DRAFT, 'Kollegan luonnos');

    const mine = await listMyIdeas(db, me);
    expect(mine && myIdeaGroups.map((group) => [group, mine[group].map((idea) => idea.title)])).toEqual([
      ['needsChanges', ['Palautettu']],
      ['invitations', ['Kutsu']],
      ['drafts', ['Muokattu luonnos', 'Koskematon luonnos']],
      ['inModeration', ['Moderoitavana']],
      ['inProgress', expect.arrayContaining(['Nimetön', 'Yhdessä kirjoitettu'])],
      ['settled', expect.arrayContaining(['Toteutettu', 'Peruttu'])],
    ]);
    expect(mine!.inProgress).toHaveLength(2);
    expect(mine!.settled).toHaveLength(2);
    expect(mine!.needsChanges[0]).toMatchObject({ reason: 'Kerro, mitä kokeilu maksaa.', next: 'CHANGES_REQUESTED' });
    expect(mine!.invitations[0]).toMatchObject({ invitedBy: 'Laura Nieminen', next: 'invitation' });
    expect(mine!.inProgress.find((idea) => idea.id === anonymous.id)).toMatchObject({
      anonymous: true,
      next: 'PUBLISHED',
    });
    expect(mine!.settled.map((idea) => idea.next)).toEqual(['settled', 'settled']);

    // The colleague sees none of the reader's own ideas: only what they wrote themselves.
    const theirs = await listMyIdeas(db, actorOf(colleague));
    const theirTitles = myIdeaGroups.flatMap((group) => theirs![group].map((idea) => idea.title));
    expect(theirTitles.sort()).toEqual(['Kollegan luonnos', 'Kommentoitu', 'Kutsu', 'Seurattu', 'Yhdessä kirjoitettu']);
  });

  it('says a hidden idea waits for the author’s fix, with the moderator’s reason when there is one', async () => {
    const me = actorOf(await createUser(db));
    const byReports = await ideaIn(db, me.id, S.HIDDEN, 'Piilotettu ilmoitusten vuoksi');
    await db.ideaEvent.create({
      data: { ideaId: byReports.id, type: IdeaEventType.STATUS_CHANGED, fromStatus: S.PUBLISHED, toStatus: S.HIDDEN },
    });
    const mine = await listMyIdeas(db, me);
    expect(mine!.needsChanges).toEqual([expect.objectContaining({ id: byReports.id, reason: null, next: 'HIDDEN' })]);
  });

  it('is nobody’s when nobody is signed in', async () => {
    expect(await listMyIdeas(db, null)).toBeNull();
    const deactivated = await createUser(db);
    expect(await listMyIdeas(db, { ...actorOf(deactivated), active: false })).toBeNull();
  });
});
