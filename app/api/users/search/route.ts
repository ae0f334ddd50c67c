import { getCurrentUser } from '@/modules/access/current-user';
import { isAppLocale } from '@/modules/i18n/locales';
import { db } from '@/modules/platform/db';
import { tooManyRequests } from '@/modules/platform/rate-limit/http';
import { hitRateLimit } from '@/modules/platform/rate-limit/rate-limit';
import { findColleagues } from '@/modules/users/queries';
import { COLLEAGUE_SEARCH_LIMIT } from '@/modules/users/rate-limits';

/** Colleagues by name, for the co-author picker. Signed-in staff only; names and departments only. */
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: 'sign-in required' }, { status: 401 });
  const verdict = await hitRateLimit(db, COLLEAGUE_SEARCH_LIMIT, { personId: actor.id });
  if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds);
  const url = new URL(request.url);
  const locale = url.searchParams.get('locale');
  const colleagues = await findColleagues(
    db,
    actor,
    (url.searchParams.get('q') ?? '').slice(0, 80),
    isAppLocale(locale) ? locale : 'fi',
  );
  return Response.json({ colleagues }, { headers: { 'Cache-Control': 'private, no-store' } });
}
