import type { NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { handlers } from '@/modules/access/auth';
import { hitSignInLimit } from '@/modules/access/rate-limits';
import { requestOrigin } from '@/modules/audit/request-origin';
import { defaultLocale, isAppLocale } from '@/modules/i18n/locales';
import { localeCookie } from '@/modules/i18n/routing';
import { db } from '@/modules/platform/db';
import { tooManyRequests } from '@/modules/platform/rate-limit/http';

type Handler = (request: NextRequest) => Promise<Response>;

/** Starting a single sign-on here is a sign-in attempt (see SIGN_IN_LIMIT for why callbacks are not). */
const signInAttempt = /^\/api\/auth\/signin\//;

/** Counts sign-in attempts per client address; past the limit: 429, Retry-After and a sentence in the person's language. */
function limitSignIns(handler: Handler): Handler {
  return async (request) => {
    if (!signInAttempt.test(request.nextUrl.pathname)) return handler(request);
    const verdict = await hitSignInLimit(db, (await requestOrigin()).ip);
    if (verdict.allowed) return handler(request);
    const chosen = request.cookies.get(localeCookie.name)?.value;
    const t = await getTranslations({ locale: isAppLocale(chosen) ? chosen : defaultLocale, namespace: 'rateLimit' });
    return tooManyRequests(verdict.retryAfterSeconds, t('signIn'));
  };
}

export const GET = limitSignIns(handlers.GET);
export const POST = limitSignIns(handlers.POST);
