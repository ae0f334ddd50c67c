import { addWorkingDays, calendarDayOf, dateColumn } from '../../modules/accelerator/working-days';
import { IdeaStatus, Role, type Database, type Prisma } from '../../modules/platform/db/client';
import { withDemoEmailStates } from './demo-emails';
import type { DemoIdea } from './demo-ideas';
import { seededRandom } from './random';

// The demo's accelerator: a card for every demo idea that reached it, with an owner, a team, a plan,
// progress notes, scorecards from several evaluators and open invitations. Some evaluations are
// overdue, some cards are late or have gone quiet, so the board has something to point at.

const DAY = 24 * 60 * 60 * 1000;
const S = IdeaStatus;
/** How many of the seeded accelerator news items (evaluation requests, progress notes) the demo e-mails. */
const demoEmailsFromAccelerator = 2;

export interface DemoPerson {
  id: string;
  name: string;
  roles: Role[];
  department: string;
}

/** Employees who have agreed to evaluate in the demo and still have open invitations. */
export const openEvaluators = ['Matti Mäkinen', 'Heidi Heinonen', 'Antti Niemi'];

const plans = [
  '**Tavoite:** {title}.\n\n1. Nykytilan kartoitus ja mittarit (kuinka paljon aikaa ja rahaa kuluu nyt)\n2. Kokeilu yhdessä yksikössä\n3. Tulosten arviointi ja päätös laajentamisesta\n\nYhteyshenkilönä toimii vastuuhenkilö.',
  '**Miksi:** nykyinen tapa vie aikaa ja aiheuttaa virheitä.\n\n**Miten:**\n- selvitetään, riittääkö nykyisen järjestelmän asetusten muutos\n- sovitaan kokeiluyksiköt ja aikataulu\n- kerätään palaute henkilöstöltä ja asukkailta\n\n**Mittari:** käytetty työaika ennen ja jälkeen.',
  '1. Vaatimukset ja tietosuojan arviointi\n2. Hankinta tai oma toteutus\n3. Käyttöönotto toimialoittain\n4. Hyötyjen seuranta 12 kuukauden ajan',
];

const progressNotes = [
  'Aloituspalaveri pidetty, ja kokeiluyksiköt on valittu.',
  'Nykytilan mittaus valmis: työhön kuluu noin kaksi tuntia päivässä.',
  'Tietosuojan arviointi tehty yhdessä tietosuojavastaavan kanssa.',
  'Henkilöstön palaute ensimmäisistä viikoista on ollut myönteistä.',
  'Toimittajan kanssa sovittu aikataulu; testiympäristö valmistuu ensi kuussa.',
  'Ensimmäinen yksikkö on ottanut uuden tavan käyttöön.',
  'Kokeilun tulokset koottu; esitys laajentamisesta valmisteilla.',
];

const justifications = [
  'Hyöty on selvä ja toteutus onnistuu nykyisillä järjestelmillä. Säästöarvio perustuu kokeiluyksikön tuntikirjauksiin.',
  'Hyvä idea, mutta kustannukset riippuvat hankinnasta. Kokeilu kannattaa aloittaa pienesti.',
  'Vaikutus asukkaisiin on suuri. Työturvallisuuteen en osaa ottaa kantaa.',
  'Sopii strategiaan hyvin. Työmäärä on kohtuullinen, jos tietohallinto ehtii mukaan keväällä.',
];

const realisedNotes = [
  'Asiakkaat saavat vastauksen nopeammin, ja henkilöstö on ottanut uuden tavan hyvin vastaan.',
  'Käsityö väheni selvästi; säästyneet tunnit käytetään asiakastyöhön.',
];

/** How far along a card in each stage is. */
const progressRange: Partial<Record<IdeaStatus, [number, number]>> = {
  EVALUATION: [0, 10],
  EXPERIMENT: [20, 60],
  IMPLEMENTATION: [55, 90],
  IMPLEMENTED: [100, 100],
  DISCONTINUED: [30, 50],
};

function between(next: () => number, [low, high]: [number, number]): number {
  return low + Math.floor(next() * (high - low + 1));
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

const dayOf = (at: Date) => calendarDayOf(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())));

export async function seedDemoAccelerator(
  db: Database,
  demoIdeas: readonly DemoIdea[],
  ideaIds: ReadonlyMap<string, number>,
  people: readonly DemoPerson[],
  now: Date,
): Promise<{ cardsCreated: number }> {
  const byName = new Map(people.map((person) => [person.name, person]));
  const criteria = await db.scorecardCriterion.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' } });
  const managers = people.filter((person) => person.roles.includes(Role.MANAGER));
  const coordinator = people.find((person) => person.roles.includes(Role.COORDINATOR));
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  let cardsCreated = 0;
  // Counted per kind of card, so each variant (overdue, stalled, late, open invitations) shows up.
  let evaluating = 0;
  let running = 0;

  for (const [index, demo] of demoIdeas.entries()) {
    const ideaId = ideaIds.get(demo.title);
    if (ideaId === undefined || !progressRange[demo.status]) continue;
    const idea = await db.idea.findUniqueOrThrow({
      where: { id: ideaId },
      select: {
        status: true,
        authorId: true,
        statusChangedAt: true,
        acceleratorCard: { select: { ideaId: true } },
        events: { where: { toStatus: S.EVALUATION }, select: { createdAt: true, actorId: true } },
      },
    });
    // Someone clicking through the demo may have moved or worked on it: leave it as they left it.
    if (idea.status !== demo.status || idea.acceleratorCard) continue;
    const next = seededRandom(5000 + index);
    const evaluationTurn = demo.status === S.EVALUATION ? evaluating++ : -1;
    const runningTurn = demo.status === S.EXPERIMENT || demo.status === S.IMPLEMENTATION ? running++ : -1;
    const promotedAt = idea.events[0]?.createdAt ?? idea.statusChangedAt;
    const promoter =
      idea.events[0]?.actorId ??
      managers.find((manager) => demo.departments.includes(manager.department as never))?.id ??
      coordinator!.id;
    const colleagues = people.filter((person) => person.id !== idea.authorId);
    const local = colleagues.filter((person) => demo.departments.includes(person.department as never));
    const owner = pick(next, local.length > 0 ? local : colleagues);
    const teammate = pick(
      next,
      colleagues.filter((person) => person.id !== owner.id),
    );
    const inStage = idea.statusChangedAt;
    const ownerNamedAt = new Date(promotedAt.getTime() + 2 * DAY);
    const events: Prisma.IdeaEventCreateManyInput[] = [
      { ideaId, actorId: promoter, type: 'OWNER_ASSIGNED', createdAt: ownerNamedAt },
    ];

    // Evaluations: open invitations stay on the newest ideas in evaluation, the rest are submitted.
    const evaluators = colleagues.filter((person) => person.id !== owner.id && !openEvaluators.includes(person.name));
    const submittedCount = evaluationTurn >= 0 ? [2, 0, 1][evaluationTurn % 3]! : between(next, [2, 3]);
    const open =
      evaluationTurn >= 0
        ? openEvaluators
            .map((name) => byName.get(name)!)
            .filter((person) => person.id !== idea.authorId)
            .slice(0, submittedCount === 0 ? 2 : 1)
        : [];
    const invitedAt = new Date(promotedAt.getTime() + DAY);
    const submittedBy = Array.from(
      { length: submittedCount },
      (_, k) => evaluators[(index * 7 + k * 5) % evaluators.length]!,
    );
    for (const [k, evaluator] of submittedBy.entries()) {
      const savings = demo.savingsEur ? Math.round(demo.savingsEur * (0.7 + next() * 0.5)) * 100 : 0;
      const submittedAt = new Date(Math.min(invitedAt.getTime() + (3 + k * 2) * DAY, now.getTime() - 60 * 60 * 1000));
      await db.evaluation.create({
        data: {
          ideaId,
          evaluatorId: evaluator.id,
          invitedById: promoter,
          invitedAt,
          submittedAt,
          justification: pick(next, justifications),
          estimatedSavingsCents: savings,
          oneOffCostCents: between(next, [5, 40]) * 100_000,
          personDays: between(next, [5, 60]),
          withinOwnDuties: next() < 0.2,
          costCentre: `${4000 + between(next, [1, 9]) * 100}`,
          // Now and then a criterion the evaluator could not judge: missing, never zero.
          scores: {
            create: criteria.flatMap((criterion) =>
              next() < 0.12 ? [] : [{ criterionId: criterion.id, score: between(next, [2, 5]) }],
            ),
          },
        },
      });
    }
    for (const evaluator of open) {
      await db.evaluation.create({ data: { ideaId, evaluatorId: evaluator.id, invitedById: promoter, invitedAt } });
      notifications.push({
        recipientId: evaluator.id,
        actorId: promoter,
        type: 'EVALUATION_REQUESTED',
        ideaId,
        createdAt: invitedAt,
      });
    }
    const invitedCount = submittedBy.length + open.length;
    if (invitedCount > 0)
      events.push({
        ideaId,
        actorId: promoter,
        type: 'EVALUATORS_INVITED',
        data: { count: invitedCount },
        createdAt: invitedAt,
      });

    // Progress notes after evaluation; a card whose notes stopped long ago reads as stalled.
    let lastActivityAt = ownerNamedAt;
    const progressPercent = between(next, progressRange[demo.status]!);
    if (demo.status !== S.EVALUATION) {
      const stalled = runningTurn % 4 === 1;
      const until = stalled ? now.getTime() - 45 * DAY : Math.min(now.getTime() - DAY, inStage.getTime() + 40 * DAY);
      const count = between(next, [1, 3]);
      for (let k = 1; k <= count; k++) {
        const at = new Date(ownerNamedAt.getTime() + (k / count) * Math.max(until - ownerNamedAt.getTime(), DAY));
        events.push({
          ideaId,
          actorId: owner.id,
          type: 'PROGRESS_NOTE',
          data: {
            note: progressNotes[(index + k) % progressNotes.length]!,
            progressPercent: Math.round((progressPercent * k) / count),
          },
          createdAt: at,
        });
        if (now.getTime() - at.getTime() <= 7 * DAY)
          notifications.push({
            recipientId: idea.authorId,
            actorId: owner.id,
            type: 'PROGRESS_NOTE',
            ideaId,
            createdAt: at,
          });
        lastActivityAt = at;
      }
    }

    const implemented = demo.status === S.IMPLEMENTED;
    const evaluationDueOn = addWorkingDays(dayOf(promotedAt), 15);
    // Late: one card in each running column is past its due date.
    const late = runningTurn % 3 === 0;
    const dueOn =
      demo.status === S.EVALUATION || demo.status === S.DISCONTINUED
        ? null
        : implemented
          ? dayOf(inStage)
          : dayOf(new Date(now.getTime() + (late ? -between(next, [5, 20]) : between(next, [20, 120])) * DAY));
    const realisedSavingsCents = implemented && demo.savingsEur ? Math.round(demo.savingsEur * 0.9) * 100 : null;
    const realisedHours = implemented && demo.hoursSaved ? Math.round(demo.hoursSaved * 0.8) : null;
    const benefitCheckOn = implemented ? new Date(inStage.getTime() + 365 * DAY) : null;
    if (implemented) {
      lastActivityAt = new Date(inStage.getTime() + DAY);
      events.push({
        ideaId,
        actorId: owner.id,
        type: 'BENEFIT_RECORDED',
        createdAt: lastActivityAt,
      });
    }

    await db.acceleratorCard.create({
      data: {
        ideaId,
        ownerId: owner.id,
        plan: plans[index % plans.length]!.replace('{title}', demo.title),
        evaluationDueOn: dateColumn(evaluationDueOn),
        dueOn: dueOn ? dateColumn(dueOn) : null,
        progressPercent,
        lastActivityAt,
        realisedSavingsCents,
        realisedHours,
        realisedBenefitNote: implemented ? realisedNotes[index % realisedNotes.length]! : null,
        benefitCheckOn: benefitCheckOn ? dateColumn(dayOf(benefitCheckOn)) : null,
        benefitConfirmedAt: benefitCheckOn && benefitCheckOn < now ? benefitCheckOn : null,
        createdAt: promotedAt,
      },
    });
    await db.acceleratorTeamMember.createMany({
      data: [teammate.id, idea.authorId].map((userId) => ({ ideaId, userId, createdAt: ownerNamedAt })),
      skipDuplicates: true,
    });
    await db.ideaEvent.createMany({ data: events });
    cardsCreated += 1;
  }

  await db.notification.createMany({
    data: withDemoEmailStates(
      notifications.map((row) => ({
        ...row,
        readAt:
          now.getTime() - new Date(row.createdAt as Date).getTime() > 7 * DAY
            ? new Date(new Date(row.createdAt as Date).getTime() + 60 * 60 * 1000)
            : null,
      })),
      demoEmailsFromAccelerator,
    ),
  });
  return { cardsCreated };
}
