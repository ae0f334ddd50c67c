// Splitting a reward between its recipients: shares in basis points (10000 = 100 %) that sum to
// exactly 10000, and cents that sum to exactly the total (largest remainder, ties to the earlier
// recipient, so the same shares always give the same cents).

export const wholeShare = 10_000;

/** Equal shares for n recipients; the first ones get the odd basis points. */
export function equalShares(recipients: number): number[] {
  if (recipients < 1) return [];
  const base = Math.floor(wholeShare / recipients);
  const left = wholeShare - base * recipients;
  return Array.from({ length: recipients }, (_, index) => base + (index < left ? 1 : 0));
}

/** Cents per share, summing exactly to the total. Shares must be whole basis points summing to 10000. */
export function splitCents(totalCents: number, shares: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0)
    throw new Error('the total must be whole cents, not negative');
  if (shares.some((share) => !Number.isInteger(share) || share < 0 || share > wholeShare))
    throw new Error('shares must be whole basis points between 0 and 10000');
  if (shares.reduce((sum, share) => sum + share, 0) !== wholeShare) throw new Error('shares must sum to 10000');
  // Integer arithmetic throughout: with floating point, equal remainders of big totals can differ
  // in their last bit and hand the odd cent to a later recipient.
  const products = shares.map((share) => totalCents * share);
  const cents = products.map((product) => Math.floor(product / wholeShare));
  let left = totalCents - cents.reduce((sum, value) => sum + value, 0);
  const byRemainder = products
    .map((product, index) => ({ index, remainder: product % wholeShare }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    cents[index]! += 1;
    left -= 1;
  }
  return cents;
}

/**
 * Cents for recipients with equal shares: the total divided equally, the first ones getting the odd
 * cents. Not `splitCents(total, equalShares(n))`: basis points of a third are 3334/3333/3333, which
 * would pay 100,02 € + 99,99 € + 99,99 € out of 300 € instead of 100 € each.
 */
export function splitCentsEqually(totalCents: number, recipients: number): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0)
    throw new Error('the total must be whole cents, not negative');
  if (recipients < 1) return [];
  const base = Math.floor(totalCents / recipients);
  const left = totalCents - base * recipients;
  return Array.from({ length: recipients }, (_, index) => base + (index < left ? 1 : 0));
}

/** "33,34" or "33.34" (percent, at most two decimals) as basis points; null when not such a number. */
export function basisPointsFromPercent(text: string): number | null {
  const [whole = '', decimals = '', ...rest] = text.trim().replace(/%$/, '').trim().split(/[.,]/);
  if (rest.length > 0 || !/^\d{1,3}$/.test(whole) || !/^\d{0,2}$/.test(decimals)) return null;
  const value = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return value <= wholeShare ? value : null;
}
