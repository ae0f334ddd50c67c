import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { Database } from '@/modules/platform/db/client';
import { EmailCadence, type NotificationKind } from '@/modules/platform/db/generated/enums';
import { defaultCadence, notificationKinds } from './kinds';

// The unsubscribe link in every e-mail (RFC 8058 one-click, and the page it opens): a signed token
// names a person and what to turn off, so it works without signing in and cannot be forged or
// pointed at someone else.

/** What a link turns off: one kind (an instant e-mail's), or a digest (every kind sent in it). */
export type UnsubscribeTarget = { kind: NotificationKind } | { digest: 'DAILY' | 'WEEKLY' };

export interface UnsubscribeRequest {
  userId: string;
  target: UnsubscribeTarget;
}

const keySetting = 'notifications.unsubscribe-key';
const databaseKeys = new WeakMap<Database, Promise<Buffer>>();

/**
 * The signing key: derived from AUTH_SECRET when set, else a random key made once and kept in
 * app_settings, so every instance signs alike and links stay valid across restarts.
 */
async function signingKey(db: Database): Promise<Buffer> {
  const secret = process.env.AUTH_SECRET;
  if (secret) return createHmac('sha256', secret).update('vau:email-unsubscribe').digest();
  let key = databaseKeys.get(db);
  if (!key) {
    key = storedKey(db);
    databaseKeys.set(db, key);
    key.catch(() => databaseKeys.delete(db));
  }
  return key;
}

async function storedKey(db: Database): Promise<Buffer> {
  const fresh = JSON.stringify(randomBytes(32).toString('base64url'));
  await db.$executeRaw`INSERT INTO app_settings (key, value, updated_at) VALUES (${keySetting}, ${fresh}::jsonb, now())
    ON CONFLICT (key) DO NOTHING`;
  const row = await db.appSetting.findUniqueOrThrow({ where: { key: keySetting }, select: { value: true } });
  return Buffer.from(String(row.value), 'base64url');
}

function targetName(target: UnsubscribeTarget): string {
  return 'kind' in target ? target.kind : target.digest;
}

function targetFrom(name: string): UnsubscribeTarget | null {
  if (name === EmailCadence.DAILY || name === EmailCadence.WEEKLY) return { digest: name };
  const kind = notificationKinds.find((candidate) => candidate === name);
  return kind ? { kind } : null;
}

function signature(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

/** `<user id>.<what>.<signature>`: URL-safe as it is. */
export async function unsubscribeToken(db: Database, request: UnsubscribeRequest): Promise<string> {
  const payload = `${request.userId}.${targetName(request.target)}`;
  return `${payload}.${signature(await signingKey(db), payload).toString('base64url')}`;
}

const tokenShape = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Z_]{1,20})\.([\w-]{43})$/;

/** What a token asks for, or null when it is malformed or its signature does not match. */
export async function readUnsubscribeToken(db: Database, token: unknown): Promise<UnsubscribeRequest | null> {
  const match = typeof token === 'string' ? tokenShape.exec(token) : null;
  if (!match) return null;
  const [, userId, name, signed] = match as unknown as [string, string, string, string];
  // Compared as text: base64url's last character has spare bits, so decoded bytes could match a
  // token that differs in writing.
  const expected = Buffer.from(signature(await signingKey(db), `${userId}.${name}`).toString('base64url'));
  if (!timingSafeEqual(Buffer.from(signed), expected)) return null;
  const target = targetFrom(name);
  return target && { userId, target };
}

export interface UnsubscribeOutcome {
  target: UnsubscribeTarget;
  /** The kinds the link turns off (or turned off): those still sent by e-mail as it asks. */
  kinds: NotificationKind[];
}

/** The person's cadence per kind now, and which of them the request turns off (no row: the default). */
async function kindsToTurnOff(
  db: Pick<Database, 'notificationPreference'>,
  { userId, target }: UnsubscribeRequest,
): Promise<{ kinds: NotificationKind[]; cadenceOf: (kind: NotificationKind) => EmailCadence }> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, cadence: true } });
  const saved = new Map(rows.map((row) => [row.kind, row.cadence]));
  const cadenceOf = (kind: NotificationKind) => saved.get(kind) ?? defaultCadence[kind];
  const kinds =
    'kind' in target
      ? [target.kind].filter((kind) => cadenceOf(kind) !== EmailCadence.OFF)
      : notificationKinds.filter((kind) => cadenceOf(kind) === target.digest);
  return { kinds, cadenceOf };
}

/** What the link would turn off, without changing anything (the page's GET: link scanners open links). */
export async function previewUnsubscribe(db: Database, token: unknown): Promise<UnsubscribeOutcome | null> {
  const request = await readUnsubscribeToken(db, token);
  if (!request) return null;
  const user = await db.user.findUnique({ where: { id: request.userId }, select: { id: true } });
  return user && { target: request.target, kinds: (await kindsToTurnOff(db, request)).kinds };
}

/**
 * Turns off what the token names: the kinds become OFF for the person, audited as their own act
 * (the signed link stands for them). Null for a bad token or a person who no longer exists.
 */
export async function applyUnsubscribe(
  db: Database,
  token: unknown,
  origin: RequestOrigin,
): Promise<UnsubscribeOutcome | null> {
  const request = await readUnsubscribeToken(db, token);
  if (!request) return null;
  const { userId, target } = request;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return null;
    const { kinds, cadenceOf } = await kindsToTurnOff(tx, request);
    if (kinds.length === 0) return { target, kinds };
    for (const kind of kinds) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, cadence: EmailCadence.OFF },
        update: { cadence: EmailCadence.OFF },
      });
    }
    await recordAudit(
      tx,
      {
        actorId: userId,
        action: 'user.email-preferences.unsubscribe',
        targetType: 'user',
        targetId: userId,
        before: Object.fromEntries(kinds.map((kind) => [kind, cadenceOf(kind)])),
        after: Object.fromEntries(kinds.map((kind) => [kind, EmailCadence.OFF])),
      },
      origin,
    );
    return { target, kinds };
  });
}

/**
 * RFC 8058 one-click: a mail program POSTs `List-Unsubscribe=One-Click` to the header's address,
 * with no cookies and no form token; the signed token is the only proof needed. 200 when done (or
 * already off), 400 for a bad token or body.
 */
export async function oneClickUnsubscribe(db: Database, request: Request, origin: RequestOrigin): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token');
  const form = await request.formData().catch(() => null);
  const outcome = form?.get('List-Unsubscribe') === 'One-Click' ? await applyUnsubscribe(db, token, origin) : null;
  return new Response(outcome ? 'OK\n' : 'Bad request\n', {
    status: outcome ? 200 : 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
