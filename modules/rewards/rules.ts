import { RewardKind } from '@/modules/platform/db/generated/enums';

// The reward rules' arithmetic, kept apart from the database so every rounding and limit is tested
// on its own. Money is integer cents; shares of savings are basis points (1000 = 10 %).

export interface RewardRules {
  recognitionOnEvaluation: boolean;
  implementationCents: number;
  thankYouCents: number;
  savingsShareBasisPoints: number;
  savingsMinimumCents: number;
  savingsMaximumCents: number;
}

/** What is known about the idea when its case is proposed. */
export interface RewardBasis {
  /** From the submitted evaluations: ideas within the author's own duties get recognition only. */
  withinOwnDuties: boolean;
  /** Implemented with no money saved (no expected or estimated savings): the thank-you reward. */
  qualitativeOnly: boolean;
  /** Realised first-year net savings, for the savings reward. */
  realisedSavingsCents: number | null;
}

export interface ComputedReward {
  /** What the rules give: 0 for recognition, and for ideas within the author's own duties. */
  amountCents: number;
  /** What the rules would give without the own-duties limit (HR may still decide to pay it). */
  beforeOwnDutiesCents: number;
}

/** The savings reward: a share of the savings within [minimum, maximum], or null when the savings are below it. */
export function savingsReward(rules: RewardRules, savingsCents: number): number | null {
  if (savingsCents <= 0) return null;
  // Half a cent and more rounds up, in integers (basis points of cents stay far below 2^53).
  const share = Math.floor((savingsCents * rules.savingsShareBasisPoints + 5_000) / 10_000);
  const reward = Math.min(rules.savingsMaximumCents, Math.max(rules.savingsMinimumCents, share));
  // A 0 % share without a minimum gives nothing: no case at 0 €.
  return reward > 0 && savingsCents >= reward ? reward : null;
}

function monetaryReward(rules: RewardRules, kind: RewardKind, basis: RewardBasis): number | null {
  if (kind === RewardKind.IMPLEMENTATION) return rules.implementationCents > 0 ? rules.implementationCents : null;
  if (kind === RewardKind.THANK_YOU)
    return basis.qualitativeOnly && rules.thankYouCents > 0 ? rules.thankYouCents : null;
  if (kind === RewardKind.SAVINGS && basis.realisedSavingsCents !== null)
    return savingsReward(rules, basis.realisedSavingsCents);
  return null;
}

/** The case the rules propose for an idea reaching this stage, or null when they give nothing. */
export function computeReward(rules: RewardRules, kind: RewardKind, basis: RewardBasis): ComputedReward | null {
  if (kind === RewardKind.RECOGNITION)
    return rules.recognitionOnEvaluation ? { amountCents: 0, beforeOwnDutiesCents: 0 } : null;
  const amount = monetaryReward(rules, kind, basis);
  if (amount === null) return null;
  return { amountCents: basis.withinOwnDuties ? 0 : amount, beforeOwnDutiesCents: amount };
}
