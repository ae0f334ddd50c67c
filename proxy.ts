import createIntlMiddleware from 'next-intl/middleware';
import { NextRequest, type NextResponse } from 'next/server';
import { routing } from '@/modules/i18n/routing';
import { contentSecurityPolicyFor, createNonce } from '@/modules/platform/content-security-policy';
import { requestIdFrom } from '@/modules/platform/request-id';

const intl = createIntlMiddleware(routing);

/**
 * Gives every request an id (kept from the load balancer's X-Request-Id when well-formed) for the
 * logs and a fresh script nonce with its Content-Security-Policy, then lets next-intl pick the
 * language. Next.js reads the nonce from the policy on the forwarded request and puts it on its
 * scripts. Accept-Language is withheld from next-intl so that Finnish stays the default until
 * someone chooses another language (docs/decisions/0003).
 * Authorisation never happens here: every page, route and action checks for itself.
 */
export default function proxy(request: NextRequest): NextResponse {
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  const policy = contentSecurityPolicyFor(createNonce());
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  headers.set('content-security-policy', policy);
  headers.delete('accept-language');
  const response = intl(new NextRequest(request.url, { headers }));
  response.headers.set('x-request-id', requestId);
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: not API routes, Next's own files or anything with a file extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
