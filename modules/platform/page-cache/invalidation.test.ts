import { afterAll, describe, expect, inject, it } from 'vitest';
import { setVote } from '@/modules/ideas/votes';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { listenForPageChanges, PAGE_CHANGE_CHANNEL } from './invalidation';
import { PageCache, type PageScope } from './page-cache';

async function eventually(check: () => boolean, what: string) {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('page store invalidation through PostgreSQL', () => {
  const db = testDb();
  const cache = new PageCache({ maxEntries: 100, maxAgeMs: 60_000 });
  const errors: Error[] = [];
  const listener = listenForPageChanges(inject('databaseUrl'), cache, (error) => errors.push(error), 50);
  const store = (key: string, scope: PageScope) => cache.getOrRender(key, scope, 'P', async () => ({ html: key, headers: [] }));
  const stored = (key: string) => cache.get(key) !== undefined;
  /** Notifications arrive in commit order: once this marker's has, every earlier one has too. */
  const settle = async () => {
    const markerId = 2_000_000_000 + Math.floor(Math.random() * 100_000_000);
    await store(`/ideas/${markerId}-marker`, { kind: 'idea', ideaId: markerId });
    await db.$executeRaw`SELECT pg_notify(${PAGE_CHANGE_CHANNEL}, ${String(markerId)})`;
    await eventually(() => !stored(`/ideas/${markerId}-marker`), 'the marker arrives');
  };

  afterAll(() => listener.stop());

  it('drops an idea’s page and the listings after a committed change to it, its comments or its timeline', async () => {
    await eventually(() => listener.listening, 'listening');
    const [changed, untouched] = [await createIdea(db), await createIdea(db)];
    for (const change of [
      () => db.idea.update({ where: { id: changed.id }, data: { title: 'Uusi otsikko ideaan' } }),
      () => db.comment.create({ data: { ideaId: changed.id, authorId: changed.authorId, body: 'Uusi kommentti' } }),
      () => db.ideaEvent.create({ data: { ideaId: changed.id, type: 'EDITED' } }),
    ]) {
      await settle();
      await store(`/ideas/${changed.id}-a`, { kind: 'idea', ideaId: changed.id });
      await store(`/ideas/${untouched.id}-b`, { kind: 'idea', ideaId: untouched.id });
      await store('/ideas', { kind: 'listing' });
      await change();
      await eventually(() => !stored(`/ideas/${changed.id}-a`), 'the changed idea’s page is dropped');
      expect(stored('/ideas')).toBe(false);
      expect(stored(`/ideas/${untouched.id}-b`)).toBe(true);
    }
  });

  it('hears of votes once per moment from the voting code, not once per vote from the trigger', async () => {
    await eventually(() => listener.listening, 'listening');
    const idea = await createIdea(db);
    await settle();
    await store(`/ideas/${idea.id}-a`, { kind: 'idea', ideaId: idea.id });
    await db.$executeRaw`UPDATE ideas SET vote_count = vote_count + 1 WHERE id = ${idea.id}`;
    await settle();
    expect(stored(`/ideas/${idea.id}-a`)).toBe(true);

    const voters = await Promise.all([1, 2, 3].map(() => createUser(db).then(actorOf)));
    await Promise.all(voters.map((voter) => setVote(db, voter, idea.id, true)));
    await eventually(() => !stored(`/ideas/${idea.id}-a`), 'the votes are announced');
  });

  it('stops serving and empties the store while its connection is down, and comes back', async () => {
    await eventually(() => listener.listening, 'listening');
    await store('/accessibility', { kind: 'static' });
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'vau-page-cache' AND datname = current_database()`;
    await eventually(() => !listener.listening, 'the loss is noticed');
    expect(stored('/accessibility')).toBe(false);
    expect(errors.length).toBeGreaterThan(0);
    await eventually(() => listener.listening, 'listening again');
  });
});
