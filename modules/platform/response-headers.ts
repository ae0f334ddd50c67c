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
