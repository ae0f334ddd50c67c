import { IdeaStatus } from '../modules/platform/db/client';
import { ideaPath } from '../modules/ideas/slug';
import { e2eDb } from './access-fixtures';
import { ideaInAccelerator, marker } from './accelerator-fixtures';
import { expect, test } from './fixtures';

test.describe('the idea in the accelerator', () => {
  test('a manager names an owner, writes the plan and reports progress; every reader sees them', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const tag = marker();
    const { manager, idea } = await ideaInAccelerator(tag, IdeaStatus.EXPERIMENT);
    await e2eDb().user.create({
      data: { name: `Olli Omistaja ${tag}`, email: `owner-${tag}@test.example` },
    });

    await context.addCookies([{ ...manager.cookie, url: baseURL! }]);
    await page.goto(ideaPath(idea));
    const section = page.getByRole('region', { name: 'Ideakiihdyttämö' });
    await expect(section.getByText('Vastuuhenkilöä ei ole vielä nimetty.')).toBeVisible();
    await section.getByText('Muokkaa vastuita, suunnitelmaa ja aikataulua').click();
    const ownerPicker = section.getByRole('group', { name: 'Vastuuhenkilö' });
    await ownerPicker.getByRole('combobox', { name: 'Hae kollegaa nimellä' }).fill(`Olli Omistaja ${tag}`);
    await ownerPicker
      .getByRole('option')
      .filter({ hasText: `Olli Omistaja ${tag}` })
      .click();
    await section.getByLabel('Suunnitelma').fill('**Kokeilu** kahdessa koulussa\n\n- viikko 1: aloitus');
    await section.getByLabel('Tavoiteaikataulu').fill('2027-03-31');
    await section.getByRole('button', { name: 'Tallenna suunnitelma' }).click();
    await expect(section.getByText('Suunnitelma tallennettiin.')).toBeVisible();
    await expect(section.getByText('31.3.2027', { exact: true })).toBeVisible();
    await expectAccessible(page);

    // A note left empty is refused; the progress typed stays.
    await section.getByLabel('Edistyminen (%)').fill('40');
    await section.getByRole('button', { name: 'Kirjaa edistyminen' }).click();
    await expect(section.getByRole('link', { name: 'Kirjoita edistymismerkintä.' })).toBeVisible();
    await expect(section.getByLabel('Edistyminen (%)')).toHaveValue('40');
    await expectAccessible(page);
    await section.getByLabel('Edistymismerkintä').fill('Kokeilu alkoi Keskuskoulussa.');
    await section.getByRole('button', { name: 'Kirjaa edistyminen' }).click();
    await expect(section.getByText('Edistymismerkintä kirjattiin.')).toBeVisible();

    // Public: a signed-out reader sees the owner, the plan, the progress and the note on the timeline.
    await context.clearCookies();
    await page.goto(ideaPath(idea));
    const publicSection = page.getByRole('region', { name: 'Ideakiihdyttämö' });
    await expect(publicSection.getByText(`Olli Omistaja ${tag}`)).toBeVisible();
    await expect(publicSection.locator('strong', { hasText: 'Kokeilu' })).toBeVisible();
    await expect(publicSection.getByText('40 % valmiina')).toBeVisible();
    await expect(publicSection.getByRole('button', { name: 'Tallenna suunnitelma' })).toHaveCount(0);
    const timeline = page.getByRole('region', { name: 'Idean vaiheet' });
    await expect(timeline.getByText(`Maija Esihenkilö ${tag} nimesi vastuuhenkilön.`)).toBeVisible();
    await expect(timeline.getByText('Kokeilu alkoi Keskuskoulussa.')).toBeVisible();
    await expectAccessible(page);
  });

  test('a manager records the realised benefit of an implemented idea and confirms it', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const tag = marker();
    const { manager, idea } = await ideaInAccelerator(tag, IdeaStatus.IMPLEMENTED);
    await context.addCookies([{ ...manager.cookie, url: baseURL! }]);
    await page.goto(ideaPath(idea));
    const section = page.getByRole('region', { name: 'Ideakiihdyttämö' });
    await section.getByLabel('Toteutuneet säästöt (€)').fill('12 500,50');
    await section.getByLabel('Säästetyt työtunnit').fill('300');
    await section.getByLabel('Laadullinen hyöty').fill('Vastaus samana päivänä.');
    await section.getByRole('button', { name: 'Tallenna toteutunut hyöty' }).click();
    await expect(section.getByText('Toteutunut hyöty tallennettiin.')).toBeVisible();
    await expect(section.getByText('Säästöt: 12 500,50 €')).toBeVisible();
    await expect(section.getByText(/^Hyödyt tarkistetaan /)).toBeVisible();
    await expectAccessible(page);

    await section.getByRole('button', { name: 'Vahvista hyödyt toteutuneiksi' }).click();
    await expect(section.getByText(/^Hyödyt vahvistettu /)).toBeVisible();
    await expect(section.getByRole('button', { name: 'Tallenna toteutunut hyöty' })).toHaveCount(0);
    await expectAccessible(page);
  });
});
