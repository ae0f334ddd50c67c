import { parseEnv, serverEnvSchema, type ServerEnv } from './env';
import { StartupError } from './startup-error';

let cached: ServerEnv | undefined;

/** The validated server environment; throws a StartupError naming any bad variable. */
export function getServerEnv(): ServerEnv {
  if (cached) return cached;
  const env = parseEnv(serverEnvSchema);
  const ssoConfigured = Boolean(env.AUTH_OIDC_ISSUER || env.AUTH_MICROSOFT_ENTRA_ID_ISSUER);
  if (ssoConfigured && !env.AUTH_SECRET) {
    throw new StartupError(
      'Invalid environment: AUTH_SECRET is required when single sign-on is configured (it is not set).',
      'Generate one with: openssl rand -base64 32',
    );
  }
  cached = env;
  return env;
}
