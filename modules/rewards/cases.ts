import { z } from 'zod';
import { can, holdsSomewhere, type Actor } from '@/modules/access/permissions';
import { sentenceFor } from '@/modules/audit/sentences';
import type { AppLocale } from '@/modules/i18n/locales';
import { localizedName, localizedNameSelect } from '@/modules/i18n/localized-name';
import { coAuthorIdsOf, ownershipSelect } from '@/modules/ideas/ownership';
import { canSeeHiddenAuthor } from '@/modules/ideas/visibility';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { RewardKind, RewardStatus } from '@/modules/platform/db/generated/enums';
import { managersOfDepartments } from '@/modules/users/managers';
import { rewardViewer, type RewardViewer } from './access';
import { availableRewardSteps, type RewardCaseFacts, type RewardStepName } from './chain';
import { ensureRewardsProposed } from './proposals';

// What HR and endorsing managers read about reward cases: the list and one case. Every case shown
// passes `rewardViewer`; a person who may not see a case gets null ("not found"), never a refusal
// that would confirm the case exists. Lists are scoped in the `where` as well.

export const rewardCasePageSize = 25;

/** The list's filters as the address carries them; anything unreadable is simply no filter. */
export const caseFiltersInput = z.object({
  status: z.enum(RewardStatus).optional().catch(undefined),
  kind: z.enum(RewardKind).optional().catch(undefined),
  department: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type CaseFilters = z.infer<typeof caseFiltersInput>;

export function caseFiltersFrom(params: Record<string, string | string[] | undefined>): CaseFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return caseFiltersInput.parse({
    status: first(params.status),
    kind: first(params.kind),
    department: first(params.department),
    q: first(params.q),
    page: first(params.page),
  });
}

export interface RewardCaseListItem {
  id: number;
  idea: { id: number; title: string };
  kind: RewardKind;
  status: RewardStatus;
  amountCents: number;
  departments: string[];
  recipientCount: number;
  createdAt: Date;
}

/** Cases and money of one stage of the chain, over every case the filters match (not only this page). */
export interface RewardCaseTotal {
  count: number;
  cents: number;
}

/** Money that means something: waiting (proposed, endorsed), decided (decided, in a batch), paid. */
export type RewardCaseTotals = Record<'waiting' | 'decided' | 'paid', RewardCaseTotal>;

/** Rejected cases and recognitions without money are never counted as money. */
const totalOf: Partial<Record<RewardStatus, keyof RewardCaseTotals>> = {
  PROPOSED: 'waiting',
  ENDORSED: 'waiting',
  DECIDED: 'decided',
  BATCHED: 'decided',
  PAID: 'paid',
};

export interface RewardCaseList {
  /** HR sees every case; a manager the cases of their departments' ideas. */
  scope: 'hr' | 'endorser';
  items: RewardCaseListItem[];
  total: number;
  totals: RewardCaseTotals;
  page: number;
  pages: number;
  /** The departments the department filter offers. */
  departments: { id: string; name: string }[];
}

/** Whose cases the actor may list: all (HR), their departments' (a manager), or none. */
function listScope(actor: Actor | null): { scope: 'hr' | 'endorser'; where: Prisma.RewardCaseWhereInput } | null {
  if (!actor?.active) return null;
  if (can(actor, 'reward.read', { ownerIds: [] }) && can(actor, 'reward.decide')) return { scope: 'hr', where: {} };
  const departmentIds = actor.departmentIds ?? [];
  if (!holdsSomewhere(actor, 'reward.endorse') || departmentIds.length === 0) return null;
  return {
    scope: 'endorser',
    where: { idea: { departments: { some: { departmentId: { in: [...departmentIds] } } } } },
  };
}

function searchWhere(q: string | undefined): Prisma.RewardCaseWhereInput {
  if (!q) return {};
  const number = /^#?(\d{1,9})$/.exec(q);
  if (number) return { ideaId: Number(number[1]) };
  return { idea: { title: { contains: q, mode: 'insensitive' } } };
}

/** The cases list of /rewards: HR's every case, a manager's their departments'; open cases first. */
export async function listRewardCases(
  db: Database,
  actor: Actor | null,
  filters: CaseFilters,
  locale: AppLocale = 'fi',
): Promise<RewardCaseList | null> {
  const scoped = listScope(actor);
  if (!scoped) return null;
  await ensureRewardsProposed(db);
  const where: Prisma.RewardCaseWhereInput = {
    AND: [
      scoped.where,
      filters.status ? { status: filters.status } : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.department ? { idea: { departments: { some: { departmentId: filters.department } } } } : {},
      searchWhere(filters.q),
    ],
  };
  const departmentWhere: Prisma.DepartmentWhereInput =
    scoped.scope === 'hr' ? {} : { id: { in: [...(actor?.departmentIds ?? [])] } };
  const [total, sums, rows, departments] = await Promise.all([
    db.rewardCase.count({ where }),
    db.rewardCase.groupBy({ by: ['status'], where, _count: { _all: true }, _sum: { amountCents: true } }),
    db.rewardCase.findMany({
      where,
      // The enum's order puts what waits first: proposed (to endorse), endorsed (to decide).
      orderBy: [{ status: 'asc' }, { id: 'desc' }],
      skip: (filters.page - 1) * rewardCasePageSize,
      take: rewardCasePageSize,
      select: {
        id: true,
        kind: true,
        status: true,
        amountCents: true,
        createdAt: true,
        idea: {
          select: {
            id: true,
            title: true,
            departments: { select: { departmentId: true, department: { select: localizedNameSelect } } },
          },
        },
        shares: { select: { userId: true } },
      },
    }),
    db.department.findMany({
      where: departmentWhere,
      orderBy: { slug: 'asc' },
      select: { id: true, ...localizedNameSelect },
    }),
  ]);
  const items = rows
    .filter((row) =>
      rewardViewer(actor, {
        departmentIds: row.idea.departments.map((department) => department.departmentId),
        recipientIds: row.shares.map((share) => share.userId),
      }),
    )
    .map((row) => ({
      id: row.id,
      idea: { id: row.idea.id, title: row.idea.title },
      kind: row.kind,
      status: row.status,
      amountCents: row.amountCents,
      departments: row.idea.departments.map((department) => localizedName(department.department, locale)),
      recipientCount: row.shares.length,
      createdAt: row.createdAt,
    }));
  const totals: RewardCaseTotals = {
    waiting: { count: 0, cents: 0 },
    decided: { count: 0, cents: 0 },
    paid: { count: 0, cents: 0 },
  };
  for (const sum of sums) {
    const stage = totalOf[sum.status];
    if (!stage) continue;
    totals[stage].count += sum._count._all;
    totals[stage].cents += sum._sum.amountCents ?? 0;
  }
  return {
    scope: scoped.scope,
    items,
    total,
    totals,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / rewardCasePageSize)),
    departments: departments
      .map((department) => ({ id: department.id, name: localizedName(department, locale) }))
      .toSorted((a, b) => a.name.localeCompare(b.name, locale)),
  };
}

/** Cases waiting for this manager's endorsement: the count beside "Puollettavat palkkiot". */
export async function casesToEndorseCount(db: Database, actor: Actor): Promise<number> {
  const departmentIds = actor.departmentIds ?? [];
  if (!actor.active || !holdsSomewhere(actor, 'reward.endorse') || departmentIds.length === 0) return 0;
  return db.rewardCase.count({
    where: {
      status: RewardStatus.PROPOSED,
      idea: { departments: { some: { departmentId: { in: [...departmentIds] } } } },
    },
  });
}

export interface RewardCaseShare {
  userId: string;
  /** Null when the reader may not know who an anonymous idea's author is. */
  name: string | null;
  shareBasisPoints: number;
  amountCents: number;
}

export interface RewardCaseStep {
  id: string;
  at: Date;
  action: string;
  sentenceKey: string;
  actorName: string | null;
}

const caseSelect = {
  id: true,
  kind: true,
  status: true,
  computedCents: true,
  amountCents: true,
  amountChangeReason: true,
  basisSavingsCents: true,
  withinOwnDuties: true,
  endorsedAt: true,
  decidedAt: true,
  decisionNumber: true,
  decisionDate: true,
  rejectedAt: true,
  rejectionReason: true,
  batchId: true,
  paidAt: true,
  createdAt: true,
  updatedAt: true,
  endorsedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
  rejectedBy: { select: { name: true } },
  ruleVersion: {
    select: {
      id: true,
      recognitionOnEvaluation: true,
      implementationCents: true,
      thankYouCents: true,
      savingsShareBasisPoints: true,
      savingsMinimumCents: true,
      savingsMaximumCents: true,
    },
  },
  idea: {
    select: {
      id: true,
      title: true,
      status: true,
      anonymous: true,
      authorId: true,
      coAuthors: ownershipSelect.coAuthors,
      departments: { select: { departmentId: true, department: { select: localizedNameSelect } } },
    },
  },
  shares: {
    orderBy: [{ shareBasisPoints: 'desc' }, { userId: 'asc' }],
    select: { userId: true, shareBasisPoints: true, amountCents: true, user: { select: { name: true } } },
  },
} as const satisfies Prisma.RewardCaseSelect;

/** What the chain needs to move a case: its status, its idea's departments, whether anyone can endorse. */
export async function caseFactsOf(
  db: Database | Prisma.TransactionClient,
  status: RewardStatus,
  departmentIds: readonly string[],
): Promise<RewardCaseFacts> {
  const managers = departmentIds.length > 0 ? await managersOfDepartments(db, departmentIds) : [];
  return { status, departmentIds, hasEndorser: managers.length > 0 };
}

export function caseIdOf(text: string): number {
  return /^\d{1,9}$/.test(text) ? Number(text) : 0;
}

/** One case as /rewards/<id> shows it, with the steps this person may take; null = not found. */
export async function findRewardCase(db: Database, actor: Actor | null, caseId: number, locale: AppLocale = 'fi') {
  if (!actor?.active || !Number.isSafeInteger(caseId) || caseId < 1) return null;
  const row = await db.rewardCase.findUnique({ where: { id: caseId }, select: caseSelect });
  if (!row) return null;
  const departmentIds = row.idea.departments.map((department) => department.departmentId);
  const viewer = rewardViewer(actor, { departmentIds, recipientIds: row.shares.map((share) => share.userId) });
  if (!viewer) return null;
  const facts = await caseFactsOf(db, row.status, departmentIds);
  const ideaFacts = {
    status: row.idea.status,
    authorId: row.idea.authorId,
    coAuthorIds: coAuthorIdsOf(row.idea),
  };
  const namesHidden = row.idea.anonymous && !canSeeHiddenAuthor(actor, ideaFacts);
  const shares: RewardCaseShare[] = row.shares
    .filter((share) => viewer.kind !== 'recipient' || share.userId === viewer.userId)
    .map((share) => ({
      userId: share.userId,
      name: namesHidden && share.userId !== actor.id ? null : share.user.name,
      shareBasisPoints: share.shareBasisPoints,
      amountCents: share.amountCents,
    }));
  const entries = await db.auditLog.findMany({
    where: { targetType: 'reward_case', targetId: String(row.id) },
    orderBy: { id: 'asc' },
    select: { id: true, createdAt: true, action: true, actor: { select: { name: true } } },
  });
  const steps: RewardCaseStep[] = entries.map((entry) => ({
    id: String(entry.id),
    at: entry.createdAt,
    action: entry.action,
    sentenceKey: sentenceFor(entry.action).key,
    actorName: entry.actor?.name ?? null,
  }));
  const { idea } = row;
  const seesWhole = viewer.kind !== 'recipient';
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    withinOwnDuties: row.withinOwnDuties,
    ruleVersion: row.ruleVersion,
    createdAt: row.createdAt,
    endorsedAt: row.endorsedAt,
    endorsedBy: row.endorsedBy,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    rejectedAt: row.rejectedAt,
    rejectedBy: row.rejectedBy,
    rejectionReason: row.rejectionReason,
    batchId: row.batchId,
    paidAt: row.paidAt,
    // A recipient sees their own share only: not the total, not what the rules gave the case.
    amountCents: seesWhole ? row.amountCents : null,
    computedCents: seesWhole ? row.computedCents : null,
    basisSavingsCents: seesWhole ? row.basisSavingsCents : null,
    amountChangeReason: seesWhole ? row.amountChangeReason : null,
    viewer: viewer satisfies RewardViewer,
    idea: {
      id: idea.id,
      title: idea.title,
      anonymous: idea.anonymous,
      departments: idea.departments.map((department) => localizedName(department.department, locale)),
    },
    departmentIds,
    hasEndorser: facts.hasEndorser,
    shares,
    steps,
    available: (viewer.kind === 'recipient' ? [] : availableRewardSteps(actor, facts)) as RewardStepName[],
    /** HR, and the endorsing manager before endorsement, may change the split. */
    mayEditShares: mayEditShares(actor, facts),
  };
}

export type RewardCaseDetails = NonNullable<Awaited<ReturnType<typeof findRewardCase>>>;

/** THE rule for editing shares: HR until the case is in a batch; the endorsing manager before endorsing. */
export function mayEditShares(actor: Actor | null, facts: RewardCaseFacts): boolean {
  if (can(actor, 'reward.decide'))
    return ([RewardStatus.PROPOSED, RewardStatus.ENDORSED, RewardStatus.DECIDED] as RewardStatus[]).includes(
      facts.status,
    );
  return (
    facts.status === RewardStatus.PROPOSED &&
    can(actor, 'reward.endorse', { ownerIds: [], departmentIds: facts.departmentIds })
  );
}
