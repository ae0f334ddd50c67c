import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from '../modules/platform/cli/server-process';

// A real, certified OpenID Connect provider on loopback, so the end-to-end tests sign in through
// the same flow as Entra ID or any other provider. Its built-in development login accepts any
// login name; the name becomes the subject, and the claims are derived from it. The department
// is named in Swedish, as a Swedish-speaking unit's directory would send it.

export const testClient = { id: 'vau-e2e', secret: 'vau-e2e-client-secret-not-for-production' };

export async function startTestOidcProvider(appUrl: string): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: testClient.id,
        client_secret: testClient.secret,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'locale', 'department'], email: ['email'] },
    // Like Entra ID, put the profile and e-mail claims in the ID token, which Auth.js reads.
    conformIdTokenClaims: false,
    findAccount: async (_context, sub) => ({
      accountId: sub,
      claims: async () => ({
        sub,
        name: `Olli ${sub}`,
        email: `${sub}@idp.example`,
        locale: 'sv-FI',
        department: 'Bildningssektorn',
      }),
    }),
    cookies: { keys: ['vau-e2e-cookie-key'] },
  });
  provider.on('grant.error', (_context: unknown, error: { error_detail?: string }) =>
    console.error('oidc-provider refused a grant:', error.error_detail),
  );
  const server: Server = provider.listen(port);
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return { issuer, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
