import { splitCents } from '../modules/rewards/split';
import { IdeaStatus, RewardKind, RewardStatus, Role } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';
import { marker } from './accelerator-fixtures';

// Reward cases made straight in the database for browser tests (any helper's): an idea with its
// departments, author and confirmed co-authors, and a case in the wanted status with its shares.
// Every person is signed in, so a test can act as any of them. Names carry a unique tag.

type SignedIn = Awaited<ReturnType<typeof createSignedInUser>>;

export interface RewardedIdeaOptions {
  tag?: string;
  /** How many departments the idea names (each a new one); 0 = none (nobody can endorse). */
  departments?: number;
  /** A signed-in manager for the first department. Default true when there is a department. */
  withManager?: boolean;
  coAuthors?: number;
  anonymous?: boolean;
  ideaStatus?: IdeaStatus;
  kind?: RewardKind;
  status?: RewardStatus;
  /** The case's total; the rules "gave" `computedCents` (default: the same). */
  amountCents?: number;
  computedCents?: number;
  /** Percent of each recipient in basis points, author first; default equal. */
  shareBasisPoints?: number[];
  withinOwnDuties?: boolean;
}

function equalBasisPoints(count: number): number[] {
  const base = Math.floor(10_000 / count);
  return Array.from({ length: count }, (_, index) => base + (index < 10_000 - base * count ? 1 : 0));
}

/** An idea with a reward case in the given status; the people and ids a test needs. */
export async function rewardedIdea(options: RewardedIdeaOptions = {}) {
  const db = e2eDb();
  const tag = options.tag ?? marker();
  const departments = await Promise.all(
    Array.from({ length: options.departments ?? 1 }, (_, index) =>
      db.department.create({
        data: {
          slug: `reward-${tag}-${index}`,
          nameFi: `Palkkio-osasto ${tag}${index ? ` ${index + 1}` : ''}`,
          nameSv: `Belöningsavdelning ${tag}${index ? ` ${index + 1}` : ''}`,
          nameEn: `Reward department ${tag}${index ? ` ${index + 1}` : ''}`,
        },
      }),
    ),
  );
  const manager: SignedIn | null =
    departments[0] && (options.withManager ?? true)
      ? await createSignedInUser(`Elli Esihenkilö ${tag}`, [Role.EMPLOYEE, Role.MANAGER], {
          departmentId: departments[0].id,
        })
      : null;
  const author = await createSignedInUser(`Aino Aloitteentekijä ${tag}`, [Role.EMPLOYEE], {
    departmentId: departments[0]?.id,
  });
  const coAuthors: SignedIn[] = [];
  for (let index = 0; index < (options.coAuthors ?? 0); index += 1)
    coAuthors.push(await createSignedInUser(`Kaisa Kanssakirjoittaja${index + 1} ${tag}`));
  const idea = await db.idea.create({
    data: {
      title: `Palkittava idea ${tag}`,
      body: 'Idea, josta ehdotetaan aloitepalkkiota.',
      authorId: author.user.id,
      anonymous: options.anonymous ?? false,
      status: options.ideaStatus ?? IdeaStatus.IMPLEMENTATION,
      publishedAt: new Date(),
      statusChangedAt: new Date(),
      departments: { create: departments.map((department) => ({ departmentId: department.id })) },
      coAuthors: { create: coAuthors.map((person) => ({ userId: person.user.id, confirmedAt: new Date() })) },
      acceleratorCard: { create: {} },
    },
  });
  const recipients = [author, ...coAuthors];
  const basisPoints = options.shareBasisPoints ?? equalBasisPoints(recipients.length);
  const amountCents = options.amountCents ?? 30_000;
  const cents = splitCents(amountCents, basisPoints);
  const status = options.status ?? RewardStatus.PROPOSED;
  const decided = ([RewardStatus.DECIDED, RewardStatus.BATCHED, RewardStatus.PAID] as RewardStatus[]).includes(status);
  const endorsed = decided || status === RewardStatus.ENDORSED;
  const rules = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true } });
  const rewardCase = await db.rewardCase.create({
    data: {
      ideaId: idea.id,
      kind: options.kind ?? RewardKind.IMPLEMENTATION,
      status,
      ruleVersionId: rules.id,
      computedCents: options.computedCents ?? amountCents,
      amountCents,
      withinOwnDuties: options.withinOwnDuties ?? false,
      ...(endorsed ? { endorsedAt: new Date(), endorsedById: manager?.user.id ?? null } : {}),
      ...(decided
        ? { decidedAt: new Date(), decisionNumber: `HR ${tag}`, decisionDate: new Date(Date.UTC(2026, 10, 2)) }
        : {}),
      ...(status === RewardStatus.REJECTED ? { rejectedAt: new Date(), rejectionReason: 'Testin hylkäys' } : {}),
      shares: {
        create: recipients.map((person, index) => ({
          userId: person.user.id,
          shareBasisPoints: basisPoints[index]!,
          amountCents: cents[index]!,
        })),
      },
    },
  });
  return { tag, departments, manager, author, coAuthors, idea, rewardCase };
}

/** A signed-in HR person. */
export function createHrUser(tag: string) {
  return createSignedInUser(`Hilkka Henkilöstöhallinto ${tag}`, [Role.EMPLOYEE, Role.HR]);
}
