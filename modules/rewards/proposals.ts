import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import { notify } from '@/modules/ideas/notifications';
import { ownerIdsOf, ownershipSelect } from '@/modules/ideas/ownership';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { NotificationType, RewardKind, RewardStatus } from '@/modules/platform/db/generated/enums';
import { managersOfDepartments } from '@/modules/users/managers';
import { currentRuleVersion, rulesOf, type RuleVersion } from './rule-versions';
import { computeReward, type RewardBasis } from './rules';
import { equalShares, splitCentsEqually } from './split';

// Reward cases are proposed from a queue: database triggers add a `reward_triggers` row in the same
// transaction as an idea's stage change or a confirmed benefit (migration 20261126215004_rewards),
// and any instance drains it here. Taken rows are locked with SKIP LOCKED and deleted in the
// proposing transaction, so two instances never take the same row, and a failed proposal leaves
// its rows for the next drain. The unique (idea, kind) makes a case happen once even when the
// queue holds the same work twice (docs/decisions/0028; what a case is computed from: 0031).

type Tx = Prisma.TransactionClient;

/** VAU itself proposes: no person, no request. */
const proposerOrigin: RequestOrigin = { ip: null, userAgent: null, requestId: null };

const kindFromSql: Record<string, RewardKind> = {
  recognition: RewardKind.RECOGNITION,
  implementation: RewardKind.IMPLEMENTATION,
  thank_you: RewardKind.THANK_YOU,
  savings: RewardKind.SAVINGS,
};

/** Who answered "within the author's own duties?" in a submitted evaluation, and how. */
export interface OwnDutiesAnswers {
  yes: number;
  no: number;
}

/**
 * THE rule for "is this idea within the author's own duties": the majority of the submitted
 * evaluations that answered yes or no. A tie counts as yes (an evaluator who knows the author's
 * job said so, and HR can still decide to pay with a reason); no answer at all counts as no.
 */
export function withinOwnDutiesByMajority({ yes, no }: OwnDutiesAnswers): boolean {
  return yes + no > 0 && yes >= no;
}

/** What the rules need to know about the idea, read when its case is proposed. */
async function basisOf(tx: Tx, ideaId: number): Promise<(RewardBasis & { departmentIds: string[] }) | null> {
  const idea = await tx.idea.findUnique({
    where: { id: ideaId },
    select: {
      expectedSavingsEur: true,
      departments: { select: { departmentId: true } },
      acceleratorCard: { select: { realisedSavingsCents: true } },
      evaluations: {
        where: { submittedAt: { not: null } },
        select: { withinOwnDuties: true, estimatedSavingsCents: true },
      },
    },
  });
  if (!idea) return null;
  const answers = {
    yes: idea.evaluations.filter((evaluation) => evaluation.withinOwnDuties === true).length,
    no: idea.evaluations.filter((evaluation) => evaluation.withinOwnDuties === false).length,
  };
  const realisedSavingsCents = idea.acceleratorCard?.realisedSavingsCents ?? null;
  const moneyExpected =
    (idea.expectedSavingsEur !== null && idea.expectedSavingsEur.gt(0)) ||
    idea.evaluations.some((evaluation) => (evaluation.estimatedSavingsCents ?? 0) > 0) ||
    (realisedSavingsCents ?? 0) > 0;
  return {
    withinOwnDuties: withinOwnDutiesByMajority(answers),
    qualitativeOnly: !moneyExpected,
    realisedSavingsCents,
    departmentIds: idea.departments.map((department) => department.departmentId),
  };
}

/** The author first, then the confirmed co-authors in the order they confirmed. */
async function recipientsOf(tx: Tx, ideaId: number): Promise<string[]> {
  const idea = await tx.idea.findUniqueOrThrow({
    where: { id: ideaId },
    select: {
      ...ownershipSelect,
      coAuthors: { ...ownershipSelect.coAuthors, orderBy: [{ confirmedAt: 'asc' }, { userId: 'asc' }] },
    },
  });
  return [...new Set(ownerIdsOf(idea))];
}

/** Proposes the case for one idea and kind; false when the rules give nothing or it exists already. */
async function proposeCase(tx: Tx, ideaId: number, kind: RewardKind, version: RuleVersion): Promise<boolean> {
  const exists = await tx.rewardCase.findUnique({ where: { ideaId_kind: { ideaId, kind } }, select: { id: true } });
  if (exists) return false;
  // An idea removed since its stage change has nobody left to reward.
  const basis = await basisOf(tx, ideaId);
  if (!basis) return false;
  const reward = computeReward(rulesOf(version), kind, basis);
  if (!reward) return false;

  const status = kind === RewardKind.RECOGNITION ? RewardStatus.RECOGNISED : RewardStatus.PROPOSED;
  const basisSavingsCents = kind === RewardKind.SAVINGS ? basis.realisedSavingsCents : null;
  // Another drain may have proposed the same work a moment ago: the unique (idea, kind) decides.
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO reward_cases (idea_id, kind, status, rule_version_id, computed_cents, amount_cents,
      basis_savings_cents, within_own_duties, updated_at)
    VALUES (${ideaId}, ${kind.toLowerCase()}::reward_kind, ${status.toLowerCase()}::reward_status, ${version.id},
      ${reward.amountCents}, ${reward.amountCents}, ${basisSavingsCents}, ${basis.withinOwnDuties}, now())
    ON CONFLICT (idea_id, kind) DO NOTHING
    RETURNING id`;
  const caseId = inserted[0]?.id;
  if (caseId === undefined) return false;

  const recipients = await recipientsOf(tx, ideaId);
  const shares = equalShares(recipients.length);
  const cents = splitCentsEqually(reward.amountCents, recipients.length);
  await tx.rewardShare.createMany({
    data: recipients.map((userId, index) => ({
      caseId,
      userId,
      shareBasisPoints: shares[index]!,
      amountCents: cents[index]!,
    })),
  });
  // Admins read the audit log: the case, its idea and kind, never an amount or a recipient.
  await recordAudit(
    tx,
    {
      actorId: null,
      action: 'reward.propose',
      targetType: 'reward_case',
      targetId: String(caseId),
      after: { ideaId, kind, status, ruleVersion: version.id },
    },
    proposerOrigin,
  );
  if (status === RewardStatus.PROPOSED && (reward.amountCents > 0 || basis.withinOwnDuties))
    await notify(tx, await managersOfDepartments(tx, basis.departmentIds), {
      type: NotificationType.REWARD_TO_ENDORSE,
      actorId: null,
      ideaId,
    });
  return true;
}

export interface ProposalRun {
  /** Queue rows taken (and deleted). */
  taken: number;
  /** Cases created. */
  proposed: number;
}

/**
 * Takes up to `limit` rows from the queue and proposes their cases with the current rules, all in
 * one transaction. Safe to run on every instance at once.
 */
export async function proposePendingRewards(
  db: Database,
  { limit = 50 }: { limit?: number } = {},
): Promise<ProposalRun> {
  return db.$transaction(
    async (tx) => {
      const taken = await tx.$queryRaw<{ idea_id: number; kind: string }[]>`
        DELETE FROM reward_triggers
        WHERE id IN (SELECT id FROM reward_triggers ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING idea_id, kind::text AS kind`;
      if (taken.length === 0) return { taken: 0, proposed: 0 };
      const version = await currentRuleVersion(tx);
      const work = new Map(taken.map((row) => [`${row.idea_id}:${row.kind}`, row]));
      let proposed = 0;
      for (const row of work.values()) {
        const kind = kindFromSql[row.kind];
        if (kind && (await proposeCase(tx, row.idea_id, kind, version))) proposed += 1;
      }
      return { taken: taken.length, proposed };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/**
 * Drains the queue before a reward page reads, so HR and managers never see a page without the
 * cases of stage changes already made. Bounded: a huge backlog is left to the background drain.
 */
export async function ensureRewardsProposed(db: Database, { rounds = 10, limit = 100 } = {}): Promise<number> {
  let proposed = 0;
  for (let round = 0; round < rounds; round += 1) {
    const run = await proposePendingRewards(db, { limit });
    proposed += run.proposed;
    if (run.taken < limit) break;
  }
  return proposed;
}
