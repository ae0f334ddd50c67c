import { IdeaStatus } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { expect, test } from './fixtures';

/** A word no other idea has, in letters only (the search index splits digits off). */
function uniqueWord(prefix: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return prefix + Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

const hour = 3600_000;
const day = 24 * hour;

/** A campaign of this test's own, with ideas posted into it (published) and one outside it. */
async function campaignWithIdeas(window: { opensAt: Date; closesAt: Date }) {
  const word = uniqueWord('kampanja');
  const slug = `e2e-${word}`;
  const db = e2eDb();
  const department = await db.department.findFirstOrThrow({ where: { active: true }, orderBy: { sortOrder: 'asc' } });
  const campaign = await db.campaign.create({
    data: {
      slug,
      titleFi: `Vähemmän paperia ${word}`,
      titleSv: `Mindre papper ${word}`,
      titleEn: `Less paper ${word}`,
      descriptionFi: 'Miten **kotihoidon** paperityötä voisi vähentää?',
      descriptionSv: 'Hur kan pappersarbetet minska?',
      descriptionEn: 'How could home care do less paperwork?',
      ...window,
      departments: { create: [{ departmentId: department.id }] },
    },
  });
  const author = await createSignedInUser('Kampanjan Kirjoittaja');
  const idea = (title: string, status: IdeaStatus, campaignId: string | null) =>
    db.idea.create({
      data: {
        title,
        body: 'Sähköinen lomake paperin sijaan säästäisi aikaa joka päivä.',
        authorId: author.user.id,
        status,
        publishedAt: window.opensAt,
        submittedAt: window.opensAt,
        campaignId,
      },
    });
  const published = await idea(`Sähköinen kirjaus ${word}`, IdeaStatus.PUBLISHED, campaign.id);
  const implemented = await idea(`Tabletit kotikäynneille ${word}`, IdeaStatus.IMPLEMENTED, campaign.id);
  const outside = await idea(`Ideahaun ulkopuolinen ${word}`, IdeaStatus.PUBLISHED, null);
  return { campaign, department, word, published, implemented, outside };
}

test.describe('campaigns', () => {
  test('an employee follows an open campaign from the front page, searches and filters its ideas and sees its funnel', async ({
    page,
    context,
    baseURL,
    expectAccessible,
  }) => {
    const now = Date.now();
    const { campaign, department, word, published, implemented, outside } = await campaignWithIdeas({
      opensAt: new Date(now - day),
      closesAt: new Date(now + 30 * day),
    });
    const { cookie } = await createSignedInUser('Kampanjan Lukija');
    await context.addCookies([{ ...cookie, url: baseURL! }]);

    await page.goto('/');
    const announcement = page.getByRole('region', { name: /^Ideahaku(ja)? on auki$/ });
    await expect(announcement).toBeVisible();
    await expectAccessible(page);
    await announcement.getByRole('link', { name: campaign.titleFi }).click();

    await expect(page).toHaveURL(`/campaigns/${campaign.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: campaign.titleFi })).toBeVisible();
    await expect(page.getByText(/^Auki \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2} asti$/)).toBeVisible();
    await expect(page.getByText(`Kenelle: ${department.nameFi}`)).toBeVisible();
    await expect(page.locator('strong', { hasText: 'kotihoidon' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kerro ideasi tähän ideahakuun' })).toHaveAttribute(
      'href',
      `/ideas/new?campaign=${campaign.slug}`,
    );
    // Its ideas, and only its ideas.
    const results = page.getByRole('region', { name: 'Tulokset' });
    await expect(results.getByRole('link', { name: published.title })).toBeVisible();
    await expect(results.getByRole('link', { name: implemented.title })).toBeVisible();
    // The funnel: both ideas were sent and published, one got all the way.
    const funnel = page.getByRole('region', { name: 'Miten ideat ovat edenneet' });
    await expect(funnel.getByRole('row', { name: /^Lähetetty 2/ })).toBeVisible();
    await expect(funnel.getByRole('row', { name: /^Toteutettu 1/ })).toBeVisible();
    await expectAccessible(page);

    // A search stays within the campaign: the idea outside it has the same word.
    await page.getByLabel('Hae ideoista ja kommenteista').fill(word);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page).toHaveURL(
      (url) => url.pathname === `/campaigns/${campaign.slug}` && url.searchParams.get('q') === word,
    );
    await expect(results.getByRole('article')).toHaveCount(2);
    await expect(results.getByRole('link', { name: outside.title })).toHaveCount(0);
    await expectAccessible(page);

    // A filter too.
    await page.getByText('Rajaa ja järjestä').click();
    await page.getByLabel('Tila').selectOption(IdeaStatus.IMPLEMENTED);
    await page.getByRole('button', { name: 'Näytä ideat' }).click();
    await expect(results.getByRole('article')).toHaveCount(1);
    await expect(results.getByRole('link', { name: implemented.title })).toBeVisible();
    await expectAccessible(page);

    // The list of campaigns: this one among the open ones.
    await page.goto('/campaigns');
    const open = page.getByRole('region', { name: 'Auki nyt' });
    await expect(open.getByRole('link', { name: campaign.titleFi })).toBeVisible();
    await expectAccessible(page);
  });

  test('a closed campaign keeps its page, its ideas and its results, and takes no new ideas @phone', async ({
    page,
    expectAccessible,
  }) => {
    const now = Date.now();
    const { campaign, published, implemented } = await campaignWithIdeas({
      opensAt: new Date(now - 60 * day),
      closesAt: new Date(now - 2 * day),
    });

    await page.goto('/campaigns');
    const past = page.getByRole('region', { name: 'Päättyneet' });
    const card = past.getByRole('article').filter({ hasText: campaign.titleFi });
    await expect(card).toContainText('2 ideaa, toteutettu 1');
    await expect(page.getByRole('region', { name: /^Ideahaku(ja)? on auki$/ })).toHaveCount(0);
    await expectAccessible(page);

    await card.getByRole('link', { name: campaign.titleFi }).click();
    await expect(page.getByRole('heading', { level: 1, name: campaign.titleFi })).toBeVisible();
    await expect(page.getByText(/^Päättyi \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/)).toBeVisible();
    await expect(page.getByText('Ideahaku on päättynyt.', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kerro ideasi tähän ideahakuun' })).toHaveCount(0);
    const results = page.getByRole('region', { name: 'Tulokset' });
    await expect(results.getByRole('link', { name: published.title })).toBeVisible();
    await expect(results.getByRole('link', { name: implemented.title })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Miten ideat ovat edenneet' }).getByRole('row', { name: /^Toteutettu 1/ }),
    ).toBeVisible();
    await expectAccessible(page);

    // Not announced on the front page.
    await page.goto('/');
    await expect(page.getByRole('link', { name: campaign.titleFi })).toHaveCount(0);
  });
});
