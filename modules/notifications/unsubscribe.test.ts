import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmailCadence, NotificationKind } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createUser, testOrigin } from '@/modules/platform/testing/factories';
import {
  applyUnsubscribe,
  oneClickUnsubscribe,
  previewUnsubscribe,
  readUnsubscribeToken,
  unsubscribeToken,
} from './unsubscribe';

const site = 'https://vau.kuusilahti.example';

function oneClick(token: string, body: BodyInit | null = 'List-Unsubscribe=One-Click') {
  return new Request(`${site}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
}

/** The token with its last character changed. */
function tampered(token: string): string {
  return `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
}

describe('unsubscribe links', () => {
  const db = testDb();
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function choices(userId: string) {
    const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, cadence: true } });
    return Object.fromEntries(rows.map((row) => [row.kind, row.cadence]));
  }

  it('reads back what it signed, and refuses forged, tampered and re-addressed tokens', async () => {
    const person = await createUser(db);
    const other = await createUser(db);
    const token = await unsubscribeToken(db, { userId: person.id, target: { kind: NotificationKind.MENTIONS } });
    expect(await readUnsubscribeToken(db, token)).toEqual({ userId: person.id, target: { kind: 'MENTIONS' } });
    // The key lives in the database: another instance (a fresh process) signs alike.
    expect(await unsubscribeToken(db, { userId: person.id, target: { kind: NotificationKind.MENTIONS } })).toBe(token);

    const [userId, what, signature] = token.split('.') as [string, string, string];
    const forged = `${userId}.${what}.${Buffer.alloc(32, 7).toString('base64url')}`;
    const retargeted = `${userId}.REWARDS.${signature}`;
    const readdressed = `${other.id}.${what}.${signature}`;
    for (const bad of [forged, retargeted, readdressed, tampered(token), `${token}x`, '', 'abc', null, 42]) {
      expect(await readUnsubscribeToken(db, bad)).toBeNull();
    }
    expect(await applyUnsubscribe(db, readdressed, testOrigin)).toBeNull();
    expect(await choices(other.id)).toEqual({});
  });

  it('signs with AUTH_SECRET when it is set, so tokens made with another key are refused', async () => {
    const person = await createUser(db);
    const withStoredKey = await unsubscribeToken(db, { userId: person.id, target: { digest: 'DAILY' } });
    vi.stubEnv('AUTH_SECRET', 'x'.repeat(40));
    const withSecret = await unsubscribeToken(db, { userId: person.id, target: { digest: 'DAILY' } });
    expect(withSecret).not.toBe(withStoredKey);
    expect(await readUnsubscribeToken(db, withSecret)).toEqual({ userId: person.id, target: { digest: 'DAILY' } });
    expect(await readUnsubscribeToken(db, withStoredKey)).toBeNull();
  });

  it('shows what a link would turn off without changing anything', async () => {
    const person = await createUser(db);
    const token = await unsubscribeToken(db, { userId: person.id, target: { digest: 'DAILY' } });
    expect(await previewUnsubscribe(db, token)).toEqual({
      target: { digest: 'DAILY' },
      kinds: [NotificationKind.DISCUSSION, NotificationKind.TASKS, NotificationKind.FOLLOWED],
    });
    expect(await choices(person.id)).toEqual({});
    expect(await previewUnsubscribe(db, tampered(token))).toBeNull();
  });

  it('turns a digest off: every kind the person gets in it, and nothing else; audited', async () => {
    const person = await createUser(db);
    await db.notificationPreference.createMany({
      data: [
        { userId: person.id, kind: NotificationKind.MENTIONS, cadence: EmailCadence.DAILY },
        { userId: person.id, kind: NotificationKind.FOLLOWED, cadence: EmailCadence.WEEKLY },
      ],
    });
    const token = await unsubscribeToken(db, { userId: person.id, target: { digest: 'DAILY' } });
    expect(await applyUnsubscribe(db, token, testOrigin)).toEqual({
      target: { digest: 'DAILY' },
      kinds: [NotificationKind.MENTIONS, NotificationKind.DISCUSSION, NotificationKind.TASKS],
    });
    expect(await choices(person.id)).toEqual({
      MENTIONS: EmailCadence.OFF,
      DISCUSSION: EmailCadence.OFF,
      TASKS: EmailCadence.OFF,
      FOLLOWED: EmailCadence.WEEKLY,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: 'user.email-preferences.unsubscribe', targetId: person.id },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual({
      actorId: person.id,
      before: { MENTIONS: 'DAILY', DISCUSSION: 'DAILY', TASKS: 'DAILY' },
      after: { MENTIONS: 'OFF', DISCUSSION: 'OFF', TASKS: 'OFF' },
    });
    // A second click finds nothing left to turn off and writes nothing.
    expect((await applyUnsubscribe(db, token, testOrigin))?.kinds).toEqual([]);
    expect(
      await db.auditLog.count({ where: { action: 'user.email-preferences.unsubscribe', targetId: person.id } }),
    ).toBe(1);
  });

  it('one-click POST without a session turns exactly that kind off; a bad token or body is a 400', async () => {
    const person = await createUser(db);
    const token = await unsubscribeToken(db, { userId: person.id, target: { kind: NotificationKind.REWARDS } });

    expect((await oneClickUnsubscribe(db, oneClick(tampered(token)), testOrigin)).status).toBe(400);
    expect((await oneClickUnsubscribe(db, oneClick(token, 'List-Unsubscribe=Maybe'), testOrigin)).status).toBe(400);
    expect((await oneClickUnsubscribe(db, oneClick(token, null), testOrigin)).status).toBe(400);
    expect(await choices(person.id)).toEqual({});

    const response = await oneClickUnsubscribe(db, oneClick(token), testOrigin);
    expect(response.status).toBe(200);
    expect(await choices(person.id)).toEqual({ REWARDS: EmailCadence.OFF });
    // Mail programs may send it as multipart/form-data too.
    const multipart = new FormData();
    multipart.set('List-Unsubscribe', 'One-Click');
    const again = new Request(`${site}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      body: multipart,
    });
    expect((await oneClickUnsubscribe(db, again, testOrigin)).status).toBe(200);
  });
});
