import { describe, expect, it } from 'vitest';
import { RewardKind } from '@/modules/platform/db/generated/enums';
import { computeReward, savingsReward, type RewardBasis, type RewardRules } from './rules';

// The defaults (reward rule version 1): recognition on evaluation, 300 € on implementation,
// 100 € thank-you, 10 % of realised savings within 500 €–5,000 €.
const defaults: RewardRules = {
  recognitionOnEvaluation: true,
  implementationCents: 30_000,
  thankYouCents: 10_000,
  savingsShareBasisPoints: 1000,
  savingsMinimumCents: 50_000,
  savingsMaximumCents: 500_000,
};

const plain: RewardBasis = { withinOwnDuties: false, qualitativeOnly: false, realisedSavingsCents: null };

describe('the savings reward', () => {
  it('is at least the minimum, and paid when the savings are at least that reward', () => {
    // 4,000 € saved: 10 % is 400 €, raised to the 500 € minimum, which the savings cover.
    expect(savingsReward(defaults, 400_000)).toBe(50_000);
    // Exactly at the minimum: 5,000 € saved gives 500 €; 500 € saved still covers 500 €.
    expect(savingsReward(defaults, 500_000)).toBe(50_000);
    expect(savingsReward(defaults, 50_000)).toBe(50_000);
  });

  it('is not paid when the savings are below the reward', () => {
    // 400 € saved cannot carry a 500 € reward.
    expect(savingsReward(defaults, 40_000)).toBeNull();
    expect(savingsReward(defaults, 49_999)).toBeNull();
    expect(savingsReward(defaults, 0)).toBeNull();
    expect(savingsReward(defaults, -100_000)).toBeNull();
  });

  it('is 10 % between the limits and never more than the maximum', () => {
    expect(savingsReward(defaults, 1_234_500)).toBe(123_450);
    expect(savingsReward(defaults, 5_000_000)).toBe(500_000);
    expect(savingsReward(defaults, 6_000_000)).toBe(500_000);
    expect(savingsReward(defaults, 100_000_000)).toBe(500_000);
  });

  it('rounds a half cent up and anything less down', () => {
    expect(savingsReward(defaults, 1_234_565)).toBe(123_457);
    expect(savingsReward(defaults, 1_234_564)).toBe(123_456);
    expect(savingsReward(defaults, 1_234_566)).toBe(123_457);
    const twelveAndAHalf = { ...defaults, savingsShareBasisPoints: 1250 };
    expect(savingsReward(twelveAndAHalf, 1_000_004)).toBe(125_001);
    expect(savingsReward(twelveAndAHalf, 1_000_003)).toBe(125_000);
    const oddShare = { ...defaults, savingsShareBasisPoints: 333 };
    // 3,33 % of 1 501 501,50 € = 50 000,0 €, in whole cents 5 000 000,4995 → 5 000 000.
    expect(savingsReward({ ...oddShare, savingsMaximumCents: 10_000_000 }, 150_150_150)).toBe(5_000_000);
  });

  it('gives nothing when the rules give nothing: a 0 % share with no minimum is no reward', () => {
    const none = { ...defaults, savingsShareBasisPoints: 0, savingsMinimumCents: 0 };
    expect(savingsReward(none, 1_000_000)).toBeNull();
    expect(computeReward(none, RewardKind.SAVINGS, { ...plain, realisedSavingsCents: 1_000_000 })).toBeNull();
  });
});

describe('the reward the rules propose', () => {
  it('recognises an idea reaching evaluation without money, and only when the rules say so', () => {
    expect(computeReward(defaults, RewardKind.RECOGNITION, plain)).toEqual({ amountCents: 0, beforeOwnDutiesCents: 0 });
    expect(computeReward(defaults, RewardKind.RECOGNITION, { ...plain, withinOwnDuties: true })).toEqual({
      amountCents: 0,
      beforeOwnDutiesCents: 0,
    });
    expect(computeReward({ ...defaults, recognitionOnEvaluation: false }, RewardKind.RECOGNITION, plain)).toBeNull();
  });

  it('gives 300 € when an idea enters implementation, nothing when the rules set 0 €', () => {
    expect(computeReward(defaults, RewardKind.IMPLEMENTATION, plain)).toEqual({
      amountCents: 30_000,
      beforeOwnDutiesCents: 30_000,
    });
    expect(computeReward({ ...defaults, implementationCents: 0 }, RewardKind.IMPLEMENTATION, plain)).toBeNull();
  });

  it('thanks with 100 € only an idea whose benefit is only qualitative', () => {
    expect(computeReward(defaults, RewardKind.THANK_YOU, { ...plain, qualitativeOnly: true })).toEqual({
      amountCents: 10_000,
      beforeOwnDutiesCents: 10_000,
    });
    expect(computeReward(defaults, RewardKind.THANK_YOU, plain)).toBeNull();
    expect(
      computeReward({ ...defaults, thankYouCents: 0 }, RewardKind.THANK_YOU, { ...plain, qualitativeOnly: true }),
    ).toBeNull();
  });

  it('gives the savings reward from the realised savings, none without them or below the reward', () => {
    expect(computeReward(defaults, RewardKind.SAVINGS, { ...plain, realisedSavingsCents: 400_000 })).toEqual({
      amountCents: 50_000,
      beforeOwnDutiesCents: 50_000,
    });
    expect(computeReward(defaults, RewardKind.SAVINGS, { ...plain, realisedSavingsCents: 40_000 })).toBeNull();
    expect(computeReward(defaults, RewardKind.SAVINGS, plain)).toBeNull();
  });

  it('gives 0 € to an idea within the author’s own duties, keeping what HR may still decide to pay', () => {
    const ownDuties = { ...plain, withinOwnDuties: true };
    expect(computeReward(defaults, RewardKind.IMPLEMENTATION, ownDuties)).toEqual({
      amountCents: 0,
      beforeOwnDutiesCents: 30_000,
    });
    expect(computeReward(defaults, RewardKind.THANK_YOU, { ...ownDuties, qualitativeOnly: true })).toEqual({
      amountCents: 0,
      beforeOwnDutiesCents: 10_000,
    });
    expect(computeReward(defaults, RewardKind.SAVINGS, { ...ownDuties, realisedSavingsCents: 2_000_000 })).toEqual({
      amountCents: 0,
      beforeOwnDutiesCents: 200_000,
    });
    // Own duties do not make a reward out of nothing.
    expect(computeReward(defaults, RewardKind.SAVINGS, { ...ownDuties, realisedSavingsCents: 10_000 })).toBeNull();
  });
});
