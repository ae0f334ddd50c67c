// Whether an environment may offer the password-less demo sign-in at all (decision 0005). Asked by
// the launcher (with the operator's environment), by next.config at build time and by the server.

import { StartupError } from './startup-error';

type Environment = Record<string, string | undefined>;

export type DemoSignInRefusal = 'single-sign-on' | 'production-database';

/** Any provider's issuer, client id or secret (AUTH_OIDC_*, AUTH_MICROSOFT_ENTRA_ID_*, future ones). */
const singleSignOnVariable = /^AUTH_[A-Z0-9_]+_(ISSUER|ID|SECRET)$/;

export function isSingleSignOnConfigured(env: Environment): boolean {
  return Object.entries(env).some(([name, value]) => value && singleSignOnVariable.test(name));
}

/** Why this environment must not offer the demo sign-in, or null when it may. */
export function demoSignInRefusal(env: Environment): DemoSignInRefusal | null {
  if (isSingleSignOnConfigured(env)) return 'single-sign-on';
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) return 'production-database';
  return null;
}

const refusalReasons: Record<DemoSignInRefusal, string> = {
  'single-sign-on': 'single sign-on is configured (an AUTH_*_ISSUER, _ID or _SECRET variable is set)',
  'production-database': 'this is a production server on DATABASE_URL',
};

/**
 * `npm start` / `npm run dev`: whether the server gets the demo sign-in. On by default with the
 * embedded database only (the laptop demo); an explicit AUTH_DEMO_LOGIN=true where it must not be
 * stops the start instead of being ignored. `npm start` is a production server whatever NODE_ENV says.
 */
export function launcherDemoSignIn(env: Environment, mode: 'start' | 'dev', requested: boolean | undefined): boolean {
  const refusal = demoSignInRefusal({ ...env, NODE_ENV: mode === 'start' ? 'production' : env.NODE_ENV });
  if (requested && refusal) {
    throw new StartupError(
      `AUTH_DEMO_LOGIN=true is refused: ${refusalReasons[refusal]}, and the demo sign-in lets anyone sign in as anyone.`,
      'Remove AUTH_DEMO_LOGIN; the demo sign-in is for the embedded database on a laptop.',
    );
  }
  return !refusal && (requested ?? !env.DATABASE_URL);
}
