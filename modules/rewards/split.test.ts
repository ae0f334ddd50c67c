import { describe, expect, it } from 'vitest';
import { basisPointsFromPercent, equalShares, splitCents, splitCentsEqually, wholeShare } from './split';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** A small deterministic generator, so the property loops test the same cases on every run. */
function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * below);
  };
}

/** n shares in basis points that sum to 10000, some of them 0. */
function randomShares(next: (below: number) => number, count: number): number[] {
  const shares: number[] = [];
  let left = wholeShare;
  for (let index = 0; index < count - 1; index += 1) {
    const share = next(left + 1);
    shares.push(share);
    left -= share;
  }
  return [...shares, left];
}

describe('equal shares', () => {
  it('sum to exactly 100 % for one to seven recipients, the first ones getting the odd basis points', () => {
    for (let recipients = 1; recipients <= 7; recipients += 1) {
      const shares = equalShares(recipients);
      expect(shares).toHaveLength(recipients);
      expect(sum(shares)).toBe(wholeShare);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    }
    expect(equalShares(3)).toEqual([3334, 3333, 3333]);
    expect(equalShares(7)).toEqual([1429, 1429, 1429, 1429, 1428, 1428, 1428]);
    expect(equalShares(0)).toEqual([]);
  });
});

describe('splitting cents', () => {
  it('gives awkward totals out exactly: 1 cent, 100 € in three, nothing', () => {
    expect(splitCents(1, [3334, 3333, 3333])).toEqual([1, 0, 0]);
    expect(splitCents(1, [3333, 3334, 3333])).toEqual([0, 1, 0]);
    expect(splitCents(10_000, equalShares(3))).toEqual([3334, 3333, 3333]);
    expect(splitCents(100, [3333, 3333, 3334])).toEqual([33, 33, 34]);
    expect(splitCents(0, equalShares(4))).toEqual([0, 0, 0, 0]);
    expect(splitCents(30_000, [10_000])).toEqual([30_000]);
    expect(splitCents(50_001, [5000, 5000])).toEqual([25_001, 25_000]);
    expect(splitCents(7, [0, 10_000])).toEqual([0, 7]);
  });

  it('breaks ties towards the earlier recipient, also for totals too big for exact floating point', () => {
    // The first and fourth shares' exact remainders are equal (0,4185 cent); the earlier one gets the cent.
    expect(splitCents(200_470_805, [2117, 7440, 322, 117, 4])).toEqual([
      42_439_670, 149_150_279, 6_455_160, 2_345_508, 80_188,
    ]);
  });

  it('sums exactly, never moves a share by a cent or more, and gives the same cents every time', () => {
    const next = numbers(13);
    for (let round = 0; round < 5000; round += 1) {
      const shares = randomShares(next, 1 + next(7));
      const total = round % 2 === 0 ? next(1_000) : next(100_000_000);
      const cents = splitCents(total, shares);
      expect(sum(cents)).toBe(total);
      cents.forEach((value, index) => {
        const exact = (total * shares[index]!) / wholeShare;
        expect(Number.isInteger(value)).toBe(true);
        expect(Math.abs(value - exact)).toBeLessThan(1);
      });
      expect(splitCents(total, [...shares])).toEqual(cents);
    }
  });

  it('gives equal shares cents at most one apart, the larger ones first', () => {
    for (let recipients = 1; recipients <= 7; recipients += 1)
      for (let total = 0; total <= 3000; total += 1) {
        const cents = splitCents(total, equalShares(recipients));
        expect(sum(cents)).toBe(total);
        expect(Math.max(...cents) - Math.min(...cents)).toBeLessThanOrEqual(1);
      }
  });

  it('refuses shares that do not sum to 100 %, negative shares and totals that are not whole cents', () => {
    expect(() => splitCents(100, [5000, 4999])).toThrow();
    expect(() => splitCents(100, [12_000, -2000])).toThrow();
    expect(() => splitCents(100, [])).toThrow();
    expect(() => splitCents(-100, [10_000])).toThrow();
    expect(() => splitCents(10.5, [10_000])).toThrow();
  });
});

describe('splitting cents equally', () => {
  it('pays 300 € in three as 100 € each, where the basis points of a third would not', () => {
    expect(splitCentsEqually(30_000, 3)).toEqual([10_000, 10_000, 10_000]);
    expect(splitCents(30_000, equalShares(3))).toEqual([10_002, 9999, 9999]);
    expect(splitCentsEqually(10_000, 3)).toEqual([3334, 3333, 3333]);
    expect(splitCentsEqually(1, 2)).toEqual([1, 0]);
    expect(splitCentsEqually(0, 3)).toEqual([0, 0, 0]);
    expect(splitCentsEqually(500, 0)).toEqual([]);
  });

  it('sums exactly with cents at most one apart, the larger first', () => {
    const next = numbers(29);
    for (let round = 0; round < 3000; round += 1) {
      const recipients = 1 + next(7);
      const total = next(round % 2 === 0 ? 1000 : 100_000_000);
      const cents = splitCentsEqually(total, recipients);
      expect(sum(cents)).toBe(total);
      expect(Math.max(...cents) - Math.min(...cents)).toBeLessThanOrEqual(1);
      expect([...cents].sort((a, b) => b - a)).toEqual(cents);
    }
  });
});

describe('percent as typed', () => {
  it('reads Finnish and English decimals, at most two, as basis points', () => {
    expect(basisPointsFromPercent('33,34')).toBe(3334);
    expect(basisPointsFromPercent('33.34')).toBe(3334);
    expect(basisPointsFromPercent(' 50 % ')).toBe(5000);
    expect(basisPointsFromPercent('100')).toBe(10_000);
    expect(basisPointsFromPercent('0')).toBe(0);
    expect(basisPointsFromPercent('12,5')).toBe(1250);
    expect(basisPointsFromPercent('0,01')).toBe(1);
    expect(basisPointsFromPercent('7,')).toBe(700);
  });

  it('refuses more decimals, more than 100 %, signs, thousands and words', () => {
    for (const text of ['33,333', '100,01', '101', '-5', '+5', '1.000,00', '1 000', 'abc', '', ',5', '5,5,5', '1e2'])
      expect(basisPointsFromPercent(text), text).toBeNull();
  });
});
