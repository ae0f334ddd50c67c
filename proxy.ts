import createIntlMiddleware from 'next-intl/middleware';
import { NextRequest, type NextResponse } from 'next/server';
import { framingSetup } from '@/app/framing';
import { sharedPagesSetup } from '@/app/shared-pages';
import { routing } from '@/modules/i18n/routing';
import { contentSecurityPolicyFor, createNonce } from '@/modules/platform/content-security-policy';
import { frameAncestorsFor } from '@/modules/platform/framing';
import { forwardedRenderHeaders, sharedPageResponse, sharedRender } from '@/modules/platform/page-cache/shared-pages';
import { requestIdFrom } from '@/modules/platform/request-id';

const intl = createIntlMiddleware(routing);

/**
 * Gives every request an id (kept from the load balancer's X-Request-Id when well-formed) for the
 * logs and a fresh script nonce with its Content-Security-Policy, then lets next-intl pick the
 * language. Next.js reads the nonce from the policy on the forwarded request and puts it on its
 * scripts. Accept-Language is withheld from next-intl so that Finnish stays the default until
 * someone chooses another language (docs/decisions/0003). Shared pages come from the page store
 * when it has them (docs/decisions/0008).
 * Authorisation never happens here: every page, route and action checks for itself.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  const storeRender = sharedRender(request.headers);
  const nonce = storeRender?.placeholder ?? createNonce();
  // Nobody may frame a page but the few that app/framing.ts names, and those only from their listed origins.
  const policy = contentSecurityPolicyFor(
    nonce,
    process.env,
    await frameAncestorsFor(framingSetup, request.nextUrl.pathname),
  );
  const headers = forwardedRenderHeaders(new Headers(request.headers), storeRender);
  headers.set('x-request-id', requestId);
  headers.set('content-security-policy', policy);
  headers.delete('accept-language');
  const routed = intl(new NextRequest(request.url, { headers }));
  const stored =
    storeRender || routed.headers.has('location') ? null : await sharedPageResponse(request, nonce, sharedPagesSetup);
  // next-intl may remember the language in a cookie; a stored page carries that on.
  if (stored) for (const cookie of routed.headers.getSetCookie()) stored.headers.append('set-cookie', cookie);
  const response = stored ?? routed;
  response.headers.set('x-request-id', requestId);
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Everything but API routes, Next's own files and the folders of public/ (proxy-matcher.test.ts
  // checks the list against that folder). A dot proves nothing: /x.y/ideas is a page request, and
  // it must get its policy and a 404 here like any other.
  matcher: ['/((?!api(?:/|$)|_next/|brand/).*)'],
};
