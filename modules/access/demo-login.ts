import { isSingleSignOnConfigured } from '@/modules/platform/demo-sign-in';

/**
 * The demo sign-in (pick a seeded demo user, no password) is on only when the build was made with
 * it (next.config: AUTH_DEMO_LOGIN=true, no single sign-on, no production DATABASE_URL), the running
 * server has AUTH_DEMO_LOGIN=true (`npm start` refuses it with DATABASE_URL) and no single sign-on is
 * configured. Whatever the switches say, it signs in only users the demo seed created (demo-users.ts).
 */
export function isDemoLoginEnabled(
  built = process.env.VAU_DEMO_LOGIN_BUILT,
  env: Record<string, string | undefined> = process.env,
): boolean {
  const runtime = env.AUTH_DEMO_LOGIN;
  return built === 'true' && (runtime === 'true' || runtime === '1') && !isSingleSignOnConfigured(env);
}
