import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import NextAuth from 'next-auth';
import { recordAudit } from '@/modules/audit/audit-log';
import { requestOrigin } from '@/modules/audit/request-origin';
import { db } from '@/modules/platform/db';
import { getServerEnv } from '@/modules/platform/server-env';
import { ssoProviders, syncPayrollClaims, withImportedPeopleClaimable } from './sso';

// Auth.js runs the single sign-on flows and writes users, accounts and sessions through its Prisma
// adapter. Reading the session on each request is ours (current-user.ts), so that deactivation,
// role changes and the absolute timeout apply at once.

// The adapter is typed against @prisma/client, which the prisma-client generator leaves empty;
// our client has exactly the models it uses (see prisma/schema.prisma, "Auth.js tables").
const adapter = withImportedPeopleClaimable(PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]), db);

// Configured on first use, not at import: `next build` loads this module without an environment.
export const { handlers, signIn } = NextAuth(() => {
  const env = getServerEnv();
  return {
    adapter,
    providers: ssoProviders(env, db),
    secret: env.AUTH_SECRET,
    trustHost: true,
    // The database row carries the idle expiry, which current-user.ts pushes forward on use and
    // checks on every request with the absolute limit. Auth.js would give the cookie that first
    // idle expiry and never renew it (our reads are not its), ending a busy day's session after two
    // hours: the cookie lives to the absolute limit instead, as the demo sign-in's does. Max-Age
    // wins over the Expires Auth.js also writes.
    session: { strategy: 'database', maxAge: env.AUTH_SESSION_IDLE_MINUTES * 60 },
    cookies: { sessionToken: { options: { maxAge: env.AUTH_SESSION_MAX_HOURS * 60 * 60 } } },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    callbacks: {
      // A deactivated person's single sign-on still works upstream; here it opens nothing.
      signIn: ({ user }) => !('active' in user) || user.active !== false,
    },
    events: {
      async signIn({ user, account, profile, isNewUser }) {
        if (!user.id) return;
        if (profile) await syncPayrollClaims(db, env, user.id, profile);
        await recordAudit(
          db,
          {
            actorId: user.id,
            action: 'auth.sign-in',
            targetType: 'user',
            targetId: user.id,
            after: { method: account?.provider ?? 'unknown', newUser: Boolean(isNewUser) },
          },
          await requestOrigin(),
        );
      },
    },
  };
});

export function configuredProviders(): { id: string; name: string }[] {
  return ssoProviders(getServerEnv(), db).map((provider) => ({ id: provider.id, name: provider.name }));
}
