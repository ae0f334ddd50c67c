import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '@/modules/platform/client-address';
import { wellFormedRequestId } from '@/modules/platform/request-id';
import { getServerEnv } from '@/modules/platform/server-env';
import type { RequestOrigin } from './audit-log';

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Where a request came from, for the audit log and per-client limits. The address trusts only as
 * many X-Forwarded-For hops as TRUSTED_PROXY_HOPS says; a request id the client made up is kept only
 * when well-formed (API routes do not pass the proxy, which replaces bad ones).
 */
export function requestOriginFrom(incoming: HeaderSource, trustedProxyHops: number): RequestOrigin {
  return {
    ip: clientAddress(incoming, trustedProxyHops),
    userAgent: incoming.get('user-agent'),
    requestId: wellFormedRequestId(incoming.get('x-request-id')),
  };
}

/** Where the current request came from. */
export async function requestOrigin(): Promise<RequestOrigin> {
  return requestOriginFrom(await headers(), getServerEnv().TRUSTED_PROXY_HOPS);
}
