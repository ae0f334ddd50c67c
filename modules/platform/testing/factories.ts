import { IdeaStatus, RewardKind, RewardStatus, Role, type Database } from '../db/client';
import { splitCents } from '@/modules/rewards/split';

// Factories insert exactly what a test needs, with unique values, so test files can run in
// parallel against one database without seeing each other's rows.

let counter = 0;
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export function createDepartment(
  db: Database,
  overrides: Partial<{ nameFi: string; nameSv: string; nameEn: string }> = {},
) {
  const slug = unique('dept');
  return db.department.create({
    data: { slug, nameFi: `Osasto ${slug}`, nameSv: `Avdelning ${slug}`, nameEn: `Department ${slug}`, ...overrides },
  });
}

export function createCategory(
  db: Database,
  overrides: Partial<{ nameFi: string; nameSv: string; nameEn: string }> = {},
) {
  const slug = unique('cat');
  return db.category.create({
    data: { slug, nameFi: `Luokka ${slug}`, nameSv: `Kategori ${slug}`, nameEn: `Category ${slug}`, ...overrides },
  });
}

/** A campaign open from a day ago for a month unless its window is given; aimed at everyone. */
export function createCampaign(
  db: Database,
  overrides: Partial<{ opensAt: Date; closesAt: Date; titleFi: string; departmentIds: string[] }> = {},
) {
  const slug = unique('campaign');
  const { departmentIds = [], ...fields } = overrides;
  return db.campaign.create({
    data: {
      slug,
      titleFi: `Ideahaku ${slug}`,
      titleSv: `Idéinsamling ${slug}`,
      titleEn: `Campaign ${slug}`,
      descriptionFi: 'Miten voisimme säästää energiaa?',
      descriptionSv: 'Hur kunde vi spara energi?',
      descriptionEn: 'How could we save energy?',
      opensAt: new Date(Date.now() - 24 * 3600_000),
      closesAt: new Date(Date.now() + 30 * 24 * 3600_000),
      ...fields,
      departments: { create: departmentIds.map((departmentId) => ({ departmentId })) },
    },
  });
}

export function createUser(
  db: Database,
  overrides: Partial<{ name: string; roles: Role[]; departmentId: string }> = {},
) {
  const handle = unique('user');
  return db.user.create({
    data: { name: `Testi Käyttäjä ${handle}`, email: `${handle}@test.example`, roles: [Role.EMPLOYEE], ...overrides },
  });
}

export interface IdeaOverrides {
  title?: string;
  body?: string;
  status?: IdeaStatus;
  authorId?: string;
  categoryId?: string;
  anonymous?: boolean;
  publishedAt?: Date | null;
  /** The departments the idea concerns (managers act on their own departments' ideas). */
  departmentIds?: string[];
}

export async function createIdea(db: Database, overrides: IdeaOverrides = {}) {
  const authorId = overrides.authorId ?? (await createUser(db)).id;
  const status = overrides.status ?? IdeaStatus.PUBLISHED;
  return db.idea.create({
    data: {
      title: overrides.title ?? `Idea ${unique('idea')}`,
      body: overrides.body ?? 'Kuvaus ideasta.',
      status,
      authorId,
      categoryId: overrides.categoryId,
      anonymous: overrides.anonymous ?? false,
      publishedAt:
        overrides.publishedAt === undefined ? (status === IdeaStatus.DRAFT ? null : new Date()) : overrides.publishedAt,
      ...(overrides.departmentIds?.length
        ? { departments: { create: overrides.departmentIds.map((departmentId) => ({ departmentId })) } }
        : {}),
    },
  });
}

/** The signed-in person a server function receives, for a user row (a manager's departments as the session loads them). */
export function actorOf(user: { id: string; roles: Role[] }, departmentIds: string[] = []) {
  return { id: user.id, roles: user.roles, active: true, departmentIds };
}

/** A manager of one department, as a user row and as the signed-in actor. */
export async function createManager(db: Database, departmentId: string) {
  const user = await createUser(db, { roles: [Role.EMPLOYEE, Role.MANAGER], departmentId });
  return { user, actor: actorOf(user, [departmentId]) };
}

/** Where a test's request "came from", for audit entries it does not look at. */
export const testOrigin = { ip: null, userAgent: 'vitest', requestId: null };

export interface RewardCaseOverrides {
  ideaId?: number;
  /** The idea's departments when the factory makes the idea. */
  departmentIds?: string[];
  kind?: RewardKind;
  status?: RewardStatus;
  amountCents?: number;
  withinOwnDuties?: boolean;
  /** Recipients and their shares in basis points (default: the idea's author, 10000). */
  shares?: { userId: string; shareBasisPoints: number }[];
  decisionNumber?: string;
  decisionDate?: Date;
}

/**
 * A reward case written straight into a status (an insert, which the chain's trigger allows), with
 * shares whose cents sum exactly to the amount. Version 1 of the rules comes with the migration.
 */
export async function createRewardCase(db: Database, overrides: RewardCaseOverrides = {}) {
  const ideaId =
    overrides.ideaId ??
    (await createIdea(db, { status: IdeaStatus.IMPLEMENTATION, departmentIds: overrides.departmentIds })).id;
  const idea = await db.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { authorId: true } });
  const amountCents = overrides.amountCents ?? 30_000;
  const shares = overrides.shares ?? [{ userId: idea.authorId, shareBasisPoints: 10_000 }];
  const cents = splitCents(
    amountCents,
    shares.map((share) => share.shareBasisPoints),
  );
  const status = overrides.status ?? RewardStatus.PROPOSED;
  const decided = ([RewardStatus.DECIDED, RewardStatus.BATCHED, RewardStatus.PAID] as RewardStatus[]).includes(status);
  const ruleVersion = await db.rewardRuleVersion.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } });
  return db.rewardCase.create({
    data: {
      ideaId,
      kind: overrides.kind ?? RewardKind.IMPLEMENTATION,
      status,
      ruleVersionId: ruleVersion.id,
      computedCents: amountCents,
      amountCents,
      withinOwnDuties: overrides.withinOwnDuties ?? false,
      ...(decided
        ? {
            decidedAt: new Date(),
            decisionNumber: overrides.decisionNumber ?? unique('HR'),
            decisionDate: overrides.decisionDate ?? new Date(Date.UTC(2026, 10, 2)),
          }
        : {}),
      shares: {
        create: shares.map((share, index) => ({
          userId: share.userId,
          shareBasisPoints: share.shareBasisPoints,
          amountCents: cents[index]!,
        })),
      },
    },
    include: { shares: true },
  });
}
