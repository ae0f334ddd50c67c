import type { OIDCConfig } from 'next-auth/providers';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import { isAppLocale, type AppLocale } from '@/modules/i18n/locales';
import type { ServerEnv } from '@/modules/platform/env';

// Single sign-on providers, configured only by environment variables. Accounts are identified by
// provider + subject (Auth.js's accounts table); e-mail addresses never link accounts.

interface Claims {
  sub: string;
  name?: string;
  preferred_username?: string;
  email?: string;
  locale?: string;
}

export interface SsoProfile {
  id: string;
  name: string;
  email: string | null;
  image: null;
  locale?: AppLocale;
}

/** The first sign-in creates the user from these claims; language from `locale` when it is fi, sv or en. */
export function profileFromClaims(claims: Claims): SsoProfile {
  const language = claims.locale?.slice(0, 2).toLowerCase();
  return {
    id: claims.sub,
    name: claims.name ?? claims.preferred_username ?? claims.email ?? claims.sub,
    email: claims.email?.toLowerCase() ?? null,
    image: null,
    ...(isAppLocale(language) ? { locale: language } : {}),
  };
}

export function ssoProviders(env: ServerEnv): OIDCConfig<Claims>[] {
  const providers: OIDCConfig<Claims>[] = [];
  if (env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET && env.AUTH_MICROSOFT_ENTRA_ID_ISSUER) {
    providers.push({
      ...(MicrosoftEntraID({
        clientId: env.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: env.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      }) as unknown as OIDCConfig<Claims>),
      profile: profileFromClaims,
    });
  }
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    providers.push({
      id: 'oidc',
      name: env.AUTH_OIDC_NAME,
      type: 'oidc',
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_ID,
      clientSecret: env.AUTH_OIDC_SECRET,
      profile: profileFromClaims,
    });
  }
  return providers;
}
