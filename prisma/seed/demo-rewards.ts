import { dateColumn, helsinkiToday } from '../../modules/accelerator/working-days';
import { IdeaStatus, RewardKind, RewardStatus, type Database, type Prisma } from '../../modules/platform/db/client';
import { earningPeriodOf } from '../../modules/rewards/earning-period';
import { equalShares, splitCents } from '../../modules/rewards/split';
import type { DemoPerson } from './demo-accelerator';
import type { DemoIdea } from './demo-ideas';
import { departments, users } from './demo-organisation';

// The demo's rewards, so HR, managers and employees have something to click through: payroll data
// for the staff (one recipient lacks an employee number, so the batch page shows who blocks), a
// recognition for every idea that reached evaluation, and money cases in every status of the chain
// (a proposal waiting for each demo manager, one endorsed for HR, two decided, an unpaid and a paid
// payroll batch, a rejection, an own-duties case at 0 €, a savings reward, co-authors sharing cases,
// an anonymous author rewarded), this year's budgets and some people named on the Kiitos! page.
// Cases are inserted in their final status (inserts are free; only updates go through the chain),
// each with the audit entries its steps would have written, so "Tapauksen vaiheet" tells its story.
// Loaded once: when the demo's ideas already have reward cases, nothing is touched.

const DAY = 24 * 60 * 60 * 1000;
const S = RewardStatus;
const K = RewardKind;

/** Paid, not yet having given HR an employee number: the batch page names him. */
export const demoRecipientWithoutEmployeeNumber = 'Aleksi Ojala';
/** Agreed to be named on the Kiitos! page (Anna-Maria's only implemented idea is anonymous). */
export const demoNamedInHallOfFame = [
  'Elina Jokinen',
  'Heidi Heinonen',
  'Satu Salonen',
  'Sami Ahonen',
  'Katja Laaksonen',
  'Anna-Maria Sjöberg',
];
/** Confirmed co-authors, who share the idea's reward cases with its author. */
export const demoCoAuthors: Record<string, string[]> = {
  'Automaattinen esiopetuspaikan osoittaminen': ['Heidi Heinonen', 'Eeva Vainio'],
};

const costCentres: Record<string, string> = {
  konsernihallinto: '1100',
  henkilostopalvelut: '1200',
  sivistys: '3100',
  kaupunkirakenne: '4100',
  elinvoima: '5100',
  'ateria-ja-puhtaanapito': '6100',
};

const HR_PERSON = 'Anne Heikkinen';

interface DemoCase {
  title: string;
  kind: RewardKind;
  status: RewardStatus;
  amountCents: number;
  withinOwnDuties?: boolean;
  basisSavingsCents?: number;
  /** Days before the seed runs (never before the case was proposed). */
  endorsed?: { by: string; daysAgo: number };
  decidedDaysAgo?: number;
  rejected?: { by: string; daysAgo: number; reason: string };
  batch?: 'paid' | 'open';
}

/** The money cases; every other idea that reached evaluation gets its recognition only. */
const demoCases: DemoCase[] = [
  // Paid in last month's batch: three co-authors, and a single author.
  {
    title: 'Automaattinen esiopetuspaikan osoittaminen',
    kind: K.IMPLEMENTATION,
    status: S.PAID,
    amountCents: 30_000,
    endorsed: { by: 'Mikko Korhonen', daysAgo: 78 },
    decidedDaysAgo: 72,
    batch: 'paid',
  },
  {
    title: 'Hävikkiruoan myynti iltapäivisin edullisesti',
    kind: K.IMPLEMENTATION,
    status: S.PAID,
    amountCents: 30_000,
    endorsed: { by: 'Kari Järvinen', daysAgo: 80 },
    decidedDaysAgo: 70,
    batch: 'paid',
  },
  // In this month's batch, not yet paid.
  {
    title: 'Sähköinen allekirjoitus kaikkiin sopimuksiin',
    kind: K.IMPLEMENTATION,
    status: S.BATCHED,
    amountCents: 30_000,
    endorsed: { by: 'Riikka Lehtonen', daysAgo: 20 },
    decidedDaysAgo: 12,
    batch: 'open',
  },
  // Decided, waiting for the next batch: one is ready, one's recipient has no employee number.
  {
    title: 'Nimetön palaute esihenkilötyöstä kahdesti vuodessa',
    kind: K.IMPLEMENTATION,
    status: S.DECIDED,
    amountCents: 30_000,
    endorsed: { by: 'Riikka Lehtonen', daysAgo: 10 },
    decidedDaysAgo: 4,
  },
  {
    title: 'Työvuorojen vaihto keittiöissä sovelluksella',
    kind: K.IMPLEMENTATION,
    status: S.DECIDED,
    amountCents: 30_000,
    endorsed: { by: 'Kari Järvinen', daysAgo: 14 },
    decidedDaysAgo: 6,
  },
  // Endorsed, waiting for HR.
  {
    title: 'Yrityskäyntien yhteinen kalenteri',
    kind: K.IMPLEMENTATION,
    status: S.ENDORSED,
    amountCents: 30_000,
    endorsed: { by: 'Tiina Koskinen', daysAgo: 9 },
  },
  // Proposed, one waiting for each demo manager.
  { title: 'Automaattinen esiopetuspaikan osoittaminen', kind: K.THANK_YOU, status: S.PROPOSED, amountCents: 10_000 },
  {
    title: 'Sähköinen arkistointi paperiarkiston tilalle',
    kind: K.IMPLEMENTATION,
    status: S.PROPOSED,
    amountCents: 30_000,
  },
  {
    title: 'Kaupungin autojen yhteiskäyttö verkkovarauksella',
    kind: K.IMPLEMENTATION,
    status: S.PROPOSED,
    amountCents: 30_000,
  },
  { title: 'Yrityskäyntien yhteinen kalenteri', kind: K.THANK_YOU, status: S.PROPOSED, amountCents: 10_000 },
  {
    title: 'Nimetön palaute esihenkilötyöstä kahdesti vuodessa',
    kind: K.THANK_YOU,
    status: S.PROPOSED,
    amountCents: 10_000,
  },
  // 10 % of the realised 5,400 €, above the 500 € minimum: proposed once the benefit was confirmed.
  {
    title: 'Hävikkiruoan myynti iltapäivisin edullisesti',
    kind: K.SAVINGS,
    status: S.PROPOSED,
    amountCents: 54_000,
    basisSavingsCents: 540_000,
  },
  // Rejected with a reason.
  {
    title: 'Sähköinen allekirjoitus kaikkiin sopimuksiin',
    kind: K.THANK_YOU,
    status: S.REJECTED,
    amountCents: 10_000,
    rejected: {
      by: HR_PERSON,
      daysAgo: 30,
      reason:
        'Kiitospalkkio kuuluu ideoille, joiden hyöty on vain laadullinen; tästä ideasta on jo maksettu toteutuspalkkio.',
    },
  },
  // A building inspector's idea about building inspection: within own duties, decided at 0 €.
  {
    title: 'Videoasiointi rakennusvalvontaan',
    kind: K.IMPLEMENTATION,
    status: S.RECOGNISED,
    amountCents: 0,
    withinOwnDuties: true,
    endorsed: { by: 'Jari Laine', daysAgo: 66 },
    decidedDaysAgo: 60,
  },
];

interface StepTimes {
  proposedAt: Date;
  endorsedAt: Date | null;
  decidedAt: Date | null;
  batchedAt: Date | null;
  paidAt: Date | null;
  rejectedAt: Date | null;
}

interface AuditedStep {
  action: string;
  /** A demo person's name; null = VAU itself (proposals come from the rules). */
  actor: string | null;
  at: Date;
  from: RewardStatus | null;
  to: RewardStatus;
}

/** The audit entries (statuses only, never an amount) of the steps that brought a case to its status. */
export function caseSteps(demoCase: DemoCase, times: StepTimes): AuditedStep[] {
  const recognition = demoCase.kind === K.RECOGNITION;
  const steps: AuditedStep[] = [
    {
      action: 'reward.propose',
      actor: null,
      at: times.proposedAt,
      from: null,
      to: recognition ? S.RECOGNISED : S.PROPOSED,
    },
  ];
  if (demoCase.endorsed && times.endorsedAt)
    steps.push({
      action: 'reward.endorse',
      actor: demoCase.endorsed.by,
      at: times.endorsedAt,
      from: S.PROPOSED,
      to: S.ENDORSED,
    });
  if (times.decidedAt) {
    const recognised = demoCase.status === S.RECOGNISED;
    steps.push({
      action: recognised ? 'reward.recognise' : 'reward.decide',
      actor: HR_PERSON,
      at: times.decidedAt,
      from: S.ENDORSED,
      to: recognised ? S.RECOGNISED : S.DECIDED,
    });
  }
  if (times.batchedAt && times.decidedAt)
    steps.push({ action: 'reward.batch', actor: HR_PERSON, at: times.batchedAt, from: S.DECIDED, to: S.BATCHED });
  if (times.paidAt && times.batchedAt)
    steps.push({ action: 'reward.pay', actor: HR_PERSON, at: times.paidAt, from: S.BATCHED, to: S.PAID });
  if (demoCase.rejected && times.rejectedAt)
    steps.push({
      action: 'reward.reject',
      actor: demoCase.rejected.by,
      at: times.rejectedAt,
      from: demoCase.endorsed ? S.ENDORSED : S.PROPOSED,
      to: S.REJECTED,
    });
  return steps;
}

const reachedEvaluation: IdeaStatus[] = [
  IdeaStatus.EVALUATION,
  IdeaStatus.DISCONTINUED,
  IdeaStatus.EXPERIMENT,
  IdeaStatus.IMPLEMENTATION,
  IdeaStatus.IMPLEMENTED,
];

/** When a case of this kind is proposed: the idea's stage change that triggers it. */
const triggeringStatus: Record<RewardKind, IdeaStatus> = {
  RECOGNITION: IdeaStatus.EVALUATION,
  IMPLEMENTATION: IdeaStatus.IMPLEMENTATION,
  THANK_YOU: IdeaStatus.IMPLEMENTED,
  SAVINGS: IdeaStatus.IMPLEMENTED,
};

export async function seedDemoRewards(
  db: Database,
  demoIdeas: readonly DemoIdea[],
  ideaIds: ReadonlyMap<string, number>,
  people: readonly DemoPerson[],
  now: Date,
): Promise<{ rewardCasesCreated: number }> {
  const rewarded = demoIdeas.filter((idea) => reachedEvaluation.includes(idea.status) && ideaIds.has(idea.title));
  const rewardedIds = rewarded.map((idea) => ideaIds.get(idea.title)!);
  if ((await db.rewardCase.count({ where: { ideaId: { in: rewardedIds } } })) > 0) return { rewardCasesCreated: 0 };

  const byName = new Map(people.map((person) => [person.name, person]));
  const person = (name: string) => byName.get(name)!;
  const ideaRows = await db.idea.findMany({
    where: { id: { in: rewardedIds } },
    select: {
      id: true,
      title: true,
      status: true,
      authorId: true,
      events: { where: { type: 'STATUS_CHANGED' }, select: { toStatus: true, createdAt: true } },
    },
  });
  // Someone clicking through may have moved an idea on: it gets no seeded rewards.
  const ideasByTitle = new Map(
    ideaRows
      .filter((row) => rewarded.some((idea) => idea.title === row.title && idea.status === row.status))
      .map((row) => [row.title, row]),
  );
  const ruleVersion = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } });
  const departmentRows = await db.department.findMany({
    where: { slug: { in: departments.map((department) => department.slug) } },
    select: { id: true },
  });
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const dayOf = (at: Date) => dateColumn(helsinkiToday(at));
  const hr = person(HR_PERSON);

  return db.$transaction(
    async (tx) => {
      for (const [index, user] of users.entries()) {
        const row = byName.get(user.name);
        if (!row || user.name === demoRecipientWithoutEmployeeNumber) continue;
        await tx.user.updateMany({
          where: { id: row.id, demo: true, employeeNumber: null },
          data: { employeeNumber: String(100_101 + index), costCentre: costCentres[user.department] },
        });
      }
      await tx.user.updateMany({
        where: { demo: true, id: { in: demoNamedInHallOfFame.flatMap((name) => byName.get(name)?.id ?? []) } },
        data: { namedInHallOfFame: true },
      });

      const recipientsOf = new Map<number, string[]>();
      for (const idea of ideasByTitle.values()) {
        const coAuthors = (demoCoAuthors[idea.title] ?? []).map((name) => person(name).id);
        const submittedAt = idea.events.find((event) => event.toStatus === IdeaStatus.SUBMITTED)?.createdAt ?? now;
        if (coAuthors.length > 0)
          await tx.ideaCoAuthor.createMany({
            data: coAuthors.map((userId) => ({
              ideaId: idea.id,
              userId,
              createdAt: submittedAt,
              confirmedAt: new Date(submittedAt.getTime() + DAY),
            })),
            skipDuplicates: true,
          });
        recipientsOf.set(idea.id, [idea.authorId, ...coAuthors]);
      }

      const cases: (DemoCase & { ideaId: number })[] = [...ideasByTitle.values()].map((idea) => ({
        title: idea.title,
        ideaId: idea.id,
        kind: K.RECOGNITION,
        status: S.RECOGNISED,
        amountCents: 0,
      }));
      for (const demoCase of demoCases) {
        const idea = ideasByTitle.get(demoCase.title);
        if (idea) cases.push({ ...demoCase, ideaId: idea.id });
      }

      // Decision numbers run in the order of the decisions.
      const decisionOrder = cases
        .filter((demoCase) => demoCase.decidedDaysAgo !== undefined)
        .sort((a, b) => b.decidedDaysAgo! - a.decidedDaysAgo!);
      const decisionNumbers = new Map(decisionOrder.map((demoCase, index) => [demoCase, 31 + index]));

      const paidAt = ago(38);
      const paidBatch = await tx.payrollBatch.create({
        data: {
          paymentMonth: dateColumn(`${helsinkiToday(paidAt).slice(0, 7)}-01`),
          createdById: hr.id,
          createdAt: ago(50),
          paidById: hr.id,
          paidAt,
          paymentDate: dayOf(paidAt),
        },
      });
      const openBatchCreatedAt = ago(3);
      const [year, month] = helsinkiToday(openBatchCreatedAt).split('-').map(Number) as [number, number];
      const openBatch = await tx.payrollBatch.create({
        data: {
          paymentMonth: new Date(Date.UTC(year, month, 1)),
          createdById: hr.id,
          createdAt: openBatchCreatedAt,
        },
      });
      const batches = { paid: paidBatch, open: openBatch };
      let firstProposedAt = now;

      for (const demoCase of cases) {
        const idea = [...ideasByTitle.values()].find((row) => row.id === demoCase.ideaId)!;
        const proposedAt =
          idea.events.find((event) => event.toStatus === triggeringStatus[demoCase.kind])?.createdAt ?? ago(30);
        const createdAt =
          demoCase.kind === K.SAVINGS
            ? ago(10)
            : new Date(proposedAt.getTime() + (demoCase.kind === K.RECOGNITION ? 0 : 60_000));
        // A step never happens before the case was proposed.
        const at = (daysAgo: number) => new Date(Math.max(ago(daysAgo).getTime(), createdAt.getTime() + DAY));
        const decidedAt = demoCase.decidedDaysAgo === undefined ? null : at(demoCase.decidedDaysAgo);
        const decisionNumber = decidedAt
          ? `HR ${decisionNumbers.get(demoCase)}/${helsinkiToday(decidedAt).slice(0, 4)}`
          : null;
        const batch = demoCase.batch ? batches[demoCase.batch] : null;
        const recipients = recipientsOf.get(demoCase.ideaId)!;
        const shares = equalShares(recipients.length);
        const cents = splitCents(demoCase.amountCents, shares);
        const row = await tx.rewardCase.create({
          data: {
            ideaId: demoCase.ideaId,
            kind: demoCase.kind,
            status: demoCase.status,
            ruleVersionId: ruleVersion.id,
            computedCents: demoCase.amountCents,
            amountCents: demoCase.amountCents,
            basisSavingsCents: demoCase.basisSavingsCents,
            withinOwnDuties: demoCase.withinOwnDuties ?? false,
            endorsedById: demoCase.endorsed ? person(demoCase.endorsed.by).id : null,
            endorsedAt: demoCase.endorsed ? at(demoCase.endorsed.daysAgo) : null,
            decidedById: decidedAt ? hr.id : null,
            decidedAt,
            decisionNumber,
            decisionDate: decidedAt ? dayOf(decidedAt) : null,
            rejectedById: demoCase.rejected ? person(demoCase.rejected.by).id : null,
            rejectedAt: demoCase.rejected ? at(demoCase.rejected.daysAgo) : null,
            rejectionReason: demoCase.rejected?.reason,
            batchId: batch?.id,
            paidAt: demoCase.status === S.PAID ? paidAt : null,
            createdAt,
            shares: {
              create: recipients.map((userId, index) => ({
                userId,
                shareBasisPoints: shares[index]!,
                amountCents: cents[index]!,
              })),
            },
          },
          select: { id: true },
        });
        if (createdAt < firstProposedAt) firstProposedAt = createdAt;
        await tx.auditLog.createMany({
          data: caseSteps(demoCase, {
            proposedAt: createdAt,
            endorsedAt: demoCase.endorsed ? at(demoCase.endorsed.daysAgo) : null,
            decidedAt,
            batchedAt: batch?.createdAt ?? null,
            paidAt: demoCase.status === S.PAID ? paidAt : null,
            rejectedAt: demoCase.rejected ? at(demoCase.rejected.daysAgo) : null,
          }).map((step) => ({
            actorId: step.actor === null ? null : person(step.actor).id,
            action: step.action,
            targetType: 'reward_case',
            targetId: String(row.id),
            before: step.from ? { status: step.from } : undefined,
            after: {
              status: step.to,
              ...(step.action === 'reward.propose'
                ? { ideaId: demoCase.ideaId, kind: demoCase.kind, ruleVersion: ruleVersion.id }
                : {}),
              ...(step.action === 'reward.batch' || step.action === 'reward.pay' ? { batchId: batch!.id } : {}),
            },
            createdAt: step.at,
          })),
        });
        if (!batch || !decidedAt) continue;
        const recipientRows = await tx.user.findMany({
          where: { id: { in: recipients } },
          select: { id: true, name: true, employeeNumber: true, costCentre: true },
        });
        await tx.payrollLine.createMany({
          data: recipients.map((userId, index) => {
            const recipient = recipientRows.find((candidate) => candidate.id === userId)!;
            return {
              batchId: batch.id,
              caseId: row.id,
              userId,
              employeeNumber: recipient.employeeNumber!,
              name: recipient.name,
              payCode: '202',
              grossCents: cents[index]!,
              socialInsuranceDue: demoCase.withinOwnDuties ?? false,
              costCentre: recipient.costCentre,
              ...earningPeriodOf(dayOf(decidedAt), decidedAt),
              taxYear: batch.paymentMonth.getUTCFullYear(),
              decisionNumber: decisionNumber!,
              ideaId: demoCase.ideaId,
              shareBasisPoints: shares[index]!,
            } satisfies Prisma.PayrollLineCreateManyInput;
          }),
        });
      }

      // The rules the cases were computed by existed before the first of them (the migration dated
      // version 1 to the day it ran).
      await tx.rewardRuleVersion.updateMany({
        where: { id: ruleVersion.id, createdAt: { gt: firstProposedAt } },
        data: { createdAt: new Date(firstProposedAt.getTime() - DAY) },
      });

      // The savings reward's basis: its realised benefit was confirmed ten days ago. Confirming queues a
      // proposal (a database trigger); the case is inserted above, so the queued row is dropped.
      const savingsIdea = cases.find((demoCase) => demoCase.kind === K.SAVINGS);
      if (savingsIdea) {
        await tx.acceleratorCard.updateMany({
          where: { ideaId: savingsIdea.ideaId, benefitConfirmedAt: null },
          data: { benefitConfirmedAt: ago(10), realisedSavingsCents: savingsIdea.basisSavingsCents },
        });
        await tx.rewardTrigger.deleteMany({ where: { ideaId: savingsIdea.ideaId, kind: K.SAVINGS } });
      }

      const budgetYear = Number(helsinkiToday(now).slice(0, 4));
      await tx.rewardBudget.createMany({
        data: departmentRows.map((department, index) => ({
          departmentId: department.id,
          year: budgetYear,
          amountCents: 300_000 + index * 100_000,
        })),
        skipDuplicates: true,
      });
      return { rewardCasesCreated: cases.length };
    },
    { timeout: 60_000 },
  );
}
