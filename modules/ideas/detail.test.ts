import { describe, expect, it } from 'vitest';
import { IdeaEventType, IdeaStatus, Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { addComment } from './comments';
import { getIdeaPage } from './detail';
import { applyTransition } from './transition';

describe('the idea page: official response, place in the lifecycle, who did what', () => {
  const db = testDb();

  it('pins the newest of the latest official comment and the latest public decision with its reason', async () => {
    const manager = await createUser(db, { name: 'Laura Nieminen', roles: [Role.EMPLOYEE, Role.MANAGER] });
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
      heldBy: ['idea.promote'],
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
});
