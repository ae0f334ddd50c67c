import { describe, expect, it } from 'vitest';
import { IdeaEventType, IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { addComment } from './comments';
import { getIdeaPage } from './detail';
import { plainEmployee } from './reader-state';
import { applyTransition, type TransitionRequest } from './transition';

describe('the idea page: official response, place in the lifecycle, who did what', () => {
  const db = testDb();

  it('pins the newest of the latest official comment and the latest public decision with its reason', async () => {
    const manager = await createUser(db, { name: 'Laura Nieminen', roles: [Role.EMPLOYEE, Role.COORDINATOR] });
    const colleague = actorOf(await createUser(db));
    const idea = await createIdea(db);
    expect((await getIdeaPage(db, colleague, idea.id, 'fi'))?.officialResponse).toBeNull();

    const answer = 'Selvitämme asiaa talouspalveluiden kanssa.';
    const posted = await addComment(
      db,
      actorOf(manager),
      { ideaId: idea.id, body: answer, official: true },
      testOrigin,
    );
    expect(posted).toMatchObject({ ok: true });
    await addComment(db, colleague, { ideaId: idea.id, body: 'Hyvä kysymys, odotan vastausta.' }, testOrigin);
    const withAnswer = await getIdeaPage(db, colleague, idea.id, 'fi');
    expect(withAnswer?.officialResponse).toMatchObject({
      body: answer,
      author: { name: 'Laura Nieminen' },
      commentId: posted.id,
      decidedStatus: null,
    });
    expect(withAnswer?.position).toMatchObject({
      current: IdeaStatus.PUBLISHED,
      offPath: null,
      heldBy: ['idea.nominate'],
    });

    const reason = 'Hankinta on jo kilpailutettu kolmeksi vuodeksi.';
    await db.$transaction((tx) =>
      applyTransition(tx, { ideaId: idea.id, name: 'decline', actor: actorOf(manager), reason, origin: testOrigin }),
    );
    const declined = await getIdeaPage(db, colleague, idea.id, 'fi');
    expect(declined?.officialResponse).toMatchObject({
      body: reason,
      author: { name: 'Laura Nieminen' },
      commentId: null,
      decidedStatus: IdeaStatus.DECLINED,
    });
    expect(declined?.position).toEqual({
      passed: [IdeaStatus.SUBMITTED, IdeaStatus.PUBLISHED],
      current: IdeaStatus.DECLINED,
      ahead: [],
      offPath: 'end',
      heldBy: [],
    });
    expect(declined?.timeline.at(-1)).toMatchObject({
      toStatus: IdeaStatus.DECLINED,
      reason,
      actor: { name: 'Laura Nieminen' },
      byAuthor: false,
    });
  });

  it('pins no official comment a moderator has hidden', async () => {
    const moderator = await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] });
    const idea = await createIdea(db);
    const posted = await addComment(
      db,
      actorOf(moderator),
      { ideaId: idea.id, body: 'Virallinen vastaus, joka piilotetaan.', official: true },
      testOrigin,
    );
    await db.comment.update({ where: { id: posted.id }, data: { hiddenAt: new Date(), hiddenReason: 'Virhe' } });
    expect((await getIdeaPage(db, actorOf(moderator), idea.id, 'fi'))?.officialResponse).toBeNull();
  });

  it('says an anonymous author acted without naming them to colleagues', async () => {
    const author = await createUser(db, { name: 'Piilo Kirjoittaja' });
    const idea = await createIdea(db, { authorId: author.id, anonymous: true });
    await db.ideaEvent.create({ data: { ideaId: idea.id, actorId: author.id, type: IdeaEventType.EDITED } });
    const page = await getIdeaPage(db, actorOf(await createUser(db)), idea.id, 'fi');
    expect(page?.timeline.at(-1)).toMatchObject({
      type: IdeaEventType.EDITED,
      actor: { id: null, name: null },
      byAuthor: true,
    });
    expect(JSON.stringify(page)).not.toContain('Piilo Kirjoittaja');
  });
  it("keeps a moderator's notes to the author off the shared page: not pinned, not on the timeline", async () => {
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const author = await createUser(db);
    const idea = await createIdea(db, { authorId: author.id, status: IdeaStatus.SUBMITTED, publishedAt: null });
    const move = (name: TransitionRequest['name'], reason: string) =>
      db.$transaction((tx) =>
        applyTransition(tx, { ideaId: idea.id, name, actor: moderator, reason, origin: testOrigin }),
      );
    const notes = {
      publish: 'Julkaistu, mutta lisää ensi kerralla lähteet.',
      hide: 'Tekstissä on asiakkaan nimi.',
      restore: 'Kiitos korjauksesta, palautettu.',
    };
    expect(await move('publish', notes.publish)).toMatchObject({ ok: true });
    expect(await move('hide', notes.hide)).toMatchObject({ ok: true });
    expect(await move('restore', notes.restore)).toMatchObject({ ok: true });

    // The stored shared page is rendered for a plain employee (decision 0008); signed-out readers see the same.
    for (const reader of [plainEmployee, null]) {
      const page = await getIdeaPage(db, reader, idea.id, 'fi');
      expect(page?.status).toBe(IdeaStatus.PUBLISHED);
      expect(page?.officialResponse).toBeNull();
      expect(page?.timeline.map((event) => event.reason)).toEqual([null, null, null]);
      for (const note of Object.values(notes)) expect(JSON.stringify(page)).not.toContain(note);
    }
    // The authors and moderators still read why.
    for (const reader of [actorOf(author), moderator]) {
      const page = await getIdeaPage(db, reader, idea.id, 'fi');
      expect(page?.officialResponse).toBeNull();
      expect(page?.timeline.map((event) => event.reason)).toEqual([notes.publish, notes.hide, notes.restore]);
    }

    // A decision the lifecycle asks a reason for is everyone's business, and pinned.
    const manager = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    const reason = 'Ei etene: sama hankinta on jo tehty.';
    await db.$transaction((tx) =>
      applyTransition(tx, { ideaId: idea.id, name: 'decline', actor: manager, reason, origin: testOrigin }),
    );
    const declined = await getIdeaPage(db, plainEmployee, idea.id, 'fi');
    expect(declined?.officialResponse).toMatchObject({ body: reason, decidedStatus: IdeaStatus.DECLINED });
    expect(declined?.timeline.map((event) => event.reason)).toEqual([null, null, null, reason]);
  });

  it('lists the timeline in the order things happened, whatever order they were written in', async () => {
    const idea = await createIdea(db, { status: IdeaStatus.EXPERIMENT });
    const day = (date: string) => new Date(`${date}T09:00:00Z`);
    await db.ideaEvent.create({
      data: {
        ideaId: idea.id,
        type: IdeaEventType.STATUS_CHANGED,
        toStatus: IdeaStatus.EXPERIMENT,
        createdAt: day('2026-10-20'),
      },
    });
    await db.ideaEvent.create({
      data: { ideaId: idea.id, type: IdeaEventType.OWNER_ASSIGNED, createdAt: day('2026-10-11') },
    });
    const page = await getIdeaPage(db, plainEmployee, idea.id, 'fi');
    expect(page?.timeline.map((event) => event.type)).toEqual([
      IdeaEventType.OWNER_ASSIGNED,
      IdeaEventType.STATUS_CHANGED,
    ]);
    expect(page?.position.current).toBe(IdeaStatus.EXPERIMENT);
  });
});
