import { describe, expect, it } from 'vitest';
import { saveIdea } from '@/modules/ideas/mutations';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createCategory, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { changesSince } from './changes';
import { decideOnIdea } from './decisions';
import { moderationQueue } from './queue';

describe('what changed on resubmission', () => {
  const db = testDb();

  it('compares word by word and shortens long unchanged stretches', () => {
    expect(changesSince({ title: 'Sama', body: 'Sama' }, { title: 'Sama', body: 'Sama' })).toBeNull();
    const long = 'sana '.repeat(100);
    const changes = changesSince(
      { title: 'Pyörät kiertoon', body: `${long}vanha loppu` },
      { title: 'Pyörät kiertoon', body: `${long}uusi loppu` },
    );
    expect(changes?.title).toBeNull();
    expect(changes?.body).toEqual([
      { change: 'same', text: `${long.slice(0, 80)} … ${long.slice(-80)}` },
      { change: 'removed', text: 'vanha' },
      { change: 'added', text: 'uusi' },
      { change: 'same', text: ' loppu' },
    ]);
  });

  it('shows the moderator what the author changed after a request for changes', async () => {
    const author = actorOf(await createUser(db));
    const moderator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));
    const category = await createCategory(db);
    const form = {
      title: 'Kirjaston lainat kotiin',
      body: 'Kirjat kuljetetaan kotiin kerran viikossa.',
      categoryId: category.id,
    };
    const ideaId = (await saveIdea(db, author, { ...form, intent: 'submit' }, testOrigin)).id!;
    await decideOnIdea(
      db,
      moderator,
      { ideaId, decision: 'request-changes', reason: 'Kerro kuka kuljettaa.' },
      testOrigin,
    );
    await saveIdea(
      db,
      author,
      { ...form, ideaId, body: 'Kirjat kuljetetaan kotiin kahdesti viikossa kotihoidon autoissa.', intent: 'submit' },
      testOrigin,
    );

    const entry = (await moderationQueue(db, moderator, 'fi'))?.find((item) => item.id === ideaId);
    const changes = entry?.changesRequested?.changes;
    if (!changes || changes === 'unchanged') throw new Error(`expected changes, got ${JSON.stringify(changes)}`);
    expect(changes.title).toBeNull();
    expect(changes.body?.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual([
      'kerran',
    ]);
    expect(changes.body?.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual([
      'kahdesti',
      'kotihoidon autoissa',
    ]);

    await decideOnIdea(
      db,
      moderator,
      { ideaId, decision: 'request-changes', reason: 'Vielä kustannukset.' },
      testOrigin,
    );
    await saveIdea(
      db,
      author,
      { ...form, ideaId, body: 'Kirjat kuljetetaan kotiin kahdesti viikossa kotihoidon autoissa.', intent: 'submit' },
      testOrigin,
    );
    expect(
      (await moderationQueue(db, moderator, 'fi'))?.find((item) => item.id === ideaId)?.changesRequested,
    ).toMatchObject({ reason: 'Vielä kustannukset.', changes: 'unchanged' });
  });
});
