/** What a character count says: how many are still needed, how many are left, or how many too many. */
export type CharacterCountState =
  { kind: 'needMore'; count: number } | { kind: 'remaining'; count: number } | { kind: 'tooMany'; count: number };

/**
 * Counts as the schema does (trimmed length). `showFrom` (0–1) keeps a long limit quiet until
 * that share of it is used, e.g. 0.8 of 20 000; below `min` the count always speaks.
 */
export function characterCountState(
  value: string,
  limits: { min?: number; max: number },
  showFrom = 0,
): CharacterCountState | null {
  const length = value.trim().length;
  if (length > limits.max) return { kind: 'tooMany', count: length - limits.max };
  if (limits.min !== undefined && length > 0 && length < limits.min)
    return { kind: 'needMore', count: limits.min - length };
  if (length < limits.max * showFrom) return null;
  return { kind: 'remaining', count: limits.max - length };
}
