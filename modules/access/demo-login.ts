/**
 * The demo sign-in (pick any demo user, no password) exists only when the build was made with
 * AUTH_DEMO_LOGIN=true *and* the running server has AUTH_DEMO_LOGIN=true. A production build is
 * made without it, so no runtime setting can switch it on there.
 */
export function isDemoLoginEnabled(built = process.env.VAU_DEMO_LOGIN_BUILT, runtime = process.env.AUTH_DEMO_LOGIN): boolean {
  return built === 'true' && (runtime === 'true' || runtime === '1');
}
