import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/modules/access/permissions';
import { migrateDatabase } from '@/modules/platform/database/provision';
import { createPrismaClient, Role, type Database } from '@/modules/platform/db/client';
import { createEmptyDatabase } from '@/modules/platform/testing/database';
import { createUser, testOrigin } from '@/modules/platform/testing/factories';
import { frameOrigin, frameOriginsFromPool, storedFrameOrigins } from './frame-origin-rules';
import { getFrameOrigins, setFrameOrigins } from './frame-origins';

describe('an origin that may frame the widget', () => {
  it.each([
    ['https://intra.kunta.fi', 'https://intra.kunta.fi'],
    ['https://Intra.Kunta.FI/', 'https://intra.kunta.fi'],
    ['https://kunta.sharepoint.com:443', 'https://kunta.sharepoint.com'],
    ['https://intra.kunta.fi:8443', 'https://intra.kunta.fi:8443'],
    ['https://*.sharepoint.com', 'https://*.sharepoint.com'],
    ['https://äänekoski.fi', 'https://xn--nekoski-4waa.fi'],
    ['http://localhost:4000', 'http://localhost:4000'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
  ])('accepts %s as %s', (text, origin) => {
    expect(frameOrigin(text)).toBe(origin);
  });

  it.each([
    'http://intra.kunta.fi',
    'intra.kunta.fi',
    'https://intra.kunta.fi/sites/etusivu',
    'https://intra.kunta.fi?x=1',
    'https://intra.kunta.fi#top',
    'https://user:pw@intra.kunta.fi',
    'https://intranet',
    'https://*',
    'https://*.fi.*.com',
    'https://intra.*.fi',
    'http://*.localhost',
    '*',
    "'self'",
    "https://intra.kunta.fi; script-src 'unsafe-inline'",
    'javascript:alert(1)',
    'data:text/html,x',
  ])('refuses %s', (text) => {
    expect(frameOrigin(text)).toBeNull();
  });

  it('drops a stored value that is not a list of valid origins', () => {
    expect(storedFrameOrigins('https://intra.kunta.fi')).toEqual([]);
    expect(storedFrameOrigins(['https://intra.kunta.fi', 5, "'unsafe-inline'", 'https://*.sharepoint.com'])).toEqual([
      'https://intra.kunta.fi',
      'https://*.sharepoint.com',
    ]);
  });
});

// The setting is one per database: this file owns a database of its own.
describe('the frame origins setting', () => {
  let db: Database;
  let pool: pg.Pool;
  let own: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    own = await createEmptyDatabase('frame-origins');
    await migrateDatabase(own.url);
    db = createPrismaClient({ connectionString: own.url, poolSize: 3 });
    pool = new pg.Pool({ connectionString: own.url, max: 1 });
  });
  afterAll(async () => {
    await pool.end();
    await db.$disconnect();
    await own.drop();
  });

  const actorFor = async (roles: Role[]): Promise<Actor> => {
    const user = await createUser(db, { roles });
    return { id: user.id, roles: user.roles, active: true };
  };

  it('starts empty: nobody may frame the widget', async () => {
    expect(await getFrameOrigins(db)).toEqual([]);
    expect(await frameOriginsFromPool(pool)).toEqual([]);
  });

  it('is saved by an admin, one origin a line, normalised and without repeats, audited, and read by the proxy', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    const text = 'https://intra.kunta.fi/\nhttps://*.sharepoint.com, https://INTRA.kunta.fi\n\n';
    expect(await setFrameOrigins(db, admin, { origins: text }, testOrigin)).toEqual({
      ok: true,
      message: 'widget.saved',
    });
    const saved = ['https://intra.kunta.fi', 'https://*.sharepoint.com'];
    expect(await getFrameOrigins(db)).toEqual(saved);
    expect(await frameOriginsFromPool(pool)).toEqual(saved);
    expect(await setFrameOrigins(db, admin, { origins: '' }, testOrigin)).toMatchObject({ ok: true });
    expect(await frameOriginsFromPool(pool)).toEqual([]);
    expect(
      await db.auditLog.findMany({
        where: { actorId: admin.id },
        orderBy: { id: 'asc' },
        select: { action: true, targetId: true, before: true, after: true },
      }),
    ).toEqual([
      {
        action: 'settings.widget-frame-origins',
        targetId: 'widget.frame-origins',
        before: { origins: [] },
        after: { origins: saved },
      },
      {
        action: 'settings.widget-frame-origins',
        targetId: 'widget.frame-origins',
        before: { origins: saved },
        after: { origins: [] },
      },
    ]);
  });

  it('refuses a list with an invalid origin or too many, and keeps what was there', async () => {
    const admin = await actorFor([Role.EMPLOYEE, Role.ADMIN]);
    await setFrameOrigins(db, admin, { origins: 'https://intra.kunta.fi' }, testOrigin);
    expect(
      await setFrameOrigins(db, admin, { origins: 'https://ok.kunta.fi\nhttp://intra.kunta.fi' }, testOrigin),
    ).toEqual({
      ok: false,
      message: 'errors.invalid',
      fieldErrors: { origins: ['widget.errors.badOrigin'] },
    });
    const many = Array.from({ length: 21 }, (_, index) => `https://intra${index}.kunta.fi`).join('\n');
    expect((await setFrameOrigins(db, admin, { origins: many }, testOrigin)).fieldErrors).toEqual({
      origins: ['widget.errors.tooMany'],
    });
    expect(await getFrameOrigins(db)).toEqual(['https://intra.kunta.fi']);
  });

  it('may be changed by admins only', async () => {
    for (const roles of [
      [Role.EMPLOYEE],
      [Role.EMPLOYEE, Role.MODERATOR],
      [Role.EMPLOYEE, Role.HR],
      [Role.EMPLOYEE, Role.COORDINATOR],
    ]) {
      const state = await setFrameOrigins(
        db,
        await actorFor(roles),
        { origins: 'https://evil.example.com' },
        testOrigin,
      );
      expect(state).toEqual({ ok: false, message: 'errors.forbidden' });
    }
    expect(await setFrameOrigins(db, null, { origins: 'https://evil.example.com' }, testOrigin)).toMatchObject({
      message: 'errors.signInRequired',
    });
    expect(await getFrameOrigins(db)).not.toContain('https://evil.example.com');
  });
});
