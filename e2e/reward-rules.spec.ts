import { IdeaStatus, RewardKind, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// The reward rules page: HR and admins see the rules in force in words, change them with a reason
// (a refused value is explained at its field and what was typed stays), and the new version shows
// in the history. Saved values are the ones in force: other tests' proposals use the current rules.

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe('reward rules', () => {
  test('HR is told why a change was refused, keeps what they typed, and saves a new version with a reason', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const hr = await createSignedInUser(`Heli Henkilöstö ${tag()}`, [Role.EMPLOYEE, Role.HR]);
    await context.addCookies([{ ...hr.cookie, url: baseURL! }]);
    await page.goto('/rewards/rules');
    await expect(page.getByRole('heading', { level: 1, name: 'Palkkiosäännöt' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Voimassa olevat säännöt \(versio \d+\)$/ })).toBeVisible();
    await expect(page.getByText(/€ kun idea siirtyy toteutukseen$/)).toBeVisible();
    await expectAccessible(page);

    const implementation = page.getByLabel('Palkkio toteutukseen siirtymisestä (€)');
    const minimum = page.getByLabel('Säästöpalkkion vähimmäismäärä (€)');
    const maximum = page.getByLabel('Säästöpalkkion enimmäismäärä (€)');
    const stored = {
      implementation: await implementation.inputValue(),
      minimum: await minimum.inputValue(),
      maximum: await maximum.inputValue(),
    };
    expect(stored.implementation).not.toBe('');

    await implementation.fill('-300');
    await minimum.fill('6 000,50');
    await maximum.fill('5 000');
    await page.getByRole('button', { name: 'Tallenna uusi sääntöversio' }).click();
    await expect(page.getByRole('heading', { name: 'Tarkista nämä kohdat' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Palkkio toteutukseen siirtymisestä (€): Luku ei voi olla negatiivinen.' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', {
        name: 'Säästöpalkkion enimmäismäärä (€): Enimmäismäärän on oltava vähintään yhtä suuri kuin vähimmäismäärä.',
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Miksi säännöt muuttuvat?: Kirjoita lyhyesti, miksi säännöt muuttuvat.' }),
    ).toBeVisible();
    await expect(implementation).toHaveValue('-300');
    await expect(minimum).toHaveValue('6 000,50');
    await expect(maximum).toHaveValue('5 000');
    await expect(implementation).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    const note = `Tarkistettu kokouksessa ${tag()}`;
    await implementation.fill(stored.implementation);
    await minimum.fill(stored.minimum);
    await maximum.fill(stored.maximum);
    await page.getByLabel('Miksi säännöt muuttuvat?').fill(note);
    await page.getByRole('button', { name: 'Tallenna uusi sääntöversio' }).click();
    await expect(page.getByText('Uusi sääntöversio on voimassa.')).toBeVisible();

    const history = page.getByRole('region', { name: 'Versiohistoria' });
    const newest = history.getByRole('listitem').filter({ hasText: note });
    await expect(newest).toContainText('(voimassa)');
    await expect(newest).toContainText(hr.user.name);
    await expect(implementation).toHaveValue(stored.implementation);
    await expectAccessible(page);
  });

  test('an admin manages the rules too; a colleague and a manager get nothing @once', async ({
    playwright,
    baseURL,
  }) => {
    const admin = await createSignedInUser('Aila Ylläpito', [Role.EMPLOYEE, Role.ADMIN]);
    const request = (cookie: { name: string; value: string }) =>
      playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` } });
    const asAdmin = await request(admin.cookie);
    const page = await asAdmin.get('/rewards/rules');
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('Versiohistoria');
    await asAdmin.dispose();

    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER], [Role.EMPLOYEE, Role.MODERATOR]]) {
      const person = await createSignedInUser('Kaisa Kollega', roles);
      const asPerson = await request(person.cookie);
      const refused = await asPerson.get('/rewards/rules');
      expect(refused.status()).toBe(404);
      // Nothing of the page itself (the menu's labels travel with every page, so not the word).
      expect(await refused.text()).not.toContain('Versiohistoria');
      expect(await refused.text()).not.toContain('<title>Palkkiosäännöt');
      await asPerson.dispose();
    }
  });

  test('the server proposes a queued reward on its own, with no reward page open @once', async () => {
    const db = e2eDb();
    const author = await db.user.create({ data: { name: 'Tea Tekijä', email: `e2e-author-${tag()}@test.example` } });
    const idea = await db.idea.create({
      data: {
        title: `Toteutukseen siirtyvä idea ${tag()}`,
        body: 'Idea, jonka palkkio ehdotetaan taustalla.',
        authorId: author.id,
        status: IdeaStatus.IMPLEMENTATION,
        publishedAt: new Date(),
      },
    });
    // What the database trigger writes when an idea enters implementation.
    await db.rewardTrigger.create({ data: { ideaId: idea.id, kind: RewardKind.IMPLEMENTATION } });
    await expect
      .poll(
        async () =>
          (
            await db.rewardCase.findUnique({
              where: { ideaId_kind: { ideaId: idea.id, kind: RewardKind.IMPLEMENTATION } },
            })
          )?.status ?? null,
        { timeout: 20_000 },
      )
      .toBe('PROPOSED');
  });
});
