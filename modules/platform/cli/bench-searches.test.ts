import { describe, expect, it } from 'vitest';
import { distinctSearches } from './bench-searches';

describe("the bench's distinct searches", () => {
  it('repeat no pair of words, in either order, within a minute at 470 searches a second', () => {
    const next = distinctSearches();
    const seen = new Set<string>();
    for (let index = 0; index < 60 * 470; index += 1) {
      const words = next().split(' ');
      expect(words).toHaveLength(2);
      expect(words[0]).not.toBe(words[1]);
      const pair = words.sort().join(' ');
      expect(seen.has(pair)).toBe(false);
      seen.add(pair);
    }
  });
});
