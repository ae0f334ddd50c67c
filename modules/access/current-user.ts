import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { db } from '@/modules/platform/db';
import { getServerEnv } from '@/modules/platform/server-env';
import { PLAIN_SESSION_COOKIE, SECURE_SESSION_COOKIE, sessionCookieNames } from './session-cookies';
import { resolveSession, type SessionPolicy, type SessionUser } from './sessions';

export function sessionPolicy(): SessionPolicy {
  const env = getServerEnv();
  return { idleMinutes: env.AUTH_SESSION_IDLE_MINUTES, absoluteHours: env.AUTH_SESSION_MAX_HOURS };
}

/** Secure cookies whenever the site is reached over HTTPS (directly or behind a TLS-terminating proxy). */
async function sessionCookie(): Promise<{ name: string; secure: boolean }> {
  const incoming = await headers();
  const secure = incoming.get('x-forwarded-proto') === 'https' || process.env.AUTH_URL?.startsWith('https:') === true;
  return { name: secure ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE, secure };
}

/** Hands the browser a new session: HttpOnly, SameSite=Lax, Secure over HTTPS, gone at the absolute limit. */
export async function startSessionCookie(token: string, policy: SessionPolicy): Promise<void> {
  const cookie = await sessionCookie();
  (await cookies()).set(cookie.name, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
    path: '/',
    maxAge: policy.absoluteHours * 60 * 60,
  });
}

export async function endSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const name of sessionCookieNames) jar.delete(name);
}

export async function sessionToken(): Promise<string | undefined> {
  const jar = await cookies();
  return sessionCookieNames.map((name) => jar.get(name)?.value).find(Boolean);
}

/** The signed-in, active user for this request, read fresh from the database (once per request). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await sessionToken();
  if (!token) return null;
  const resolved = await resolveSession(db, token, sessionPolicy());
  return resolved?.user ?? null;
});
