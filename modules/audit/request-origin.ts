import 'server-only';
import { headers } from 'next/headers';
import type { RequestOrigin } from './audit-log';

/** Where the current request came from, for the audit log. The first X-Forwarded-For hop is the client. */
export async function requestOrigin(): Promise<RequestOrigin> {
  const incoming = await headers();
  const forwarded = incoming.get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    ip: forwarded || incoming.get('x-real-ip') || null,
    userAgent: incoming.get('user-agent'),
    requestId: incoming.get('x-request-id'),
  };
}
