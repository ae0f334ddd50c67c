import { z } from 'zod';
import { StartupError } from './startup-error';

// Environment variables, validated once at start-up. Every variable is documented in README.md.

const postgresUrl = z
  .string()
  .regex(
    /^postgres(ql)?:\/\/\S+$/,
    'must be a PostgreSQL connection string (postgresql://user:password@host:port/database)',
  );

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const portMessage = 'must be a port number from 1 to 65535';
const port = z.coerce.number({ error: portMessage }).int(portMessage).min(1, portMessage).max(65535, portMessage);

const hopsMessage = 'must be a whole number from 0 to 10';
const proxyHops = z.coerce.number({ error: hopsMessage }).int(hopsMessage).min(0, hopsMessage).max(10, hopsMessage);

/** The organisation's branding. Read at build time too, because static pages carry it. */
export const organisationEnvSchema = z.object({
  ORG_NAME: z.string().trim().min(1).default('Kuusilahden kaupunki'),
  ORG_NAME_SV: z.string().trim().min(1).default('Kuusilahti stad'),
  ORG_NAME_EN: z.string().trim().min(1).default('City of Kuusilahti'),
  ORG_LOGO_URL: z.string().trim().min(1).default('/brand/logo.svg'),
  ORG_BRAND_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1b4f8a')
    .default('#1b4f8a'),
  ORG_ACCESSIBILITY_EMAIL: z.email('must be an e-mail address').default('saavutettavuus@kuusilahti.example'),
});

/** What the Next.js server itself needs. */
export const serverEnvSchema = organisationEnvSchema.extend({
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AUTH_DEMO_LOGIN: flag.default(false),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)').optional(),
  AUTH_URL: z.url('must be the public address of the site, e.g. https://vau.example.fi').optional(),
  AUTH_OIDC_ISSUER: z.url('must be the OpenID Connect issuer URL').optional(),
  AUTH_OIDC_ID: z.string().min(1).optional(),
  AUTH_OIDC_SECRET: z.string().min(1).optional(),
  AUTH_OIDC_NAME: z.string().min(1).default('OpenID Connect'),
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.url('must be https://login.microsoftonline.com/<tenant-id>/v2.0').optional(),
  AUTH_MICROSOFT_ENTRA_ID_ID: z.string().min(1).optional(),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().min(1).optional(),
  AUTH_DEPARTMENT_CLAIM: z.string().trim().min(1).default('department'),
  /** Claims that carry payroll's employee number and cost centre; unset: single sign-on sets neither. */
  AUTH_EMPLOYEE_NUMBER_CLAIM: z.string().trim().min(1).optional(),
  AUTH_COST_CENTRE_CLAIM: z.string().trim().min(1).optional(),
  /** Where e-mail goes (smtp:// or smtps://, user and password in the URL); unset: the database mailbox admins read. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an SMTP URL like smtp://user:password@mail.example.fi:587')
    .optional(),
  /** The sender of VAU's e-mail. */
  MAIL_FROM: z.string().trim().min(3).default('VAU <vau@kuusilahti.example>'),
  /** Webhook endpoints on private, loopback or link-local addresses (and plain http on loopback); for tests and intranet receivers. */
  WEBHOOK_ALLOW_PRIVATE: flag.default(false),
  MODERATION_FLAG_THRESHOLD: z.coerce.number().int().min(1).max(50).default(3),
  AUTH_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  AUTH_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Proxies of our own in front of VAU, each appending to X-Forwarded-For; 0 trusts none (modules/platform/client-address.ts). */
  TRUSTED_PROXY_HOPS: proxyHops.default(0),
  /** Read by the proxy straight from the environment; validated here so that a typo is reported at start. */
  VAU_PAGE_CACHE: z.enum(['on', 'off'], 'must be on or off').default('on'),
  /** Read by the rate limiter straight from the environment; `off` only for load tests from one address. */
  VAU_RATE_LIMITS: z.enum(['on', 'off'], 'must be on or off').default('on'),
});

/** What `npm start` / `npm run dev` need before the server exists; DATABASE_URL may be absent (embedded mode). */
export const launcherEnvSchema = serverEnvSchema.extend({
  DATABASE_URL: postgresUrl.optional(),
  PORT: port.default(3000),
  HOSTNAME: z.string().trim().min(1).optional(),
  /** Next.js worker processes behind the one port (serve.ts); by default one per CPU core. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  EMBEDDED_DATABASE_DIR: z.string().trim().min(1).default('.data/postgres'),
  EMBEDDED_DATABASE_PORT: port.default(5433),
  EMBEDDED_DATABASE_NAME: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case identifier')
    .default('vau'),
  SEED_DEMO_DATA: flag.optional(),
  AUTH_DEMO_LOGIN: flag.optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;
export type LauncherEnv = z.infer<typeof launcherEnvSchema>;

type Source = Record<string, string | undefined>;

/** Empty strings count as unset, so `FOO=` in a shell or .env file falls back to the default. */
function withoutEmpty(source: Source): Source {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
}

export function parseEnv<Schema extends z.ZodType>(schema: Schema, source: Source = process.env): z.infer<Schema> {
  const result = schema.safeParse(withoutEmpty(source));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const value = source[name];
    const shown =
      value === undefined ? 'it is not set' : `got "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    return `${name} ${issue.message.replace(/^Invalid input: /, '')} (${shown})`;
  });
  throw new StartupError(
    `Invalid environment: ${problems.join('; ')}.`,
    'Fix the variable(s) named and start again; README.md lists them all.',
  );
}

const parsedOnRequests = new WeakMap<z.ZodObject, { key: string; value: unknown }>();

/**
 * parseEnv for variables read on every request (the organisation, the security policy): parsed
 * again only when one of the schema's own variables changed. Parsing copies and filters the whole
 * environment, which cost more than serving a stored page.
 */
export function parseEnvOnce<Schema extends z.ZodObject>(
  schema: Schema,
  source: Source = process.env,
): z.infer<Schema> {
  const key = Object.keys(schema.shape)
    .map((name) => source[name] ?? '')
    .join('\u0000');
  const parsed = parsedOnRequests.get(schema);
  if (parsed?.key === key) return parsed.value as z.infer<Schema>;
  const value = parseEnv(schema, source);
  parsedOnRequests.set(schema, { key, value });
  return value;
}
