import { createSignedInUser } from './access-fixtures';
import { expect, test } from './fixtures';
import { openAccountMenu } from './menu';

// Authorisation lives in every page, route and action, not in the proxy, so the known tricks for
// skipping Next.js middleware must make no difference. None of these requests carries a session.

const bypassHeaders: Record<string, string>[] = [
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { RSC: '1' },
  { 'Next-Router-Prefetch': '1', RSC: '1' },
  { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
];

test.describe('no protected data without a session', () => {
  for (const headers of bypassHeaders) {
    test(`admin page and session endpoint with ${JSON.stringify(headers)}`, async ({ request }) => {
      const page = await request.get('/admin/users', { headers, maxRedirects: 0 });
      expect([200, 307, 308, 404]).toContain(page.status());
      const body = await page.text();
      expect(body).not.toContain('@kuusilahti.example');
      const me = await request.get('/api/me', { headers });
      expect(await me.json()).toEqual({ user: null });
    });
  }

  test('the .rsc form of the admin page reveals nothing either', async ({ request }) => {
    const response = await request.get('/admin/users.rsc', { headers: { RSC: '1' }, maxRedirects: 0 });
    expect(await response.text()).not.toContain('@kuusilahti.example');
  });

  test('a forged session cookie gets the sign-in redirect, not the page', async ({ request }) => {
    const response = await request.get('/admin/users', {
      headers: { cookie: 'authjs.session-token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(/\/sign-in$/);
  });
});

test.describe('security headers', () => {
  for (const path of ['/', '/accessibility', '/sign-in', '/api/health']) {
    test(`are sent on ${path}`, async ({ request }) => {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['strict-transport-security']).toContain('max-age=');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  test('pages let only scripts with a fresh nonce run', async ({ request }) => {
    const nonces = [];
    for (const path of ['/', '/', '/accessibility']) {
      const response = await request.get(path);
      const policy = response.headers()['content-security-policy'] ?? '';
      const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
      expect(nonce, policy).toBeDefined();
      expect(policy).not.toContain('unsafe-inline');
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(3);
  });

  test('data answers may load and run nothing', async ({ request }) => {
    expect((await request.get('/api/health')).headers()['content-security-policy']).toContain("default-src 'none'");
  });

  test('personal answers are never stored by caches', async ({ request }) => {
    expect((await request.get('/api/me')).headers()['cache-control']).toBe('private, no-store');
    expect((await request.get('/sign-in')).headers()['cache-control']).toContain('no-store');
  });
});

test.describe('server actions', () => {
  // The site's own origin is the control: the same replay must then work and sign the person out.
  for (const origin of ['https://evil.example', 'null', 'own']) {
    test(`answer a replayed action from origin ${origin}`, async ({ page, context, baseURL }) => {
      const { cookie } = await createSignedInUser('Olga Origin');
      await context.addCookies([{ ...cookie, url: baseURL! }]);
      await page.goto('/');
      await expect(page.getByRole('banner').getByText('Olga Origin', { exact: true }).first()).toBeAttached();

      // Capture the real sign-out action (its id and body), stop it, and replay it as if from another site.
      let captured: { url: string; headers: Record<string, string>; body: string } | undefined;
      await page.route('**/*', (route) => {
        const request = route.request();
        if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
        captured = { url: request.url(), headers: request.headers(), body: request.postData() ?? '' };
        return route.abort();
      });
      await openAccountMenu(page);
      await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
      await expect.poll(() => captured).toBeDefined();
      const replay = await page.request.post(captured!.url, {
        headers: {
          ...captured!.headers,
          cookie: `${cookie.name}=${cookie.value}`,
          origin: origin === 'own' ? new URL(baseURL!).origin : origin,
        },
        data: captured!.body,
        maxRedirects: 0,
      });
      const me = await page.request.get('/api/me', { headers: { cookie: `${cookie.name}=${cookie.value}` } });
      if (origin === 'own') {
        expect(replay.status()).toBeLessThan(400);
        expect(await me.json()).toEqual({ user: null });
      } else {
        expect(replay.status()).toBeGreaterThanOrEqual(400);
        expect((await me.json()).user?.name).toBe('Olga Origin');
      }
    });
  }
});
