import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedPageFor, storedUntil, type SharedPageRequest, type SharedPagesSetup } from './policy';

const plainReader = { holderOf: async () => 'reader', peopleOf: async () => [] };
const nextDay = (now: Date) => new Date(now.getTime() + 86_400_000);
/** A made-up domain: the store must follow whatever a policy declares, and nothing else. */
const setup: SharedPagesSetup = {
  policies: [
    {
      name: 'things',
      pages: [
        {
          path: /^\/things$/,
          dependsOn: 'listing',
          sharedParameters: ['q', 'sort'],
          oneOffParameters: ['q'],
          signedIn: 'same',
        },
        { path: /^\/things\/(?<id>\d+)$/, dependsOn: 'item', sharedParameters: [], signedIn: 'member', plainReader },
        { path: /^\/private-things$/, dependsOn: 'listing', sharedParameters: [], signedIn: 'own' },
      ],
    },
    {
      name: 'site',
      pages: [{ path: /^\/about$/, dependsOn: 'static', sharedParameters: [], signedIn: 'same', changesAt: nextDay }],
    },
  ],
  localePrefixes: ['/sv', '/en'],
  sessionCookieNames: ['session'],
  sharedCookieNames: ['language'],
};

const ask = (url: string, overrides: Partial<SharedPageRequest> = {}): SharedPageRequest => {
  const { pathname, searchParams } = new URL(url, 'http://vau.test');
  return { method: 'GET', pathname, searchParams, headers: new Headers(), cookieNames: ['language'], ...overrides };
};
const signedIn = (url: string) => ask(url, { cookieNames: ['language', 'session'] });

describe('which pages the store may share', () => {
  it('shares a declared route with declared parameters, in every language: one-off ones from their second ask', () => {
    expect(sharedPageFor(setup, ask('/things?q=piha&sort=new'))).toEqual({
      scope: { kind: 'listing' },
      version: 'everyone',
      storeFromFirstAsk: false,
    });
    expect(sharedPageFor(setup, signedIn('/sv/things?q=piha'))).toEqual({
      scope: { kind: 'listing' },
      version: 'everyone',
      storeFromFirstAsk: false,
    });
    expect(sharedPageFor(setup, ask('/things?sort=new'))).toEqual({
      scope: { kind: 'listing' },
      version: 'everyone',
      storeFromFirstAsk: true,
    });
    expect(sharedPageFor(setup, ask('/en/things/42'))).toEqual({
      scope: { kind: 'item', id: 42 },
      version: 'everyone',
      storeFromFirstAsk: true,
    });
    expect(sharedPageFor(setup, ask('/about'))).toEqual({
      scope: { kind: 'static' },
      version: 'everyone',
      storeFromFirstAsk: true,
      changesAt: nextDay,
    });
  });

  it('never shares a page carrying any parameter its route does not declare (fail closed)', () => {
    for (const url of [
      '/things?mine=1',
      '/things?q=piha&owner=me',
      '/things/42?saved=1',
      '/about?x=',
      '/things?Q=piha',
    ]) {
      expect(sharedPageFor(setup, ask(url)), url).toBeNull();
      expect(sharedPageFor(setup, signedIn(url)), url).toBeNull();
    }
  });

  it('never shares a route no policy declares', () => {
    for (const url of [
      '/',
      '/things/new',
      '/things/42/edit',
      '/things/0',
      '/de/things',
      '/sv/sv/things',
      '/profile',
      '/thingsx',
    ])
      expect(sharedPageFor(setup, ask(url)), url).toBeNull();
  });

  it('gives signed-in readers what the route declares: the same page, the member version to check, or their own', () => {
    expect(sharedPageFor(setup, signedIn('/things/42'))).toEqual({
      scope: { kind: 'item', id: 42 },
      version: 'member',
      plainReader,
      storeFromFirstAsk: true,
    });
    expect(sharedPageFor(setup, ask('/private-things'))).toMatchObject({
      scope: { kind: 'listing' },
      version: 'everyone',
    });
    expect(sharedPageFor(setup, signedIn('/private-things'))).toBeNull();
  });

  it('answers only full-page GETs', () => {
    expect(sharedPageFor(setup, ask('/things', { method: 'POST' }))).toBeNull();
    const nextRequestHeaders = [
      'rsc',
      'next-router-prefetch',
      'next-router-segment-prefetch',
      'next-router-state-tree',
      'next-hmr-refresh',
      'next-action',
    ];
    for (const header of nextRequestHeaders) {
      expect(sharedPageFor(setup, ask('/things', { headers: new Headers({ [header]: '1' }) }))).toBeNull();
    }
  });

  it('keeps a page until the earliest moment its own clock or another domain’s clock for it names', async () => {
    const pool = {} as pg.Pool;
    const now = new Date('2026-11-27T12:00:00Z');
    const clocked = (aboutChangesAt: Date): SharedPagesSetup => ({
      ...setup,
      policies: [
        ...setup.policies,
        {
          name: 'events',
          pages: [],
          clocks: [
            // Another domain's content on /about, read from the database.
            { path: /^\/about$/, changesAt: async (_now, db) => (db === pool ? aboutChangesAt : null) },
            { path: /^\/things$/, changesAt: () => null },
            // A clock alone declares no page shared.
            { path: /^\/events$/, changesAt: () => aboutChangesAt },
          ],
        },
      ],
    });
    const inAnHour = new Date('2026-11-27T13:00:00Z');
    expect(await storedUntil(sharedPageFor(clocked(inAnHour), ask('/sv/about'))!, pool, now)).toBe(inAnHour.getTime());
    // The page's own clock (the next day) is earlier than one in a week.
    const inAWeek = new Date('2026-12-04T12:00:00Z');
    expect(await storedUntil(sharedPageFor(clocked(inAWeek), ask('/about'))!, pool, now)).toBe(nextDay(now).getTime());
    // No moment known: kept until a change notice.
    expect(await storedUntil(sharedPageFor(clocked(inAnHour), ask('/things'))!, pool, now)).toBe(Infinity);
    expect(await storedUntil(sharedPageFor(clocked(inAnHour), ask('/things/42'))!, pool, now)).toBe(Infinity);
    expect(sharedPageFor(clocked(inAnHour), ask('/events'))).toBeNull();
  });

  it('is platform code: the page store imports no domain module', () => {
    const folder = import.meta.dirname;
    const sources = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    for (const name of sources) {
      const imports = [
        ...readFileSync(path.join(folder, name), 'utf8').matchAll(/(?:from|import)\s*\(?'([^']+)'/g),
      ].map((match) => match[1] ?? '');
      for (const source of imports)
        expect(
          source.startsWith('.') || source.startsWith('@/modules/platform/') || !source.startsWith('@/'),
          `${name} imports ${source}`,
        ).toBe(true);
    }
  });
});
