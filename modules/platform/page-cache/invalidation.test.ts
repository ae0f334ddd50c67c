import net from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { setVote } from '@/modules/ideas/votes';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser } from '@/modules/platform/testing/factories';
import { listenForPageChanges, PAGE_CHANGE_CHANNEL } from './invalidation';
import { PageCache, type PageScope } from './page-cache';
import { eventually } from '@/modules/platform/testing/eventually';

/**
 * A TCP relay to PostgreSQL that can fall silent: bytes stop flowing both ways and nothing is
 * closed, as when a firewall or a failover forgets a connection. Nothing errors on either side.
 */
async function silenceableRelay(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const pairs: [net.Socket, net.Socket][] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    const directions: [net.Socket, net.Socket][] = [
      [client, upstream],
      [upstream, client],
    ];
    for (const [from, to] of directions) {
      from.pipe(to);
      from.on('error', () => to.destroy());
      from.on('close', () => to.destroy());
    }
    pairs.push([client, upstream]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    get connections() {
      return pairs.length;
    },
    silence() {
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    async close() {
      for (const pair of pairs) for (const socket of pair) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('page store invalidation through PostgreSQL', () => {
  const db = testDb();
  const cache = new PageCache({ maxBytes: 1024 * 1024 });
  const errors: Error[] = [];
  const listener = listenForPageChanges(inject('databaseUrl'), cache, (error) => errors.push(error), { retryMs: 50 });
  const store = (key: string, scope: PageScope) =>
    cache.getOrRender(key, { scope }, 'P', async () => ({ html: key, headers: [] }));
  const stored = (key: string) => cache.get(key) !== undefined;
  /** Notifications arrive in commit order: once this marker's has, every earlier one has too. */
  const settle = async () => {
    const markerId = 2_000_000_000 + Math.floor(Math.random() * 100_000_000);
    await store(`/ideas/${markerId}-marker`, { kind: 'item', id: markerId });
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
      await store(`/ideas/${changed.id}-a`, { kind: 'item', id: changed.id });
      await store(`/ideas/${untouched.id}-b`, { kind: 'item', id: untouched.id });
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
    await store(`/ideas/${idea.id}-a`, { kind: 'item', id: idea.id });
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

  it('bypasses the store and replaces its connection when the connection falls silent', async () => {
    const relay = await silenceableRelay(inject('databaseUrl'));
    const quietCache = new PageCache({ maxBytes: 1024 * 1024 });
    const lost: Error[] = [];
    const quiet = listenForPageChanges(relay.url, quietCache, (error) => lost.push(error), {
      retryMs: 50,
      heartbeatIntervalMs: 50,
      heartbeatTimeoutMs: 2000,
    });
    try {
      await eventually(() => quiet.listening, 'listening');
      await quietCache.getOrRender('/accessibility', { scope: { kind: 'static' } }, 'P', async () => ({
        html: 'statement',
        headers: [],
      }));
      expect(quietCache.get('/accessibility')).toBeDefined();
      const connectionsBefore = relay.connections;

      relay.silence();
      await eventually(() => !quiet.listening, 'the silence is noticed');
      expect(quietCache.get('/accessibility')).toBeUndefined();
      // While bypassed, nothing is stored either.
      await quietCache.getOrRender('/accessibility', { scope: { kind: 'static' } }, 'P', async () => ({
        html: 'statement',
        headers: [],
      }));
      expect(quietCache.get('/accessibility')).toBeUndefined();
      expect(lost.length).toBeGreaterThan(0);

      await eventually(() => quiet.listening, 'listening again on a new connection');
      expect(relay.connections).toBeGreaterThan(connectionsBefore);
      await quietCache.getOrRender('/accessibility', { scope: { kind: 'static' } }, 'P', async () => ({
        html: 'statement',
        headers: [],
      }));
      expect(quietCache.get('/accessibility')).toBeDefined();
    } finally {
      await quiet.stop();
      await relay.close();
    }
  });
});
