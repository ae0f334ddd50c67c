import { describe, expect, it } from 'vitest';
import { plainExcerpt } from './excerpt';

describe('plainExcerpt', () => {
  it('removes Markdown markup and joins lines', () => {
    expect(plainExcerpt('# Otsikko\n\nTämä on **tärkeä** ja [linkki](https://example.com).\n\n- yksi\n- kaksi')).toBe(
      'Otsikko Tämä on tärkeä ja linkki. yksi kaksi',
    );
  });

  it('drops images entirely', () => {
    expect(plainExcerpt('Ennen ![kuva](/x.png) jälkeen')).toBe('Ennen jälkeen');
  });

  it('cuts long text at a word boundary and marks the cut', () => {
    const text = 'sana '.repeat(100);
    const excerpt = plainExcerpt(text, 50);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt.endsWith('sana…')).toBe(true);
  });

  it('keeps short text as it is', () => {
    expect(plainExcerpt('Lyhyt.')).toBe('Lyhyt.');
  });
});
