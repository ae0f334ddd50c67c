import { expect, test } from './fixtures';

// A link inside VAU asks the server for the next page's data (an RSC request), not for its HTML.
// When the page store answered such a request with a whole stored page, the browser threw the
// running app away and loaded everything again: slow on a phone, and focus never reached the new
// page's heading. Each page is asked for until the store answers it (each worker stores its own).

const storedPages = ['/', '/ideas?sort=trending'];

test('moving between stored pages by their links keeps the running app', async ({ page, request }) => {
  // Each server worker keeps its own store, and a change anywhere (other tests run alongside)
  // empties the listings: ask until a stored copy answers.
  for (const path of storedPages)
    await expect(async () => {
      expect((await request.get(path)).headers()['x-vau-page']).toBe('stored');
    }).toPass({ timeout: 15_000 });

  await page.goto('/');
  // A link clicked before the app has hydrated is an ordinary page load, which is not what is tested.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => Object.assign(window, { vauSameDocument: true }));
  const dataAnswers: string[] = [];
  page.on('response', (response) => {
    // A redirect (next-intl sends /fi/… to /…) is followed; what counts is what arrives at the end.
    if (response.request().headers()['rsc'] === '1' && response.status() < 300)
      dataAnswers.push(`${response.headers()['content-type'] ?? 'none'} ${response.status()} ${response.url()}`);
  });

  await page.getByRole('link', { name: 'Näytä kaikki suositut ideat' }).click();
  await expect(page).toHaveURL(/\/ideas\?sort=trending$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await page.evaluate(() => 'vauSameDocument' in window), 'the page was loaded again').toBe(true);
  expect(dataAnswers.length).toBeGreaterThan(0);
  expect(dataAnswers.filter((type) => !type.startsWith('text/x-component'))).toEqual([]);
});
