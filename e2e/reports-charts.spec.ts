import { ideaPath } from '../modules/ideas/slug';
import { IdeaStatus, RewardKind, RewardStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// HR's chart reports: the overview for a chosen period, each report page (a chart with its summary
// and table), and a department's budget set on the budgets page changing what is left. Each
// project gets a year of its own, so the desktop and phone runs never count each other's rewards.

const yearOf = (project: string) => (project === 'phone' ? 2032 : 2031);

/** A department of its own with one person who was decided a 300 € reward in `year`. */
async function rewardedDepartment(year: number) {
  const tag = marker();
  const db = e2eDb();
  const department = await db.department.create({
    data: { slug: `charts-${tag}`, nameFi: `Kaaviot ${tag}`, nameSv: `Diagram ${tag}`, nameEn: `Charts ${tag}` },
  });
  const recipient = await db.user.create({
    data: { name: `Paula Palkittu ${tag}`, email: `charts-${tag}@test.example`, departmentId: department.id },
  });
  const idea = await db.idea.create({
    data: {
      title: `Kaavioidea ${tag}`,
      body: 'Idea, josta päätettiin palkkio.',
      authorId: recipient.id,
      status: IdeaStatus.IMPLEMENTATION,
      publishedAt: new Date(),
    },
  });
  const rules = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await db.rewardCase.create({
    data: {
      ideaId: idea.id,
      kind: RewardKind.IMPLEMENTATION,
      status: RewardStatus.DECIDED,
      ruleVersionId: rules.id,
      computedCents: 30_000,
      amountCents: 30_000,
      decidedAt: new Date(),
      decisionNumber: `HR ${tag}`,
      decisionDate: new Date(Date.UTC(year, 2, 5)),
      shares: { create: [{ userId: recipient.id, shareBasisPoints: 10_000, amountCents: 30_000 }] },
    },
  });
  // An idea implemented in the year that nobody estimated: the benefits register links to it.
  const implemented = await db.idea.create({
    data: {
      title: `Toteutettu kaavioidea ${tag}`,
      body: 'Idea, joka toteutettiin.',
      authorId: recipient.id,
      status: IdeaStatus.IMPLEMENTED,
      publishedAt: new Date(),
      statusChangedAt: new Date(Date.UTC(year, 3, 1, 9)),
      departments: { create: [{ departmentId: department.id }] },
    },
  });
  return { department, implemented };
}

/** Every axis label of the chart drawn whole inside the drawing (none cut at either edge). */
async function expectLabelsInside(chart: Locator) {
  const drawing = (await chart.locator('.recharts-wrapper').first().boundingBox())!;
  const labels = chart.locator('.recharts-cartesian-axis-tick-label text');
  expect(await labels.count()).toBeGreaterThan(1);
  for (const label of await labels.all()) {
    const box = (await label.boundingBox())!;
    const text = (await label.textContent()) ?? '';
    expect(box.x, text).toBeGreaterThanOrEqual(drawing.x);
    expect(box.x + box.width, text).toBeLessThan(drawing.x + drawing.width - 1);
  }
}

async function expectNoPageScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('HR reports with charts', () => {
  test('HR opens the overview, changes the period, reads each report and sets a budget that changes what is left', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }, testInfo) => {
    // Nine report pages, each scanned by axe and checked for sideways scrolling: ~25 s on a busy machine.
    test.slow();
    const year = yearOf(testInfo.project.name);
    const { department, implemented } = await rewardedDepartment(year);
    const hr = await createSignedInUser('Henna Henkilöstö', [Role.EMPLOYEE, Role.HR]);
    await context.addCookies([{ ...hr.cookie, url: baseURL! }]);

    await page.goto('/reports');
    await expect(page.getByRole('heading', { level: 1, name: 'Raportit' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Raportit' }).getByRole('link', { name: 'Yleiskatsaus' }),
    ).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);
    await expectNoPageScroll(page);

    const period = page.getByRole('search', { name: 'Ajanjakso' });
    await period.getByLabel('Alkaen').fill(`${year}-01-01`);
    await period.getByLabel('Päättyen').fill(`${year}-12-31`);
    await period.getByRole('button', { name: 'Näytä' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === `${year}-01-01`);
    await expect(page.getByText(`Ajanjakso 1.1.${year}–31.12.${year}`)).toBeVisible();
    await expect(page.getByText(/^Päätetty 300\s€, maksettu 0\s€\.$/)).toBeVisible();
    // The cards in the order of the tabs, each saying what it counts; the ledger's has the period's total.
    await expect(page.getByRole('listitem').getByRole('heading', { level: 2 })).toHaveText([
      'Palkkiokirjanpito',
      'Palkkiot',
      'Aloitteiden eteneminen',
      'Osallistuminen',
      'Hyötyrekisteri',
      'Budjetit',
    ]);
    await expect(
      page.getByText(/^Palkkioita, joiden päätöspäivä on ajanjaksolla: 1 rivi, yhteensä 300\s€\.$/),
    ).toBeVisible();
    await expect(
      page.getByText(/^Ajanjaksolla toteutettiin \d+ aloite(tta)? \(myös aiemmin lähetettyjä\)/),
    ).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Avaa: Palkkiot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Palkkiot kuukausittain ja yksiköittäin' })).toBeVisible();
    const byMonth = page.getByRole('region', { name: 'Palkkiot kuukausittain (€)' });
    await expect(byMonth.getByText(/yhteensä 300\s€ ja maksettiin 0\s€\. Eniten päätettiin: maaliskuu/)).toBeVisible();
    await byMonth.getByText('Näytä luvut taulukkona').click();
    await expect(byMonth.getByRole('row').filter({ hasText: `maaliskuu ${year}` })).toContainText(/300\s€\s*0\s€/);
    await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
    // Months in words with the whole year ("maalis 2031", on two lines under a column), never "3/31".
    await expect(byMonth.locator('.recharts-wrapper')).toContainText(/maalis ?203[12]/);
    await expectLabelsInside(byMonth);
    const byDepartment = page.getByRole('region', { name: 'Palkkiot yksiköittäin (€)' });
    await expect(byDepartment.locator('.recharts-yAxis-tick-labels')).toContainText(department.nameFi);
    await expectLabelsInside(byDepartment);
    await expectAccessible(page);
    await expectNoPageScroll(page);

    await page.goto(`/reports/funnel?from=${year}-01-01&to=${year}-12-31`);
    const funnel = page.getByRole('region', { name: 'Aloitteet vaiheittain' });
    for (const stage of ['Lähetetty', 'Julkaistu', 'Kiihdyttämössä', 'Toteutettu'])
      await expect(funnel.locator('.recharts-yAxis-tick-labels')).toContainText(stage);
    await expectLabelsInside(funnel);

    await page.goto(`/reports/benefits?from=${year}-01-01&to=${year}-12-31&department=${department.id}`);
    const ideaLink = page.getByRole('link', { name: implemented.title });
    await expect(ideaLink).toBeVisible();
    await expect(ideaLink).toHaveAttribute('href', ideaPath(implemented));
    // Nobody estimated its savings: a dash, not 0 €.
    const register = testInfo.project.name === 'phone' ? page.getByRole('listitem') : page.getByRole('row');
    await expect(register.filter({ hasText: implemented.title })).toContainText(/Arvioijien arvio €\s*–|–\s*–/);

    for (const [path, heading] of [
      ['/reports/funnel', 'Aloitteiden eteneminen'],
      ['/reports/participation', 'Osallistuminen yksiköittäin'],
      ['/reports/benefits', 'Hyötyrekisteri'],
    ] as const) {
      await page.goto(`${path}?from=${year}-01-01&to=${year}-12-31`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectAccessible(page);
      await expectNoPageScroll(page);
    }

    await page.goto(`/reports/budgets?year=${year}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Palkkiobudjetit' })).toBeVisible();
    const figure = page.getByRole('region', { name: `Budjetti ja käyttö ${year} (€)` });
    await figure.getByText('Näytä luvut taulukkona').click();
    const row = figure.getByRole('row').filter({ hasText: department.nameFi });
    await expect(row).toContainText(/ei asetettu\s*300\s€\s*0\s€\s*ei asetettu/);
    await expectAccessible(page);
    await expectNoPageScroll(page);

    const form = page.getByRole('form', { name: 'Aseta yksikön budjetti' });
    await form.getByLabel('Yksikkö').selectOption({ label: department.nameFi });
    await form.getByLabel('Vuosi').fill(String(year));
    await form.getByLabel('Budjetti euroina').fill('1 000');
    await form.getByRole('button', { name: 'Tallenna budjetti' }).click();
    await expect(form.getByText('Budjetti tallennettu.')).toBeVisible();
    await expect(row).toContainText(/1\s000\s€\s*300\s€\s*0\s€\s*700\s€\s*700\s€/);
    await expectAccessible(page);

    await form.getByLabel('Budjetti euroina').fill('satanen');
    await form.getByRole('button', { name: 'Tallenna budjetti' }).click();
    await expect(form.getByRole('link', { name: /^Budjetti euroina: Anna budjetti euroina/ })).toBeVisible();
    await expect(form.getByLabel('Budjetti euroina')).toHaveValue('satanen');
    await expectAccessible(page);
  });

  test('a colleague, a manager and an admin get nothing: not the pages, not the downloads @once', async ({
    playwright,
    baseURL,
  }) => {
    const paths = [
      '/reports',
      '/reports/rewards',
      '/reports/funnel',
      '/reports/participation',
      '/reports/benefits',
      '/reports/budgets',
    ];
    const downloads = ['rewards-by-month', 'rewards-by-department', 'funnel', 'participation', 'benefits', 'budgets'];
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER], [Role.EMPLOYEE, Role.ADMIN]]) {
      const person = await createSignedInUser('Kaisa Kollega', roles);
      const request = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { cookie: `${person.cookie.name}=${person.cookie.value}` },
      });
      for (const path of paths) expect((await request.get(path)).status(), `${roles} ${path}`).toBe(404);
      for (const id of downloads)
        expect((await request.get(`/api/reports/${id}?format=csv`)).status(), `${roles} ${id}`).toBe(404);
      await request.dispose();
    }
  });
});
