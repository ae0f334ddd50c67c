import { finnishTimeToInstant, instantToFinnishTime } from '../../modules/campaigns/window';
import type { Database } from '../../modules/platform/db/client';
import type { CategorySlug } from './demo-organisation';

// Two campaigns of the demo city: one open now (aimed at everyone) with fresh ideas, and one that
// closed months ago whose ideas went on to the accelerator and one to implementation (its results).

const DAY = 24 * 60 * 60 * 1000;

interface DemoCampaign {
  slug: string;
  titleFi: string;
  titleSv: string;
  titleEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  /** The window in whole days around the seed's moment: opens at 08:00, closes at 16:00 Finnish time. */
  opensDaysAgo: number;
  closesDaysAgo: number;
  categories: CategorySlug[];
  /** Demo ideas posted into it, by title (they were created inside its window). */
  ideaTitles: string[];
}

export const demoCampaigns: DemoCampaign[] = [
  {
    slug: 'vahemman-paperitoita',
    titleFi: 'Vähemmän paperitöitä',
    titleSv: 'Mindre pappersarbete',
    titleEn: 'Less paperwork',
    descriptionFi:
      'Mikä lomake, tuloste tai käsin kirjaaminen vie työpäivästäsi aikaa turhaan?\n\nKerro, **mistä paperityöstä voisimme luopua** tai minkä voisi tehdä sähköisesti. Parhaat ideat viedään kiihdyttämöön keväällä.',
    descriptionSv:
      'Vilken blankett, utskrift eller handskriven anteckning tar i onödan tid av din arbetsdag?\n\nBerätta **vilket pappersarbete vi kunde slopa** eller göra elektroniskt. De bästa idéerna tas till acceleratorn i vår.',
    descriptionEn:
      'Which form, printout or hand-written record takes time from your working day for nothing?\n\nTell us **which paperwork we could drop** or do electronically. The best ideas go to the accelerator in the spring.',
    opensDaysAgo: 30,
    closesDaysAgo: -21,
    categories: [],
    ideaTitles: [
      'Yhteinen sähköinen lomakepohja kaikille toimialoille',
      'Matkalaskut kuvaamalla kuitti puhelimella',
      'Kokousmuistioiden pohja ja automaattinen jakelu',
    ],
  },
  {
    slug: 'vahemman-hukkaa',
    titleFi: 'Vähemmän hukkaa, enemmän säästöä',
    titleSv: 'Mindre svinn, mer besparingar',
    titleEn: 'Less waste, more savings',
    descriptionFi:
      'Missä kaupungilta menee hukkaan ruokaa, energiaa, tilaa tai rahaa? Ideahaku on päättynyt, ja sen ideoista yksi on jo käytössä ja kaksi toteutuksessa.',
    descriptionSv:
      'Var går mat, energi, utrymme eller pengar till spillo i staden? Idéinsamlingen är avslutad, och av dess idéer är en redan i bruk och två håller på att genomföras.',
    descriptionEn:
      'Where does the city waste food, energy, space or money? The campaign has closed; of its ideas one is already in use and two are being implemented.',
    opensDaysAgo: 335,
    closesDaysAgo: 225,
    categories: ['ymparisto', 'talous', 'digitalisaatio'],
    ideaTitles: [
      'Hävikkiruoan myynti iltapäivisin edullisesti',
      'Sähköinen arkistointi paperiarkiston tilalle',
      'Kaupungin autojen yhteiskäyttö verkkovarauksella',
      'Palkkalaskelmat vain sähköisenä',
    ],
  },
];

/** A Finnish wall-clock time on the day `daysAgo` days before `now`. */
function finnishMoment(now: Date, daysAgo: number, time: string): Date {
  const { date } = instantToFinnishTime(new Date(now.getTime() - daysAgo * DAY));
  return finnishTimeToInstant(date, time)!;
}

/** Creates the demo campaigns once (by address) and posts their ideas into them. */
export async function seedDemoCampaigns(
  db: Database,
  categoryIds: Map<string, string>,
  now: Date,
): Promise<{ campaignsCreated: number }> {
  let campaignsCreated = 0;
  for (const { opensDaysAgo, closesDaysAgo, categories, ideaTitles, ...texts } of demoCampaigns) {
    const existing = await db.campaign.findUnique({ where: { slug: texts.slug }, select: { id: true } });
    if (existing) continue;
    const campaign = await db.campaign.create({
      data: {
        ...texts,
        opensAt: finnishMoment(now, opensDaysAgo, '08:00'),
        closesAt: finnishMoment(now, closesDaysAgo, '16:00'),
        categories: { create: categories.map((slug) => ({ categoryId: categoryIds.get(slug)! })) },
      },
      select: { id: true },
    });
    // Only the demo's own ideas, and without touching updated_at (they were posted, not edited).
    await db.$executeRaw`
      UPDATE ideas SET campaign_id = ${campaign.id}::uuid
       WHERE title = ANY(${ideaTitles}) AND campaign_id IS NULL
         AND author_id IN (SELECT id FROM users WHERE demo)`;
    campaignsCreated += 1;
  }
  return { campaignsCreated };
}
