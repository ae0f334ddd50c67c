'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { recordAudit } from '@/modules/audit/audit-log';
import { requestOrigin } from '@/modules/audit/request-origin';
import { redirect } from '@/modules/i18n/navigation';
import { db } from '@/modules/platform/db';
import { endSessionCookies, sessionPolicy, sessionToken, startSessionCookie } from './current-user';
import { configuredProviders, signIn } from './auth';
import { isDemoLoginEnabled } from './demo-login';
import { findDemoUser } from './demo-users';
import { hitSignInLimit } from './rate-limits';
import { createSession, deleteSession } from './sessions';

const demoSignInInput = z.object({ userId: z.uuid() });

/** Where a refused sign-in attempt goes: the sign-in page, which then says to wait. */
const signInLimited = { pathname: '/sign-in', query: { limited: '1' } } as const;

async function tooManySignIns(): Promise<boolean> {
  return !(await hitSignInLimit(db, (await requestOrigin()).ip)).allowed;
}

/** Signs in as a demo user: only where the demo sign-in is enabled, only as an active user the demo seed made. */
export async function signInAsDemoUser(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const input = demoSignInInput.safeParse({ userId: formData.get('userId') });
  if (!isDemoLoginEnabled() || !input.success) return redirect({ href: '/sign-in', locale });
  if (await tooManySignIns()) return redirect({ href: signInLimited, locale });
  const user = await findDemoUser(db, input.data.userId);
  if (!user) return redirect({ href: '/sign-in', locale });

  const policy = sessionPolicy();
  const { sessionToken: token } = await createSession(db, user.id, policy);
  await startSessionCookie(token, policy);
  await recordAudit(
    db,
    { actorId: user.id, action: 'auth.sign-in', targetType: 'user', targetId: user.id, after: { method: 'demo' } },
    await requestOrigin(),
  );
  redirect({ href: '/', locale });
}

/** Starts single sign-on with one of the configured providers. */
export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = formData.get('provider');
  const known = configuredProviders().find(({ id }) => id === provider);
  if (!known) return redirect({ href: '/sign-in', locale: await getLocale() });
  if (await tooManySignIns()) return redirect({ href: signInLimited, locale: await getLocale() });
  await signIn(known.id, { redirectTo: '/' });
}

/** Ends this session everywhere at once: the row goes, so a replayed cookie finds nothing. */
export async function signOut(): Promise<void> {
  const locale = await getLocale();
  const token = await sessionToken();
  if (token) {
    const userId = await deleteSession(db, token);
    await endSessionCookies();
    if (userId)
      await recordAudit(
        db,
        { actorId: userId, action: 'auth.sign-out', targetType: 'user', targetId: userId },
        await requestOrigin(),
      );
  }
  redirect({ href: '/', locale });
}
