// Auth.js's cookie names, so sessions its single sign-on creates and ours are the same thing. Kept
// free of server-only imports: the proxy's page store reads them too.
export const SECURE_SESSION_COOKIE = '__Secure-authjs.session-token';
export const PLAIN_SESSION_COOKIE = 'authjs.session-token';

/** Both names, the secure one first: a request may carry either. */
export const sessionCookieNames: readonly string[] = [SECURE_SESSION_COOKIE, PLAIN_SESSION_COOKIE];
