import { createSignedInUser } from './access-fixtures';
import { expect, test } from './fixtures';
import { openAccountMenu } from './menu';

test.describe('my details', () => {
  test('a person fixes their name, switches to Swedish and downloads their data', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { user, cookie } = await createSignedInUser('Pirjo Profiili');
    await context.addCookies([{ ...cookie, url: baseURL! }]);
    await page.goto('/');
    await openAccountMenu(page);
    await page.getByRole('banner').getByRole('link', { name: 'Omat tiedot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Omat tiedot' })).toBeVisible();
    await expectAccessible(page);

    // A refused form keeps what was typed and says why, next to the field.
    await page.getByLabel('Nimi').fill('P');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.locator('#profile-name-error')).toContainText('Nimessä on oltava vähintään 2 merkkiä.');
    await expect(page.getByLabel('Nimi')).toHaveValue('P');
    await expect(page.getByLabel('Nimi')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Nimi').fill('Pirjo Profiili-Svensk');
    await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
    await expect(page.getByText('Uppgifterna har sparats.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    // The new page's metadata streams in after its content.
    await expect(page).toHaveTitle(/Min profil/);
    await expectAccessible(page);

    const download = await page.request.get('/api/me/export');
    expect(download.headers()['content-disposition']).toContain('attachment');
    const data = await download.json();
    expect(data.user).toMatchObject({ id: user.id, name: 'Pirjo Profiili-Svensk', locale: 'sv' });
    expect(data.auditTrail.map((entry: { action: string }) => entry.action)).toContain('user.profile.update');
  });

  test('the export is for the signed-in person only', async ({ request }) => {
    expect((await request.get('/api/me/export')).status()).toBe(401);
  });
});
