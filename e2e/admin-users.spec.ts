import type { Locator, Page } from '@playwright/test';
import { Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

// The users table at city scale: 10,000 people in a department of this run's own, inserted with
// one generate_series statement, then searched, filtered, paged and edited through the pages.

const PEOPLE = 10_000;
const tag = `skaala${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let departmentName: string;

test.beforeAll(async () => {
  const department = await e2eDb().department.create({
    data: { slug: tag, nameFi: `Skaalaosasto ${tag}`, nameSv: `Skalavdelning ${tag}`, nameEn: `Scale ${tag}` },
  });
  departmentName = department.nameFi;
  // Every 10th a moderator; names sort in n order.
  await e2eDb().$executeRaw`
    INSERT INTO users (id, name, email, department_id, roles, updated_at)
    SELECT gen_random_uuid(),
           'Skaala ' || ${tag} || ' ' || lpad(n::text, 5, '0'),
           'skaala.' || n || '.' || ${tag} || '@scale.example',
           ${department.id}::uuid,
           CASE WHEN n % 10 = 0 THEN ARRAY['employee', 'moderator']::role[] ELSE ARRAY['employee']::role[] END,
           now()
    FROM generate_series(1, ${PEOPLE}) AS n`;
});

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** How many lines each of the element's text pieces takes: an address broken mid-word shows a 2. */
async function linesPerTextPiece(element: Locator) {
  return element.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const lines: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      lines.push(new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size);
    }
    return lines;
  });
}

/** Whether a select is at least as wide as its chosen option's text, its padding and its arrow. */
async function showsWholeOption(select: Locator) {
  return select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const text = context.measureText(element.selectedOptions[0]?.text ?? '').width;
    const arrow = 20;
    return element.clientWidth >= text + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + arrow;
  });
}

test.describe('user administration', () => {
  test('among 10,000 people an admin finds one, filters and pages, and changes a role that the audit log tells as a sentence', async ({
    page,
    context,
    baseURL,
    request,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser('Aila Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    const colleague = await createSignedInUser(`Kalle Kollega ${tag}`);
    const colleagueHeaders = { cookie: `${colleague.cookie.name}=${colleague.cookie.value}` };
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);

    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät' })).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    for (const label of ['Rooli', 'Toimiala', 'Tila', 'Henkilöt'])
      expect(await showsWholeOption(page.getByLabel(label, { exact: true })), label).toBe(true);

    // Search: two words in any order find the one person.
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill(`04321 ${tag}`);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 käyttäjä' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Skaala ${tag} 04321` }).locator('visible=true')).toHaveCount(1);
    // The address wraps, if at all, before its @, never inside a word.
    const address = page.getByText(`skaala.4321.${tag}`).locator('visible=true');
    expect(await linesPerTextPiece(address)).toEqual([1, 1]);

    // Filter by department and role, then the next page continues in name order.
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill('');
    await page.getByLabel('Toimiala').selectOption({ label: departmentName });
    await page.getByLabel('Rooli').selectOption({ label: 'Moderaattori' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page.getByText('Sivu 1 / 40')).toBeVisible();
    await expect(page.getByRole('link', { name: `Skaala ${tag} 00010` }).locator('visible=true')).toBeVisible();
    await page.getByRole('link', { name: 'Seuraava sivu' }).click();
    await expect(page.getByText('Sivu 2 / 40')).toBeVisible();
    await expect(page.getByRole('link', { name: `Skaala ${tag} 00260` }).locator('visible=true')).toBeVisible();
    await expect(page.getByRole('link', { name: `Skaala ${tag} 00250` })).toHaveCount(0);
    await expectNoSidewaysScroll(page);

    // The colleague's own page: make them a moderator.
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill(colleague.user.name);
    await page.getByLabel('Toimiala').selectOption({ label: 'Kaikki toimialat' });
    await page.getByLabel('Rooli').selectOption({ label: 'Kaikki roolit' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('link', { name: colleague.user.name }).locator('visible=true').click();
    await expect(page.getByRole('heading', { level: 1, name: colleague.user.name })).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await page.getByRole('checkbox', { name: 'Moderaattori' }).check();
    await page.getByRole('button', { name: 'Tallenna roolit' }).click();
    await expect(page.getByText('Tallennettu.')).toBeVisible();
    const me = await (await request.get('/api/me', { headers: colleagueHeaders })).json();
    expect(me.user.roles).toEqual(['EMPLOYEE', 'MODERATOR']);

    await page.getByRole('button', { name: 'Poista käytöstä' }).click();
    await expect(page.getByRole('button', { name: 'Palauta käyttöön' })).toBeVisible();
    expect(await (await request.get('/api/me', { headers: colleagueHeaders })).json()).toEqual({ user: null });

    // The audit log about this person, as sentences with links, the raw details folded away.
    await page.getByRole('link', { name: 'Tätä henkilöä koskevat lokitiedot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lokitiedot' })).toBeVisible();
    const entries = page.getByRole('main').getByRole('listitem');
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText(`Aila Ylläpitäjä poisti henkilön Kalle Kollega ${tag} käytöstä.`);
    await expect(entries.last()).toContainText(
      `Aila Ylläpitäjä muutti henkilön Kalle Kollega ${tag} roolit: Työntekijä, Moderaattori.`,
    );
    await expect(entries.last().getByRole('link', { name: colleague.user.name })).toHaveAttribute(
      'href',
      `/admin/users/${colleague.user.id}`,
    );
    const details = entries.last().getByText('Tekniset tiedot');
    await expect(entries.last().getByText('user.roles.change')).toBeHidden();
    await details.click();
    await expect(entries.last().getByText('user.roles.change')).toBeVisible();
    await expect(page.getByText(`Näytetään henkilöä Kalle Kollega ${tag} koskevat tapahtumat.`)).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // The kind of event is a plain group; the person stays the subject.
    await page.getByLabel('Tapahtumien laji').selectOption({ label: 'Kirjautumiset' });
    await page.getByRole('button', { name: 'Suodata' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ei tapahtumia' })).toBeVisible();
    await page.getByLabel('Tapahtumien laji').selectOption({ label: 'Käyttäjien hallinta' });
    await page.getByRole('button', { name: 'Suodata' }).click();
    await expect(entries).toHaveCount(2);
  });

  test('the demo tag marks demo people only among real ones; a list of demo people only says so once', async ({
    page,
    context,
    baseURL,
  }) => {
    const admin = await createSignedInUser('Iida Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    const word = `sekoitus${tag}`;
    await e2eDb().user.createMany({
      data: [
        { name: `Esa Esittely ${word}`, email: `esa.${word}@demo.example`, demo: true },
        { name: `Olli Oikea ${word}`, email: `olli.${word}@real.example` },
      ],
    });
    const badges = page.getByText('esittely', { exact: true }).locator('visible=true');
    const allDemo = page.getByText('Kaikki luettelon henkilöt ovat esittelyhenkilöitä.');

    await page.goto(`/admin/users?q=${word}`);
    await expect(page.getByRole('status').filter({ hasText: '2 käyttäjää' })).toBeVisible();
    await expect(badges).toHaveCount(1);
    await expect(allDemo).toHaveCount(0);

    await page.getByLabel('Henkilöt', { exact: true }).selectOption({ label: 'Vain esittelyhenkilöt' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 käyttäjä' })).toBeVisible();
    await expect(allDemo).toBeVisible();
    await expect(badges).toHaveCount(0);

    await page.getByLabel('Henkilöt', { exact: true }).selectOption({ label: 'Vain oikeat henkilöt' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page.getByRole('link', { name: `Olli Oikea ${word}` }).locator('visible=true')).toBeVisible();
    await expect(allDemo).toHaveCount(0);
    await expect(badges).toHaveCount(0);
  });

  test("a person's details are a list of terms whose values never break mid-word", async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser('Iiro Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    const person = await e2eDb().user.create({
      data: {
        name: `Matti Mäkinen ${tag}`,
        email: `matti.makinen.${tag}@kuusilahti.example`,
        jobTitle: 'Kokki',
        departmentId: (await e2eDb().department.findUniqueOrThrow({ where: { slug: tag } })).id,
      },
    });
    await page.goto(`/admin/users/${person.id}`);
    const details = page.getByRole('main').locator('dl');
    await expect(details.locator('dt')).toHaveText(['Sähköposti', 'Tehtävänimike', 'Toimiala']);
    await expect(details.locator('dd')).toHaveText([person.email!, 'Kokki', departmentName]);
    expect(await linesPerTextPiece(details.locator('dd').nth(1))).toEqual([1]);
    for (const piece of await linesPerTextPiece(details.locator('dd').first())) expect(piece).toBe(1);
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
  });

  test('on a phone the audit filters stack, the button last and full width @phone', async ({
    page,
    context,
    baseURL,
  }) => {
    const admin = await createSignedInUser('Ines Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    await page.goto('/admin/audit');
    const form = page.getByRole('search');
    const boxes = await Promise.all(
      ['Tapahtumien laji', 'Tekijä', 'Alkupäivä', 'Loppupäivä'].map((label) => form.getByLabel(label).boundingBox()),
    );
    const button = (await form.getByRole('button', { name: 'Suodata' }).boundingBox())!;
    const formBox = (await form.boundingBox())!;
    for (const box of boxes) expect(box!.width).toBeCloseTo(formBox.width, 0);
    expect(button.width).toBeCloseTo(formBox.width, 0);
    expect(button.y).toBeGreaterThanOrEqual(boxes[3]!.y + boxes[3]!.height);
  });

  test('a repeated parameter in the address is read once, not answered with an error', async ({
    page,
    context,
    baseURL,
  }) => {
    const admin = await createSignedInUser('Ilkka Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    expect((await page.goto(`/admin/users?q=${tag}+00001&q=muu&role=EMPLOYEE&role=HR`))?.status()).toBe(200);
    await expect(page.getByRole('link', { name: `Skaala ${tag} 00001` }).locator('visible=true')).toHaveCount(1);
    expect((await page.goto('/admin/audit?action=a&action=b&group=users&group=ideas&from=x&from=y'))?.status()).toBe(
      200,
    );
    await expect(page.getByLabel('Tapahtumien laji')).toHaveValue('users');
  });

  test('an admin who tries to drop their own admin role is stopped by the error summary, focus on it', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser('Aino Ylläpitäjä', [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    await page.goto(`/admin/users/${admin.user.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Aino Ylläpitäjä' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Poista käytöstä' })).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Ylläpitäjä' }).uncheck();
    await page.getByRole('button', { name: 'Tallenna roolit' }).click();
    const summary = page.getByRole('heading', { name: 'Lomaketta ei voitu lähettää' }).locator('..');
    await expect(summary).toContainText('Et voi poistaa itseltäsi ylläpitäjän roolia.');
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Virhe: /);
    await expectAccessible(page);
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: admin.user.id } })).roles).toEqual([
      Role.EMPLOYEE,
      Role.ADMIN,
    ]);
  });

  test('others see no user administration and cannot reach it', async ({ page, context, baseURL }) => {
    const moderator = await createSignedInUser('Mirja Moderaattori', [Role.EMPLOYEE, Role.MODERATOR]);
    await context.addCookies([{ ...moderator.cookie, url: baseURL! }]);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Käyttäjät' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Lokitiedot' })).toHaveCount(0);
    expect((await page.goto('/admin/users'))?.status()).toBe(404);
    expect((await page.goto(`/admin/users/${moderator.user.id}`))?.status()).toBe(404);
    expect((await page.goto('/admin/audit'))?.status()).toBe(404);
  });

  test('signed-out visitors are sent to sign in', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});
