import { requestOriginFrom } from '@/modules/audit/request-origin';
import { oneClickUnsubscribe } from '@/modules/notifications/unsubscribe';
import { db } from '@/modules/platform/db';
import { getServerEnv } from '@/modules/platform/server-env';

export const dynamic = 'force-dynamic';

/** RFC 8058 one-click unsubscribe from a mail program: no session, no form token; the signed token decides. */
export async function POST(request: Request) {
  return oneClickUnsubscribe(db, request, requestOriginFrom(request.headers, getServerEnv().TRUSTED_PROXY_HOPS));
}

/** Someone opened the header's address in a browser: the page explains and asks first (a GET changes nothing). */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return new Response(null, {
    status: 303,
    headers: { Location: `/unsubscribe?token=${encodeURIComponent(token)}`, 'Cache-Control': 'no-store' },
  });
}
