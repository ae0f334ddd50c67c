import { createHash } from 'node:crypto';
import { organisationEnvSchema, parseEnvOnce } from './env';

/** 128 random bits, base64: unguessable, and new for every page response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The one inline style rule: the organisation's colour (ORG_BRAND_COLOR, validated as #rrggbb).
 * It is allowed by its hash rather than the nonce because client navigations insert it again from
 * a later response, whose nonce the page's policy does not know.
 */
export function brandStyleRule(brandColor: string): string {
  return `:root{--org-brand:${brandColor}}`;
}

// The rule depends only on configuration, so each process hashes it once, not on every request.
const styleHashes = new Map<string, string>();

function styleHash(rule: string): string {
  let hash = styleHashes.get(rule);
  if (!hash) {
    hash = `'sha256-${createHash('sha256').update(rule).digest('base64')}'`;
    styleHashes.set(rule, hash);
  }
  return hash;
}

interface PolicyOptions {
  nonce: string;
  brandColor: string;
  /** React's development build evaluates code for its debugging aids; never in production. */
  development: boolean;
  /** ORG_LOGO_URL may point at the organisation's own image server. */
  logoUrl?: string;
  /**
   * Single sign-on issuers: without JavaScript the sign-in form's answer is a redirect to the
   * identity provider, and browsers apply form-action to that redirect too.
   */
  identityProviders?: (string | undefined)[];
  /** Origins that may frame this response (a page a domain lets others embed, framing.ts); none when empty. */
  frameAncestors?: readonly string[];
}

function originOf(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * The page policy: scripts run only with this response's nonce ('strict-dynamic' lets Next's own
 * nonce-carrying loader add its chunks), styles only from our files, with the nonce or the brand
 * colour's hash, nothing may
 * frame us (but the origins a framed page's policy names), and forms post only to us (and, for sign-in, to the identity provider). Next.js reads the nonce back from this header when it
 * renders, and puts it on every script it writes.
 */
export function contentSecurityPolicy({
  nonce,
  brandColor,
  development,
  logoUrl,
  identityProviders = [],
  frameAncestors = [],
}: PolicyOptions): string {
  const logoOrigin = originOf(logoUrl);
  const formTargets = [...new Set(identityProviders.map(originOf).filter((origin) => origin !== null))];
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}' ${styleHash(brandStyleRule(brandColor))}`,
    `img-src 'self' data: blob:${logoOrigin ? ` ${logoOrigin}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${formTargets.map((origin) => ` ${origin}`).join('')}`,
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
  ];
  return directives.join('; ');
}

/** The policy for this deployment, from the same variables that configure branding and sign-in. */
export function contentSecurityPolicyFor(
  nonce: string,
  env: NodeJS.ProcessEnv = process.env,
  frameAncestors: readonly string[] = [],
): string {
  return contentSecurityPolicy({
    frameAncestors,
    nonce,
    brandColor: parseEnvOnce(organisationEnvSchema, env).ORG_BRAND_COLOR,
    development: env.NODE_ENV === 'development',
    logoUrl: env.ORG_LOGO_URL,
    identityProviders: [env.AUTH_OIDC_ISSUER, env.AUTH_MICROSOFT_ENTRA_ID_ISSUER],
  });
}

/** For responses that are data, not pages (JSON, exports): nothing in them may load or run. */
export const dataResponsePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The nonce the proxy gave this request (in the policy it forwards), for a route handler's own inline style. */
export function requestNonce(headers: Headers): string | null {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(headers.get('content-security-policy') ?? '')?.[1] ?? null;
}
