import { readFile } from 'node:fs/promises';
import { IdeaStatus, RewardKind, RewardStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';

// HR's reward ledger: filtered in the page, totalled, and exported as CSV with progress shown.
// Everyone else gets "not found" for the page and the download.

const PAID = 55;
const PROPOSED = 5;

/** A department of its own with 55 paid and 5 proposed rewards for one person. */
async function ledgerData() {
  const tag = marker();
  const db = e2eDb();
  const department = await db.department.create({
    data: { slug: `ledger-${tag}`, nameFi: `Kirjanpito ${tag}`, nameSv: `Bokföring ${tag}`, nameEn: `Ledger ${tag}` },
  });
  const recipient = await db.user.create({
    data: {
      name: `Ilona Palkittu ${tag}`,
      email: `ledger-${tag}@test.example`,
      departmentId: department.id,
      employeeNumber: `L${tag}`,
    },
  });
  const ideas = await db.idea.createManyAndReturn({
    data: Array.from({ length: PAID + PROPOSED }, (_, index) => ({
      title: `Kirjanpitoidea ${tag} ${index + 1}`,
      body: 'Idea, josta maksetaan palkkio.',
      authorId: recipient.id,
      status: IdeaStatus.IMPLEMENTATION,
      publishedAt: new Date(),
    })),
    select: { id: true },
  });
  const rules = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const cases = await db.rewardCase.createManyAndReturn({
    data: ideas.map((idea, index) => ({
      ideaId: idea.id,
      kind: RewardKind.IMPLEMENTATION,
      status: index < PAID ? RewardStatus.PAID : RewardStatus.PROPOSED,
      ruleVersionId: rules.id,
      computedCents: 30_000,
      amountCents: 30_000,
      ...(index < PAID
        ? {
            decidedAt: new Date(),
            decisionNumber: `HR ${index + 1}/${tag}`,
            decisionDate: new Date(Date.UTC(2026, 9, 1)),
          }
        : {}),
    })),
    select: { id: true },
  });
  await db.rewardShare.createMany({
    data: cases.map((rewardCase) => ({
      caseId: rewardCase.id,
      userId: recipient.id,
      shareBasisPoints: 10_000,
      amountCents: 30_000,
    })),
  });
  return { department, recipient };
}

test.describe('the reward ledger', () => {
  test('HR filters the ledger and exports it as CSV with progress; the page passes axe', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const { department, recipient } = await ledgerData();
    const hr = await createSignedInUser('Henna Henkilöstö', [Role.EMPLOYEE, Role.HR]);
    await context.addCookies([{ ...hr.cookie, url: baseURL! }]);
    await page.goto('/reports/ledger');
    await expect(page.getByRole('heading', { level: 1, name: 'Palkkiokirjanpito' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Raportit' }).getByRole('link', { name: 'Palkkiokirjanpito' }),
    ).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);

    const filters = page.getByRole('search', { name: 'Rajaa' });
    await filters.getByLabel('Yksikkö', { exact: true }).selectOption({ label: department.nameFi });
    await filters.getByRole('button', { name: 'Näytä' }).click();
    const totals = page.getByRole('region', { name: 'Yhteensä' });
    await expect(totals.getByText(`${PAID + PROPOSED} riviä`)).toBeVisible();
    await expect(totals.getByText(/^18\s000\s€$/)).toBeVisible();

    await filters.getByLabel('Tila', { exact: true }).selectOption({ label: 'Maksettu' });
    await filters.getByLabel('Henkilö', { exact: true }).fill(recipient.employeeNumber!);
    await filters.getByRole('button', { name: 'Näytä' }).click();
    await expect(totals.getByText(`${PAID} riviä`)).toBeVisible();
    await expect(totals.getByText(/^16\s500\s€$/).first()).toBeVisible();
    await expect(page).toHaveURL(/status=PAID/);
    await expect(page.getByRole('link', { name: 'Seuraavat 50' })).toBeVisible();
    // The idea's number says what it is, and the caption says which row comes first.
    await expect(page.getByRole('link', { name: /^Aloite \d+ · / }).first()).toBeVisible();
    await expect(page.getByText('Palkkiot saajittain, viimeksi kirjattu palkkiotapaus ensin')).toBeAttached();
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Lataa CSV' }).click();
    const download = await downloading;
    await expect(page.getByText(`${PAID} / ${PAID} riviä`)).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Latauksen eteneminen' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Valmis:' })).toContainText('palkkiokirjanpito-');
    expect(download.suggestedFilename()).toMatch(/^palkkiokirjanpito-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(PAID + 1);
    expect(lines[0]).toMatch(/^\uFEFFAloitenumero;Aloite;Laji;Tila;Saaja;Henkilönumero/);
    expect(
      lines.slice(1).every((line) => line.includes(`;Maksettu;${recipient.name};${recipient.employeeNumber};`)),
    ).toBe(true);
    await expectAccessible(page);
  });

  test('the download link works without JavaScript too @once', async ({ browser, baseURL }) => {
    const { department } = await ledgerData();
    const hr = await createSignedInUser('Hannu Henkilöstö', [Role.EMPLOYEE, Role.HR]);
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    await context.addCookies([{ ...hr.cookie, url: baseURL! }]);
    const page = await context.newPage();
    await page.goto(`/reports/ledger?department=${department.id}`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Lataa Excel (XLSX)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^palkkiokirjanpito-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await context.close();
  });

  test('a colleague, a manager and an admin get nothing: not the page, not the download @once', async ({
    playwright,
    baseURL,
  }) => {
    const { department } = await ledgerData();
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER], [Role.EMPLOYEE, Role.ADMIN]]) {
      const person = await createSignedInUser('Kaisa Kollega', roles, { departmentId: department.id });
      const request = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { cookie: `${person.cookie.name}=${person.cookie.value}` },
      });
      const page = await request.get('/reports/ledger');
      expect(page.status()).toBe(404);
      expect(await page.text()).not.toContain('Palkkiokirjanpito');
      const csv = await request.get(`/api/reports/ledger?format=csv&department=${department.id}`);
      expect(csv.status()).toBe(404);
      expect(await csv.text()).not.toContain('Palkittu');
      await request.dispose();
    }
  });
});
