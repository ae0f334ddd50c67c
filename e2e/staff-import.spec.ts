import { Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';

// HR's staff import: a file with errors is refused row by row, a good one is previewed and
// imported, and the same file again changes nothing. Each run makes its own department and people.

const header = 'nimi;sähköposti;henkilönumero;osasto;kustannuspaikka';
const csv = (lines: string[]) => ({
  name: 'henkilosto.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`),
});

test.describe('staff import', () => {
  test("HR sees a bad file's errors by row, imports a good one, and the same file again changes nothing", async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const tag = marker();
    const department = await e2eDb().department.create({
      data: { slug: `tuonti-${tag}`, nameFi: `Tuontiosasto ${tag}`, nameSv: `Import ${tag}`, nameEn: `Import ${tag}` },
    });
    const hr = await createSignedInUser('Henna Henkilöstö', [Role.EMPLOYEE, Role.HR]);
    await context.addCookies([{ ...hr.cookie, url: baseURL! }]);
    await page.goto('/rewards/staff-import');
    await expect(page.getByRole('heading', { level: 1, name: 'Henkilöstön tuonti' })).toBeVisible();
    await expectAccessible(page);
    // The sample names a department the demo has, and on a phone it scrolls sideways, never mid-word.
    const sample = page.getByRole('region', { name: 'Esimerkki tiedoston alusta:' });
    await expect(sample).toContainText('Sivistyksen toimiala');
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await sample.locator('pre').evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe('pre');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.setViewportSize(viewport);

    const file = page.getByLabel('CSV-tiedosto');
    await file.setInputFiles(
      csv([
        header,
        `Aino Aalto ${tag};aino-${tag}@test.example;A${tag};${department.nameFi};4100`,
        `Bo Berg ${tag};ei-osoite;B${tag};${department.slug};`,
        `Cay Cedar ${tag};cay-${tag}@test.example;C${tag};Tuntematon osasto;`,
      ]),
    );
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    await expect(page.getByRole('link', { name: /^CSV-tiedosto: Tiedostoa ei tuotu/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: '2 virhettä: mitään ei tuotu' })).toBeVisible();
    const problems = page.getByRole('table', { name: 'Virheet riveittäin' });
    await expect(
      problems.getByRole('row', { name: '3 Sähköposti Sähköpostiosoite ei ole kelvollinen.' }),
    ).toBeVisible();
    await expect(problems.getByRole('row', { name: /^4 Osasto Osastoa ”Tuntematon osasto” ei löydy/ })).toBeVisible();
    await expectAccessible(page);
    expect(await e2eDb().user.count({ where: { email: `aino-${tag}@test.example` } })).toBe(0);

    const good = csv([
      header,
      `Aino Aalto ${tag};aino-${tag}@test.example;A${tag};${department.nameFi};4100`,
      `Bo Berg ${tag};bo-${tag}@test.example;B${tag};${department.slug};`,
    ]);
    await file.setInputFiles(good);
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    await expect(page.getByRole('heading', { name: 'Esikatselu: näin tiedot muuttuisivat' })).toBeVisible();
    await expect(page.getByText('2 uutta henkilöä')).toBeVisible();
    await expect(page.getByText(`Bo Berg ${tag}`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tuonti valmis' })).toHaveText(
      'Tuonti valmis: 2 uutta henkilöä, ei muutoksia, 0 ennallaan.',
    );
    await expectAccessible(page);
    expect(await e2eDb().user.findUnique({ where: { email: `aino-${tag}@test.example` } })).toMatchObject({
      employeeNumber: `A${tag}`,
      costCentre: '4100',
      departmentId: department.id,
      roles: [Role.EMPLOYEE],
    });

    await file.setInputFiles(good);
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    await expect(page.getByText('Tiedosto ei muuta mitään: kaikki on jo ajan tasalla.')).toBeVisible();
    await expect(page.getByText('2 henkilöä pysyy ennallaan')).toBeVisible();
    await page.getByRole('button', { name: 'Tuo', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tuonti valmis' })).toHaveText(
      'Tuonti valmis: ei uusia henkilöitä, ei muutoksia, 2 ennallaan.',
    );
    await expectAccessible(page);
  });

  test('a colleague and a manager get "not found" @once', async ({ browser, baseURL }) => {
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER]]) {
      const person = await createSignedInUser('Kaisa Kollega', roles);
      const context = await browser.newContext();
      await context.addCookies([{ ...person.cookie, url: baseURL! }]);
      const response = await (await context.newPage()).goto('/rewards/staff-import');
      expect(response?.status()).toBe(404);
      await context.close();
    }
  });
});
