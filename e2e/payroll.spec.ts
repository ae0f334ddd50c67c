import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { IdeaStatus, RewardKind, RewardStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';

// HR's payroll: a recipient without an employee number blocks the batch and is named; once the
// number is there HR makes the batch, downloads it as CSV and XLSX for payroll and marks it paid.
// Other tests' decided rewards may be ready too: this test chooses only its own.

/** Two decided rewards of 300 €: one for a person with an employee number, one for a person without. */
async function payrollData() {
  const tag = marker();
  const db = e2eDb();
  const department = await db.department.create({
    data: { slug: `payroll-${tag}`, nameFi: `Ruokapalvelut ${tag}`, nameSv: `Kost ${tag}`, nameEn: `Catering ${tag}` },
  });
  const numbered = await db.user.create({
    data: {
      name: `Pirkko Palkittu ${tag}`,
      email: `payroll-a-${tag}@test.example`,
      departmentId: department.id,
      employeeNumber: `P${tag}`,
      costCentre: `KP-${tag}`,
    },
  });
  const unnumbered = await db.user.create({
    data: { name: `Niilo Numeroton ${tag}`, email: `payroll-b-${tag}@test.example`, departmentId: department.id },
  });
  const rules = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const cases = [];
  for (const [index, person] of [numbered, unnumbered].entries()) {
    const idea = await db.idea.create({
      data: {
        title: `Maksuidea ${tag} ${index + 1}`,
        body: 'Idea, josta maksetaan palkkio.',
        authorId: person.id,
        status: IdeaStatus.IMPLEMENTATION,
        publishedAt: new Date(),
      },
    });
    cases.push(
      await db.rewardCase.create({
        data: {
          ideaId: idea.id,
          kind: RewardKind.IMPLEMENTATION,
          status: RewardStatus.DECIDED,
          ruleVersionId: rules.id,
          computedCents: 30_000,
          amountCents: 30_000,
          decidedAt: new Date(),
          decisionNumber: `HR ${index + 1}/${tag}`,
          decisionDate: new Date(Date.UTC(2026, 10, 2)),
          shares: { create: { userId: person.id, shareBasisPoints: 10_000, amountCents: 30_000 } },
        },
      }),
    );
  }
  return { db, tag, numbered, unnumbered, caseIds: cases.map((rewardCase) => String(rewardCase.id)), cases };
}

test.describe('payroll batches', () => {
  test('HR is shown who lacks an employee number, makes a batch, downloads it and marks it paid', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    test.slow();
    const { db, tag, numbered, unnumbered, caseIds, cases } = await payrollData();
    const hr = await createSignedInUser('Helka Henkilöstö', [Role.EMPLOYEE, Role.HR]);
    await context.addCookies([{ ...hr.cookie, url: baseURL! }]);
    await page.goto('/rewards/batches');
    await expect(page.getByRole('heading', { level: 1, name: 'Maksuerät' })).toBeVisible();
    const missing = page.getByRole('region', { name: 'Henkilönumero puuttuu' });
    const missingLink = missing.getByRole('link', { name: unnumbered.name });
    expect(await missingLink.getAttribute('href')).toMatch(/\/admin\/users\/[\da-f-]+$/);
    expect(await missingLink.getAttribute('href')).toContain(`/admin/users/${unnumbered.id}`);
    await expect(missing.getByText(numbered.name)).toHaveCount(0);
    // The red box and the list name a case the same way.
    const heldName = `Tapaus ${cases[1]!.id} · Aloite ${cases[1]!.ideaId} · Maksuidea ${tag} 2`;
    await expect(missing.getByText(heldName, { exact: true })).toBeVisible();
    await expectAccessible(page);

    const form = page.getByRole('form', { name: 'Luo maksuerä' });
    // The case the missing number holds back is not ticked, and says why; the payable one is.
    const held = form.getByRole('checkbox', { name: heldName, exact: true });
    await expect(held).not.toBeChecked();
    await expect(held).toHaveAccessibleDescription(/^Ei voi vielä viedä erään: saajalta puuttuu henkilönumero\./);
    await expect(
      form.getByRole('checkbox', { name: `Tapaus ${cases[0]!.id} · Aloite ${cases[0]!.ideaId} · Maksuidea ${tag} 1` }),
    ).toBeChecked();
    const chooseOurs = async () => {
      for (const box of await form.getByRole('checkbox').all()) {
        if (caseIds.includes((await box.getAttribute('value'))!)) await box.check();
        else await box.uncheck();
      }
    };
    await chooseOurs();
    await form.getByRole('button', { name: 'Luo maksuerä' }).click();
    await expect(form.getByText('Maksuerää ei luotu: palkkion saajalta puuttuu henkilönumero.')).toBeVisible();
    await expect(form.getByRole('link', { name: unnumbered.name })).toBeVisible();
    await expectAccessible(page);

    // HR adds the number (the staff import or the person's page would); the block is gone.
    await db.user.update({ where: { id: unnumbered.id }, data: { employeeNumber: `N${unnumbered.id.slice(0, 8)}` } });
    await page.reload();
    await expect(page.getByRole('link', { name: unnumbered.name })).toHaveCount(0);
    await chooseOurs();
    const month = await form.getByLabel('Maksukuukausi').inputValue();
    await form.getByRole('button', { name: 'Luo maksuerä' }).click();
    await expect(page).toHaveURL(/\/rewards\/batches\/\d+$/);
    const batchId = Number(/\/(\d+)$/.exec(page.url())![1]);
    await expect(page.getByRole('heading', { level: 1, name: `Maksuerä ${batchId}` })).toBeVisible();
    await expect(page.getByText(/2 riviä · yhteensä 600\s€/)).toBeVisible();
    await expect(page.getByText('Ei vielä maksettu.')).toBeVisible();
    await expectAccessible(page);

    // On a 1280 px desktop the lines fit: the page never scrolls sideways; money has its cents.
    await page.setViewportSize({ width: 1280, height: 900 });
    const table = page.getByRole('region', { name: 'Rivit taulukkona' });
    await expect(table).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const ourRow = table.getByRole('row').filter({ hasText: numbered.name });
    await expect(ourRow.getByRole('cell')).toHaveText([
      numbered.employeeNumber!,
      numbered.name,
      '202',
      /^300,00\s€$/,
      'ei',
      numbered.costCentre!,
      '1.11.2026–30.11.2026',
      cases[0]!.decisionNumber!,
      String(cases[0]!.ideaId),
      /^100\s%$/,
    ]);
    await expect(table.getByRole('columnheader', { name: 'Sosiaalivakuutusmaksut' })).toBeVisible();

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Lataa CSV' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`palkkioera-${batchId}.csv`);
    const bytes = await readFile((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'Henkilönumero;Nimi;Palkkalaji;Bruttomäärä (€);Sosiaalivakuutusmaksut;Kustannuspaikka;Maksukuukausi;' +
        'Ansaintajakso;Verovuosi;Päätösnumero;Aloitenumero;Osuus (%)',
    );
    const [year, monthNumber] = month.split('-').map(Number);
    expect(lines).toContain(
      [
        numbered.employeeNumber,
        numbered.name,
        '202',
        '300,00',
        'ei',
        numbered.costCentre,
        `1.${monthNumber}.${year}`,
        '1.11.2026–30.11.2026',
        String(year),
        cases[0]!.decisionNumber,
        String(cases[0]!.ideaId),
        '100,00',
      ].join(';'),
    );

    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Lataa Excel (XLSX)' }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`palkkioera-${batchId}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    const sheet = workbook.getWorksheet('Maksuerä')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Henkilönumero');
    const row = [2, 3].map((index) => sheet.getRow(index)).find((each) => each.getCell(2).value === numbered.name)!;
    expect(row.getCell(1).value).toBe(numbered.employeeNumber);
    expect(row.getCell(4).value).toBe(300);
    expect(row.getCell(11).value).toBe(cases[0]!.ideaId);

    const pay = page.getByRole('form', { name: 'Merkitse maksetuksi' });
    await pay.getByLabel('Maksupäivä').fill('2026-12-15');
    await pay.getByRole('button', { name: 'Merkitse maksetuksi' }).click();
    await expect(page.getByText(/^Maksettu 15\.12\.2026, merkinnyt Helka Henkilöstö/)).toBeVisible();
    await expect(page.getByRole('form', { name: 'Merkitse maksetuksi' })).toHaveCount(0);
    expect(await db.rewardCase.count({ where: { batchId, status: RewardStatus.PAID } })).toBe(2);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Kaikki maksuerät' }).click();
    const list = page.getByRole('region', { name: 'Maksuerät' });
    await expect(list.getByRole('link', { name: `Maksuerä ${batchId}` })).toBeVisible();
    await expectAccessible(page);
  });

  test('a colleague, a manager and an admin get nothing: not the pages, not the files @once', async ({
    playwright,
    baseURL,
  }) => {
    const { db, numbered, caseIds } = await payrollData();
    const batch = await db.payrollBatch.create({ data: { paymentMonth: new Date(Date.UTC(2026, 11, 1)) } });
    // In this batch, so no other test's batch can take them.
    await db.rewardCase.updateMany({ where: { id: { in: caseIds.map(Number) } }, data: { batchId: batch.id } });
    await db.payrollLine.create({
      data: {
        batchId: batch.id,
        caseId: Number(caseIds[0]),
        userId: numbered.id,
        employeeNumber: numbered.employeeNumber!,
        name: numbered.name,
        payCode: '202',
        grossCents: 30_000,
        socialInsuranceDue: false,
        earningPeriodStart: new Date(Date.UTC(2026, 10, 1)),
        earningPeriodEnd: new Date(Date.UTC(2026, 10, 30)),
        taxYear: 2026,
        decisionNumber: 'HR',
        ideaId: 1,
        shareBasisPoints: 10_000,
      },
    });
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MANAGER], [Role.EMPLOYEE, Role.ADMIN]]) {
      const person = await createSignedInUser('Kalle Kollega', roles);
      const request = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { cookie: `${person.cookie.name}=${person.cookie.value}` },
      });
      for (const path of ['/rewards/batches', `/rewards/batches/${batch.id}`]) {
        const answer = await request.get(path);
        expect(answer.status()).toBe(404);
        expect(await answer.text()).not.toContain(numbered.name);
      }
      for (const format of ['csv', 'xlsx']) {
        const file = await request.get(`/api/rewards/batches/${batch.id}/${format}`);
        expect(file.status()).toBe(404);
        expect(await file.text()).not.toContain(numbered.name);
      }
      await request.dispose();
    }
  });
});
