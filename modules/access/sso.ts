import type { Adapter, AdapterUser } from 'next-auth/adapters';
import type { OIDCConfig } from 'next-auth/providers';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import { isAppLocale, type AppLocale } from '@/modules/i18n/locales';
import { employeeNumberPattern } from './employee-number';
import { Prisma, type Database } from '@/modules/platform/db/client';
import type { ServerEnv } from '@/modules/platform/env';
import { logger } from '@/modules/platform/logger';

// Single sign-on providers, configured only by environment variables. Accounts are identified by
// provider + subject (Auth.js's accounts table). E-mail links an account only to a person HR's staff
// import made who has never signed in (withImportedPeopleClaimable, docs/decisions/0032).

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
      allowDangerousEmailAccountLinking: true,
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
      allowDangerousEmailAccountLinking: true,
    });
  }
  return providers;
}

/**
 * The department an identity provider's claim names: by slug or by its name in any language,
 * ignoring case. A name we do not know gives none; the person or an admin picks it later. A
 * department merged into another (modules/taxonomy/merge.ts) gives the one it was merged into.
 */
export async function findDepartmentIdByClaim(db: Database, claim: string | undefined): Promise<string | null> {
  const value = claim?.trim();
  if (!value) return null;
  const department = await db.department.findFirst({
    where: {
      AND: [
        { OR: [{ active: true }, { mergedInto: { active: true } }] },
        {
          OR: [
            { slug: { equals: value, mode: 'insensitive' } },
            { nameFi: { equals: value, mode: 'insensitive' } },
            { nameSv: { equals: value, mode: 'insensitive' } },
            { nameEn: { equals: value, mode: 'insensitive' } },
          ],
        },
      ],
    },
    orderBy: [{ active: 'desc' }, { sortOrder: 'asc' }],
    select: { id: true, active: true, mergedIntoId: true },
  });
  if (!department) return null;
  return department.active ? department.id : department.mergedIntoId;
}

/** A claim's text: a string or a number (some directories send numbers), or the first of a list. */
function claimText(claims: Record<string, unknown>, name: string | undefined): string | null {
  if (!name) return null;
  const raw = claims[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  return String(value).trim() || null;
}

/**
 * Payroll's employee number and cost centre from the claims named by AUTH_EMPLOYEE_NUMBER_CLAIM and
 * AUTH_COST_CENTRE_CLAIM, at every sign-in, since the directory follows payroll. An absent claim
 * changes nothing; a malformed number, or one someone else already has, is ignored and logged
 * without the value (it is personal data).
 */
export async function syncPayrollClaims(
  db: Database,
  env: Pick<ServerEnv, 'AUTH_EMPLOYEE_NUMBER_CLAIM' | 'AUTH_COST_CENTRE_CLAIM'>,
  userId: string,
  claims: Record<string, unknown>,
  log: { warn: (fields: Record<string, unknown>, message: string) => void } = logger,
): Promise<void> {
  const employeeNumber = claimText(claims, env.AUTH_EMPLOYEE_NUMBER_CLAIM);
  const costCentre = claimText(claims, env.AUTH_COST_CENTRE_CLAIM);
  const data: { employeeNumber?: string; costCentre?: string } = {};
  if (costCentre && costCentre.length <= 64) data.costCentre = costCentre;
  if (employeeNumber && !employeeNumberPattern.test(employeeNumber)) {
    log.warn(
      { userId, claim: env.AUTH_EMPLOYEE_NUMBER_CLAIM },
      'single sign-on: employee number claim malformed, ignored',
    );
  } else if (employeeNumber) {
    const holder = await db.user.findUnique({ where: { employeeNumber }, select: { id: true } });
    if (holder && holder.id !== userId)
      log.warn(
        { userId, otherUserId: holder.id },
        'single sign-on: employee number claim belongs to another person, ignored',
      );
    else data.employeeNumber = employeeNumber;
  }
  if (Object.keys(data).length === 0) return;
  try {
    await db.user.update({ where: { id: userId }, data });
  } catch (error) {
    // Someone took the number between the check and the write: the rest of the sign-in goes on.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    log.warn({ userId }, 'single sign-on: employee number claim taken meanwhile, ignored');
    if (data.costCentre) await db.user.update({ where: { id: userId }, data: { costCentre: data.costCentre } });
  }
}

/**
 * The adapter's look-up by e-mail, which Auth.js uses to link a first sign-in to an existing person
 * (the providers allow it), answers only for people who have never signed in and are not demo
 * people: those HR's staff import made. Anyone who already signs in keeps their account to themselves.
 */
export function withImportedPeopleClaimable(adapter: Adapter, db: Database): Adapter {
  return {
    ...adapter,
    async getUserByEmail(email: string): Promise<AdapterUser | null> {
      const person = await db.user.findFirst({
        where: { email: email.toLowerCase(), demo: false, accounts: { none: {} } },
        select: { id: true, name: true, email: true, emailVerified: true, image: true },
      });
      return person?.email ? { ...person, email: person.email } : null;
    },
  };
}
