/** An API route's answer to a refused hit: 429 with Retry-After in seconds, never stored by a cache. */
export function tooManyRequests(
  retryAfterSeconds: number,
  body: string | Record<string, unknown> = { error: 'too many requests', retryAfterSeconds },
): Response {
  const headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'private, no-store' };
  return typeof body === 'string'
    ? new Response(body, { status: 429, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } })
    : Response.json(body, { status: 429, headers });
}
