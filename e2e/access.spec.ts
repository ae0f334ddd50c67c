import { Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';
import { openAccountMenu } from './menu';

test.describe('signing in and out', () => {
  test('a production build offers no demo sign-in, even with AUTH_DEMO_LOGIN=true at run time', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Esittelykäyttäjät' })).toHaveCount(0);
    // Nor the banner that goes with it (it would say anyone can sign in as anyone).
    await expect(page.getByText('Esittelytila:')).toHaveCount(0);
    // Only the organisation's single sign-on is offered.
    await expect(page.getByRole('button', { name: /^Kirjaudu: / })).toHaveText(['Kirjaudu: Testi-IdP']);
    await expectAccessible(page);
  });

  test('a signed-in moderator sees their name and role; signing out ends the session for good', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { cookie } = await createSignedInUser('Laura Testinen', [Role.EMPLOYEE, Role.MODERATOR]);
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/');
    const banner = page.getByRole('banner');
    await openAccountMenu(page);
    await expect(
      banner.getByText('Kirjautuneena: Laura Testinen (Moderaattori)').filter({ visible: true }),
    ).toBeVisible();
    await expectAccessible(page);

    await banner.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await expect(banner.getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();

    // Replaying the old cookie gets nothing: the session row is gone.
    const replay = await page.request.get('/api/me', { headers: { cookie: `${cookie.name}=${cookie.value}` } });
    expect(await replay.json()).toEqual({ user: null });
    const audit = await e2eDb().auditLog.findMany({
      where: { action: 'auth.sign-out', actor: { name: 'Laura Testinen' } },
    });
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  test('deactivation and role changes take effect on the very next request', async ({ request }) => {
    const { user, cookie } = await createSignedInUser('Ville Väliaikainen');
    const headers = { cookie: `${cookie.name}=${cookie.value}` };
    expect(await (await request.get('/api/me', { headers })).json()).toEqual({
      user: {
        name: 'Ville Väliaikainen',
        roles: ['EMPLOYEE'],
        menu: {
          personal: [
            { id: 'accelerator', href: '/accelerator' },
            { id: 'myIdeas', href: '/my-ideas' },
          ],
          newIdea: { id: 'newIdea', href: '/ideas/new' },
          activity: { id: 'notifications', href: '/notifications', count: 0 },
          areas: [],
          account: [
            { id: 'profile', href: '/profile' },
            { id: 'emailSettings', href: '/profile/notifications' },
            { id: 'myRewards', href: '/profile/rewards' },
          ],
        },
      },
    });

    await e2eDb().user.update({ where: { id: user.id }, data: { roles: [Role.EMPLOYEE, Role.ADMIN] } });
    expect((await (await request.get('/api/me', { headers })).json()).user).toMatchObject({
      roles: ['EMPLOYEE', 'ADMIN'],
      menu: {
        personal: [{ id: 'myIdeas', href: '/my-ideas' }],
        newIdea: { id: 'newIdea', href: '/ideas/new' },
        activity: { id: 'notifications', href: '/notifications', count: 0 },
        areas: [
          {
            id: 'accelerator',
            links: [
              { id: 'acceleratorBoard', href: '/accelerator' },
              { id: 'candidates', href: '/accelerator/candidates', count: expect.any(Number) },
            ],
          },
          {
            id: 'rewards',
            links: [
              { id: 'staffImport', href: '/rewards/staff-import' },
              { id: 'rewardRules', href: '/rewards/rules' },
            ],
          },
          { id: 'reports', links: [{ id: 'insight', href: '/insight' }] },
          {
            id: 'admin',
            links: [
              { id: 'adminUsers', href: '/admin/users' },
              { id: 'adminCampaigns', href: '/admin/campaigns' },
              { id: 'adminSettings', href: '/admin/settings' },
              { id: 'adminAudit', href: '/admin/audit' },
              { id: 'adminHome', href: '/admin' },
            ],
          },
        ],
        account: [
          { id: 'profile', href: '/profile' },
          { id: 'emailSettings', href: '/profile/notifications' },
          { id: 'myRewards', href: '/profile/rewards' },
        ],
      },
    });

    await e2eDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await (await request.get('/api/me', { headers })).json()).toEqual({ user: null });
  });

  test('a forged or missing session is nobody, and the answer is never cached', async ({ request }) => {
    const forged = await request.get('/api/me', { headers: { cookie: 'authjs.session-token=forged-token-value' } });
    expect(await forged.json()).toEqual({ user: null });
    const anonymous = await request.get('/api/me');
    expect(await anonymous.json()).toEqual({ user: null });
    expect(anonymous.headers()['cache-control']).toBe('private, no-store');
  });
});
