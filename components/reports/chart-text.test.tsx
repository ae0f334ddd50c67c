import { describe, expect, it } from 'vitest';
import { formatPercent, shortMonthName, wrapLabel } from './chart-text';

describe('labels on the HR charts', () => {
  it('wraps a long category name on two lines between words, never cutting a short one', () => {
    expect(wrapLabel('Henkilöstöpalvelut', 20)).toEqual(['Henkilöstöpalvelut']);
    expect(wrapLabel('Kiinteistöjen kunnossapitopalvelut', 20)).toEqual(['Kiinteistöjen', 'kunnossapitopalvelut']);
    expect(wrapLabel('Kiihdyttämössä (arvioitavana)', 20)).toEqual(['Kiihdyttämössä', '(arvioitavana)']);
    expect(wrapLabel('Yksi kaksi kolme neljä viisi kuusi seitsemän', 20)).toEqual([
      'Yksi kaksi kolme',
      'neljä viisi kuusi s…',
    ]);
  });

  it('writes a share with one decimal at most and a no-break space before the sign', () => {
    expect(formatPercent(8156)).toBe('81,6\u00a0%');
    expect(formatPercent(5000)).toBe('50\u00a0%');
    expect(formatPercent(3333)).toBe('33,3\u00a0%');
  });

  it('names a month in the reader’s language, with the whole year', () => {
    const september = new Date('2026-09-01T00:00:00Z');
    expect(shortMonthName('fi', september)).toBe('syys 2026');
    expect(shortMonthName('en', september)).toBe('Sept 2026');
  });
});
