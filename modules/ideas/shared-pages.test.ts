import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createSession } from '@/modules/access/sessions';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createIdea, createUser } from '@/modules/platform/testing/factories';
import { PlainReaders } from '@/modules/platform/page-cache/plain-readers';
import { sharedPageFor, type SharedPagesSetup } from '@/modules/platform/page-cache/policy';
import { ideasSharedPages, nextHelsinkiYear, plainIdeaReader } from './shared-pages';

describe('who shares the stored member version of an idea page', () => {
  const db = testDb();
  const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
  const policy = { idleMinutes: 120, absoluteHours: 12 };
  const tokenOf = async (roles: Role[] = [Role.EMPLOYEE]) => {
    const user = await createUser(db, { roles });
    return { user, token: (await createSession(db, user.id, policy)).sessionToken };
  };

  afterAll(() => pool.end());
  // Asked afresh each time: what is kept, and for how long, is app/shared-page-plain-readers.test.ts's.
  const isPlainReader = (token: string, ideaId: number) =>
    new PlainReaders(plainIdeaReader).isPlainReader(pool, token, ideaId);

  it('is a plain employee with no part in the idea; its people, other roles and ended sessions get their own page', async () => {
    const idea = await createIdea(db);
    const reader = await tokenOf();
    expect(await isPlainReader(reader.token, idea.id)).toBe(true);

    const author = await createSession(db, idea.authorId, policy);
    expect(await isPlainReader(author.sessionToken, idea.id)).toBe(false);

    const invited = await tokenOf();
    await db.ideaCoAuthor.create({ data: { ideaId: idea.id, userId: invited.user.id } });
    expect(await isPlainReader(invited.token, idea.id)).toBe(false);

    const commenter = await tokenOf();
    await db.comment.create({ data: { ideaId: idea.id, authorId: commenter.user.id, body: 'Hyvä ajatus.' } });
    expect(await isPlainReader(commenter.token, idea.id)).toBe(false);
    // An invited evaluator finds the link to their scorecard on the page.
    const evaluator = await tokenOf();
    await db.evaluation.create({ data: { ideaId: idea.id, evaluatorId: evaluator.user.id } });
    expect(await isPlainReader(evaluator.token, idea.id)).toBe(false);
    // Having a part in one idea does not change how one reads the others.
    expect(await isPlainReader(commenter.token, (await createIdea(db)).id)).toBe(true);

    for (const role of [Role.MODERATOR, Role.MANAGER, Role.HR, Role.ADMIN]) {
      expect(await isPlainReader((await tokenOf([Role.EMPLOYEE, role])).token, idea.id)).toBe(false);
    }

    const deactivated = await tokenOf();
    await db.user.update({ where: { id: deactivated.user.id }, data: { active: false } });
    expect(await isPlainReader(deactivated.token, idea.id)).toBe(false);

    const idle = await tokenOf();
    await db.session.update({ where: { sessionToken: idle.token }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await isPlainReader(idle.token, idea.id)).toBe(false);
    expect(await isPlainReader('no-such-session', idea.id)).toBe(false);
  });
});

describe('which ideas pages are shared', () => {
  const setup: SharedPagesSetup = {
    policies: [ideasSharedPages],
    localePrefixes: ['/sv', '/en'],
    sessionCookieNames: ['session'],
    sharedCookieNames: [],
  };
  const ask = (url: string, cookieNames: string[] = []) => {
    const { pathname, searchParams } = new URL(url, 'http://vau.test');
    return sharedPageFor(setup, { method: 'GET', pathname, searchParams, headers: new Headers(), cookieNames });
  };

  it('shares the front page, the list with its search, filters, sort and position, and idea pages', () => {
    for (const url of [
      '/ideas',
      `/ideas?category=${crypto.randomUUID()}&department=${crypto.randomUUID()}&status=PUBLISHED&sort=votes`,
    ])
      expect(ask(url, ['session']), url).toEqual({
        scope: { kind: 'listing' },
        version: 'everyone',
        storeFromFirstAsk: true,
      });
    // A search or a later page is often read once: stored from its second ask.
    for (const url of ['/en/ideas?q=piha&status=PUBLISHED&sort=votes', '/ideas?sort=votes&after=abc'])
      expect(ask(url, ['session']), url).toMatchObject({ scope: { kind: 'listing' }, storeFromFirstAsk: false });
    for (const url of ['/', '/sv'])
      expect(ask(url, ['session']), url).toEqual({
        scope: { kind: 'listing' },
        version: 'everyone',
        storeFromFirstAsk: true,
        changesAt: nextHelsinkiYear,
      });
    expect(ask('/sv/ideas/42-cyklar')).toEqual({
      scope: { kind: 'item', id: 42 },
      version: 'everyone',
      storeFromFirstAsk: true,
    });
    expect(ask('/ideas/42-pyorat-kiertoon', ['session'])).toMatchObject({
      scope: { kind: 'item', id: 42 },
      version: 'member',
    });
  });

  it('renders personal lists, the author’s saved message and other idea routes for each reader', () => {
    for (const url of [
      '/ideas?mine=1',
      '/ideas?voted=1',
      '/ideas?q=piha&following=1',
      '/ideas/42-x?saved=ideas.form.updated',
      '/ideas/new',
      '/ideas/42',
      '/ideas/42-x/edit',
    ]) {
      expect(ask(url), url).toBeNull();
      expect(ask(url, ['session']), url).toBeNull();
    }
  });

  it('keeps the front page until this year’s count starts again: midnight of 1 January in Helsinki', () => {
    expect(nextHelsinkiYear(new Date('2026-11-27T12:00:00Z'))).toEqual(new Date('2026-12-31T22:00:00Z'));
    expect(nextHelsinkiYear(new Date('2026-12-31T21:59:59Z'))).toEqual(new Date('2026-12-31T22:00:00Z'));
    expect(nextHelsinkiYear(new Date('2026-12-31T22:00:00Z'))).toEqual(new Date('2027-12-31T22:00:00Z'));
  });
});
