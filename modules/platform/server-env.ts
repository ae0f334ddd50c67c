import { parseEnv, serverEnvSchema, type ServerEnv } from './env';

let cached: ServerEnv | undefined;

/** The validated server environment; throws a StartupError naming any bad variable. */
export function getServerEnv(): ServerEnv {
  cached ??= parseEnv(serverEnvSchema);
  return cached;
}
