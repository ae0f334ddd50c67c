import { can, type Actor } from '@/modules/access/permissions';
import { RewardKind, RewardStatus, type Database } from '@/modules/platform/db/client';

// "Omat palkkiot": the reader's own reward shares. Only their own share's amount and percentage are
// selected, never the case's total or anyone else's share, so nothing here can leak a colleague's
// money however the page renders it.

export interface MyReward {
  caseId: number;
  idea: { id: number; title: string };
  kind: RewardKind;
  status: RewardStatus;
  /** When the case last moved (proposed, endorsed, decided, batched, paid or rejected). */
  lastStepAt: Date;
  /** The reader's own share: cents and basis points (10000 = 100 %). */
  amountCents: number;
  shareBasisPoints: number;
  /** Whether others share the reward: the page says so, without naming them. */
  shared: boolean;
  decisionNumber: string | null;
  decisionDate: Date | null;
  paidOn: Date | null;
  rejectionReason: string | null;
  /** Proposed or endorsed: the amount is only a proposal until HR decides it. */
  undecided: boolean;
  /** Decided with money, but payroll cannot pay it before the reader has an employee number. */
  waitsForEmployeeNumber: boolean;
}

const decidedStatuses: readonly RewardStatus[] = [RewardStatus.DECIDED, RewardStatus.BATCHED, RewardStatus.PAID];
const undecidedStatuses: readonly RewardStatus[] = [RewardStatus.PROPOSED, RewardStatus.ENDORSED];

/** A share that is, or may become, money: a recognition or a 0 € case is only a thank-you in words. */
export function carriesMoney(reward: Pick<MyReward, 'kind' | 'status' | 'amountCents'>): boolean {
  return reward.kind !== RewardKind.RECOGNITION && reward.status !== RewardStatus.REJECTED && reward.amountCents > 0;
}

/** The signed-in person's reward shares, newest first; null when they may not read their own rewards. */
export async function listMyRewards(db: Database, actor: Actor | null): Promise<MyReward[] | null> {
  if (!actor?.active || !can(actor, 'reward.read', { ownerIds: [actor.id] })) return null;
  const [reader, shares] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { employeeNumber: true } }),
    db.rewardShare.findMany({
      where: { userId: actor.id },
      orderBy: [{ rewardCase: { createdAt: 'desc' } }, { caseId: 'desc' }],
      select: {
        caseId: true,
        amountCents: true,
        shareBasisPoints: true,
        rewardCase: {
          select: {
            kind: true,
            status: true,
            createdAt: true,
            endorsedAt: true,
            decidedAt: true,
            decisionNumber: true,
            decisionDate: true,
            rejectedAt: true,
            rejectionReason: true,
            paidAt: true,
            _count: { select: { shares: true } },
            batch: { select: { createdAt: true, paymentDate: true } },
            idea: { select: { id: true, title: true } },
          },
        },
      },
    }),
  ]);
  const hasEmployeeNumber = Boolean(reader?.employeeNumber);
  return shares.map(({ caseId, amountCents, shareBasisPoints, rewardCase }) => {
    const decided = decidedStatuses.includes(rewardCase.status) || rewardCase.decidedAt !== null;
    return {
      caseId,
      idea: rewardCase.idea,
      kind: rewardCase.kind,
      status: rewardCase.status,
      lastStepAt: lastStepOf(rewardCase),
      amountCents,
      shareBasisPoints,
      shared: rewardCase._count.shares > 1,
      decisionNumber: decided ? rewardCase.decisionNumber : null,
      decisionDate: decided ? rewardCase.decisionDate : null,
      paidOn:
        rewardCase.status === RewardStatus.PAID ? (rewardCase.batch?.paymentDate ?? rewardCase.paidAt ?? null) : null,
      rejectionReason: rewardCase.status === RewardStatus.REJECTED ? rewardCase.rejectionReason : null,
      undecided: undecidedStatuses.includes(rewardCase.status),
      waitsForEmployeeNumber:
        !hasEmployeeNumber &&
        rewardCase.status === RewardStatus.DECIDED &&
        carriesMoney({ kind: rewardCase.kind, status: rewardCase.status, amountCents }),
    };
  });
}

interface CaseDates {
  status: RewardStatus;
  createdAt: Date;
  endorsedAt: Date | null;
  decidedAt: Date | null;
  rejectedAt: Date | null;
  paidAt: Date | null;
  batch: { createdAt: Date } | null;
}

function lastStepOf(rewardCase: CaseDates): Date {
  const S = RewardStatus;
  const byStatus: Record<RewardStatus, Date | null | undefined> = {
    [S.PROPOSED]: rewardCase.createdAt,
    [S.ENDORSED]: rewardCase.endorsedAt,
    [S.DECIDED]: rewardCase.decidedAt,
    // A recognition is created recognised; an own-duties case was decided at 0 €.
    [S.RECOGNISED]: rewardCase.decidedAt,
    [S.BATCHED]: rewardCase.batch?.createdAt,
    [S.PAID]: rewardCase.paidAt,
    [S.REJECTED]: rewardCase.rejectedAt,
  };
  return byStatus[rewardCase.status] ?? rewardCase.createdAt;
}
