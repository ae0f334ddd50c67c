import { IdeaStatus, Role } from '../modules/platform/db/client';
import { ideaPath } from '../modules/ideas/slug';
import { createSignedInUser } from './access-fixtures';
import { ideaInAccelerator, marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';

test.describe('evaluation in the accelerator', () => {
  test('a manager invites an evaluator, who scores on their own and sees the others only afterwards', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    // Two people's journeys, with three accessibility scans: longer than one page's budget.
    test.slow();
    const tag = marker();
    const { manager, idea } = await ideaInAccelerator(tag, IdeaStatus.EVALUATION, {
      evaluationDueOn: new Date('2020-01-15T00:00:00Z'),
    });
    const evaluator = await createSignedInUser(`Eero Arvioija ${tag}`);

    await context.addCookies([{ ...manager.cookie, url: baseURL! }]);
    await page.goto(ideaPath(idea));
    const panel = page.getByRole('region', { name: 'Arviointi' });
    await expect(panel.getByText('Yksikään arvioija ei ole vielä lähettänyt arviotaan.')).toBeVisible();
    await panel.getByRole('combobox', { name: 'Hae kollegaa nimellä' }).fill(`Eero Arvioija ${tag}`);
    await panel
      .getByRole('option')
      .filter({ hasText: `Eero Arvioija ${tag}` })
      .click();
    await panel.getByRole('button', { name: 'Kutsu arvioijiksi' }).click();
    await expect(panel.getByText('Arvioijat kutsuttu. He saavat ilmoituksen.')).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: `Eero Arvioija ${tag}` })).toBeVisible();
    await expectAccessible(page);

    await context.clearCookies();
    await context.addCookies([{ ...evaluator.cookie, url: baseURL! }]);
    await page.goto('/accelerator/evaluations');
    await expect(page.getByRole('heading', { level: 1, name: 'Arvioitavat' })).toBeVisible();
    await expect(page.getByText('Myöhässä – määräpäivä oli 15.1.2020')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: idea.title }).click();
    await expect(page.getByText('Muiden arviot näkyvät, kun olet lähettänyt oman arviosi.')).toBeVisible();

    // Nothing scored: refused, and what was typed stays.
    await page.getByLabel('Perustelut').fill('Säästää aikaa joka viikko.');
    await page.getByRole('button', { name: 'Lähetä arvio' }).click();
    await expect(page.getByText('Anna pisteet vähintään yhdelle kriteerille.').first()).toBeVisible();
    await expect(page.getByLabel('Perustelut')).toHaveValue('Säästää aikaa joka viikko.');
    await expectAccessible(page);

    const impact = page.getByRole('group', { name: /Vaikutus asiakkaisiin ja kuntalaisiin/ });
    await impact.getByRole('radio', { name: '4' }).check();
    const feasibility = page.getByRole('group', { name: /Toteutettavuus/ });
    await feasibility.getByRole('radio', { name: '5' }).check();
    await page.getByLabel('Arvioitu säästö vuodessa (€)').fill('1 200,50');
    await page.getByRole('button', { name: 'Lähetä arvio' }).click();
    await expect(page.getByText('Arviosi on lähetetty. Näet nyt myös muiden arviot.')).toBeVisible();

    const summary = page.getByRole('region', { name: 'Arvioiden yhteenveto' });
    await expect(summary.getByText('Perustuu 2/6 kriteeriin.')).toBeVisible();
    await expect(summary.getByRole('row', { name: /Taloudellinen hyöty/ })).toContainText('ei arviota');
    await expect(summary.getByText('1 200,50 €')).toBeVisible();
    await expectAccessible(page);
  });

  test('an administrator cannot save scorecard weights that do not sum to 100', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const admin = await createSignedInUser(`Ylläpitäjä ${marker()}`, [Role.EMPLOYEE, Role.ADMIN]);
    await context.addCookies([{ ...admin.cookie, url: baseURL! }]);
    await page.goto('/admin/scorecard');
    await expect(page.getByRole('heading', { level: 1, name: 'Arviointikriteerit' })).toBeVisible();
    await expect(page.getByText('Käytössä olevien painojen summa: 100 %')).toBeVisible();
    await expectAccessible(page);

    const first = page.getByRole('group', { name: /^Kriteeri 1:/ });
    await first.getByLabel('Paino (%)').fill('30');
    await expect(page.getByText('Käytössä olevien painojen summa: 105 %')).toBeVisible();
    await page.getByRole('button', { name: 'Tallenna kriteerit' }).click();
    await expect(
      page.getByRole('link', { name: 'Käytössä olevien kriteerien painojen summan on oltava 100.' }),
    ).toBeVisible();
    await expect(first.getByLabel('Paino (%)')).toHaveValue('30');
    await expectAccessible(page);

    // Nobody else may open the page.
    await context.clearCookies();
    const employee = await createSignedInUser(`Työntekijä ${marker()}`);
    await context.addCookies([{ ...employee.cookie, url: baseURL! }]);
    const response = await page.goto('/admin/scorecard');
    expect(response?.status()).toBe(404);
  });
});
