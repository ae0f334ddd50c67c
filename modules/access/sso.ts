import type { OIDCConfig } from 'next-auth/providers';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import { isAppLocale, type AppLocale } from '@/modules/i18n/locales';
import type { ServerEnv } from '@/modules/platform/env';
import type { Database } from '@/modules/platform/db/client';

// Single sign-on providers, configured only by environment variables. Accounts are identified by
// provider + subject (Auth.js's accounts table); e-mail addresses never link accounts.

interface Claims {
  sub: string;
  name?: string;
  preferred_username?: string;
  email?: string;
  locale?: string;
  [claim: string]: unknown;
}

export interface SsoProfile {
  id: string;
  name: string;
  email: string | null;
  image: null;
  locale?: AppLocale;
  departmentId?: string;
}

/**
 * The first sign-in creates the user from these claims: language from `locale` when it is fi, sv
 * or en, department when the claim names one we know. Later sign-ins change nothing, so what the
 * person or an admin sets afterwards stays.
 */
export function profileFromClaims(claims: Claims, departmentId: string | null = null): SsoProfile {
  const language = claims.locale?.slice(0, 2).toLowerCase();
  return {
    id: claims.sub,
    name: claims.name ?? claims.preferred_username ?? claims.email ?? claims.sub,
    email: claims.email?.toLowerCase() ?? null,
    image: null,
    ...(isAppLocale(language) ? { locale: language } : {}),
    ...(departmentId ? { departmentId } : {}),
  };
}

/** Reads the department from the claim named by AUTH_DEPARTMENT_CLAIM (a string, or the first of a list). */
function profileReader(db: Database, departmentClaim: string) {
  return async (claims: Claims): Promise<SsoProfile> => {
    const raw = claims[departmentClaim];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const departmentId = typeof value === 'string' ? await findDepartmentIdByClaim(db, value) : null;
    return profileFromClaims(claims, departmentId);
  };
}

export function ssoProviders(env: ServerEnv, db: Database): OIDCConfig<Claims>[] {
  const providers: OIDCConfig<Claims>[] = [];
  const profile = profileReader(db, env.AUTH_DEPARTMENT_CLAIM);
  if (env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET && env.AUTH_MICROSOFT_ENTRA_ID_ISSUER) {
    providers.push({
      ...(MicrosoftEntraID({
        clientId: env.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: env.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      }) as unknown as OIDCConfig<Claims>),
      profile,
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
      profile,
    });
  }
  return providers;
}

/**
 * The department an identity provider's claim names: by slug or by its name in any language,
 * ignoring case. A name we do not know gives none; the person or an admin picks it later.
 */
export async function findDepartmentIdByClaim(db: Database, claim: string | undefined): Promise<string | null> {
  const value = claim?.trim();
  if (!value) return null;
  const department = await db.department.findFirst({
    where: {
      active: true,
      OR: [
        { slug: { equals: value, mode: 'insensitive' } },
        { nameFi: { equals: value, mode: 'insensitive' } },
        { nameSv: { equals: value, mode: 'insensitive' } },
        { nameEn: { equals: value, mode: 'insensitive' } },
      ],
    },
    orderBy: { sortOrder: 'asc' },
    select: { id: true },
  });
  return department?.id ?? null;
}
