// Sent with every response: by Next (next.config.ts) and by the server's own answers for
// precompressed build files (static-compression.ts).
export const responseSecurityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  // Browsers ignore HSTS over plain HTTP, so sending it always is safe and covers production.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

/** A framed page's path (framing.ts): literal, so it can stand in a header rule's pattern as it is. */
export function isLiteralPath(path: string): boolean {
  return /^\/[a-z0-9/-]+$/.test(path) && !path.endsWith('/') && !path.includes('//');
}

/**
 * next.config's rules for the headers above: every path gets them all, except that pages other
 * sites may frame (framing.ts) go without X-Frame-Options — DENY would refuse every framer; their
 * Content-Security-Policy's frame-ancestors says who may.
 */
export function securityHeaderRules(framedPaths: readonly string[], localePrefixes: readonly string[]) {
  const bad = framedPaths.find((path) => !isLiteralPath(path));
  if (bad) throw new Error(`A framed page's path must be literal, like /widget: ${bad}`);
  if (framedPaths.length === 0) return [{ source: '/:path*', headers: responseSecurityHeaders }];
  const paths = framedPaths.map((path) => path.slice(1)).join('|');
  const prefixes = localePrefixes.map((prefix) => prefix.slice(1)).join('|');
  return [
    { source: `/:path((?!(?:(?:${prefixes})/)?(?:${paths})$).*)`, headers: responseSecurityHeaders },
    {
      source: `/:locale(${prefixes})?/:page(${paths})`,
      headers: responseSecurityHeaders.filter((header) => header.key !== 'X-Frame-Options'),
    },
  ];
}
