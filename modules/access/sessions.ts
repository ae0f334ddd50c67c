import { randomBytes } from 'node:crypto';
import { Role as RoleValue, type Role } from '@/modules/platform/db/generated/enums';
import type { Database } from '@/modules/platform/db/client';

// Sessions live in the database (the same table Auth.js's adapter writes for single sign-on), so
// signing out, deactivating a user or changing roles takes effect on the very next request, on
// every app instance. The user row is read with the session on each request, never cached.

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  absoluteHours: number;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string | null;
  roles: Role[];
  active: boolean;
  locale: 'fi' | 'sv' | 'en';
  /** For managers: their own department and those they manage (the `.department` grants' reach). */
  departmentIds: string[];
}

const MINUTE = 60_000;

export async function createSession(db: Database, userId: string, policy: SessionPolicy, now = new Date()) {
  const sessionToken = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + policy.idleMinutes * MINUTE);
  await db.session.create({ data: { sessionToken, userId, expires, createdAt: now } });
  return { sessionToken, expires };
}

/**
 * The signed-in user for a session token, or null when the session is unknown, idle too long,
 * too old, or its user is deactivated. Ended sessions are deleted. An active session's idle expiry
 * is pushed forward, at most once a minute.
 */
export async function resolveSession(
  db: Database,
  sessionToken: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ user: SessionUser; expires: Date } | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: {
      expires: true,
      createdAt: true,
      user: {
        select: { id: true, name: true, email: true, roles: true, active: true, locale: true, departmentId: true },
      },
    },
  });
  if (!session) return null;
  const tooOld = session.createdAt.getTime() + policy.absoluteHours * 60 * MINUTE <= now.getTime();
  if (session.expires <= now || tooOld || !session.user.active) {
    await db.session.deleteMany({ where: { sessionToken } });
    return null;
  }
  const { id, name, email, roles, active, locale } = session.user;
  const user: SessionUser = {
    id,
    name,
    email,
    roles,
    active,
    locale,
    departmentIds: await departmentsActedFor(db, session.user),
  };
  const renewed = new Date(now.getTime() + policy.idleMinutes * MINUTE);
  if (renewed.getTime() - session.expires.getTime() >= MINUTE) {
    await db.session.updateMany({ where: { sessionToken }, data: { expires: renewed } });
    return { user, expires: renewed };
  }
  return { user, expires: session.expires };
}

/** A manager's own department and those they manage; nobody else's grants are department-scoped, so no query for them. */
export async function departmentsActedFor(
  db: Pick<Database, 'managedDepartment'>,
  user: { id: string; roles: readonly Role[]; departmentId: string | null },
): Promise<string[]> {
  if (!user.roles.includes(RoleValue.MANAGER)) return [];
  const managed = await db.managedDepartment.findMany({ where: { userId: user.id }, select: { departmentId: true } });
  return [...new Set([...(user.departmentId ? [user.departmentId] : []), ...managed.map((row) => row.departmentId)])];
}

export async function deleteSession(db: Database, sessionToken: string): Promise<string | null> {
  const session = await db.session.findUnique({ where: { sessionToken }, select: { userId: true } });
  await db.session.deleteMany({ where: { sessionToken } });
  return session?.userId ?? null;
}
