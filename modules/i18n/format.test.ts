import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import fi from './messages/fi.json';
import sv from './messages/sv.json';
import { elapsed, formatAgo, formatDate, formatDateTime, formatEuros, formatNumber, formatTime } from './format';

// Intl writes a no-break space (U+00A0) between thousands and before the euro sign.
const nbsp = '\u00a0';
// 14.05.09 in Helsinki (UTC+2 in November).
const moment = new Date('2026-11-26T12:05:09Z');

describe('Finnish formats in every language', () => {
  it('writes dates day.month.year', () => {
    expect(formatDate(moment)).toBe('26.11.2026');
    expect(formatDate(new Date('2026-03-05T22:30:00Z'))).toBe('6.3.2026'); // already the 6th in Helsinki
  });

  it('writes times with a dot and the language’s own word', () => {
    expect(formatTime('fi', moment)).toBe('klo 14.05');
    expect(formatTime('sv', moment)).toBe('kl. 14.05');
    expect(formatTime('en', moment)).toBe('at 14.05');
    expect(formatTime('fi', new Date('2026-11-26T07:05:00Z'))).toBe('klo 9.05');
    expect(formatTime('fi', moment, { seconds: true })).toBe('klo 14.05.09');
  });

  it('writes date and time together', () => {
    expect(formatDateTime('fi', moment)).toBe('26.11.2026 klo 14.05');
    expect(formatDateTime('sv', moment)).toBe('26.11.2026 kl. 14.05');
    expect(formatDateTime('en', moment)).toBe('26.11.2026 at 14.05');
  });

  it('writes numbers and euros with a no-break space and a decimal comma', () => {
    expect(formatNumber(12345.5)).toBe(`12${nbsp}345,5`);
    expect(formatNumber(1500)).toBe(`1${nbsp}500`);
    expect(formatEuros(1500)).toBe(`1${nbsp}500${nbsp}€`);
    expect(formatEuros(12.5)).toBe(`12,50${nbsp}€`);
    expect(formatEuros(0)).toBe(`0${nbsp}€`);
  });
});

describe('relative times', () => {
  const now = new Date('2026-11-26T12:00:00Z'); // 14.00 in Helsinki
  const ago = (iso: string) => new Date(iso);

  it('says how long ago in each language', () => {
    const fourDays = ago('2026-11-22T10:00:00Z');
    expect(formatAgo('fi', fourDays, now)).toBe('4 päivää sitten');
    expect(formatAgo('sv', fourDays, now)).toBe('för 4 dagar sedan');
    expect(formatAgo('en', fourDays, now)).toBe('4 days ago');
  });

  it('uses now, minutes and hours within a day', () => {
    expect(formatAgo('fi', ago('2026-11-26T11:59:30Z'), now)).toBe('nyt');
    expect(formatAgo('fi', ago('2026-11-26T11:55:00Z'), now)).toBe('5 minuuttia sitten');
    expect(formatAgo('sv', ago('2026-11-26T09:00:00Z'), now)).toBe('för 3 timmar sedan');
    expect(formatAgo('en', ago('2026-11-26T11:59:00Z'), now)).toBe('1 minute ago');
  });

  it('counts days by Helsinki’s calendar, so last night is yesterday', () => {
    // 23.50 two days before in Helsinki, 38 hours ago: the day before yesterday, not "yesterday".
    expect(formatAgo('fi', ago('2026-11-24T21:50:00Z'), now)).toBe('toissa päivänä');
    expect(formatAgo('fi', ago('2026-11-25T08:00:00Z'), now)).toBe('eilen');
    expect(formatAgo('sv', ago('2026-11-25T08:00:00Z'), now)).toBe('i går');
    expect(formatAgo('en', ago('2026-11-25T08:00:00Z'), now)).toBe('yesterday');
  });

  it('moves to months and years for old things', () => {
    expect(formatAgo('fi', ago('2026-09-20T12:00:00Z'), now)).toBe('2 kuukautta sitten');
    expect(formatAgo('en', ago('2024-11-01T12:00:00Z'), now)).toBe('2 years ago');
  });
});

describe('durations ("odottanut 4 päivää")', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const waiting = (messages: typeof fi, since: string) => {
    const t = createTranslator({ locale: 'fi', messages });
    return t('moderation.waiting', { time: t('time.duration', elapsed(new Date(since), now)) });
  };

  it('reads as a state of waiting in Finnish, with the right case for one', () => {
    expect(waiting(fi, '2026-11-22T11:00:00Z')).toBe('Odottanut 4 päivää');
    expect(waiting(fi, '2026-11-25T11:00:00Z')).toBe('Odottanut 1 päivän');
    expect(waiting(fi, '2026-11-26T09:00:00Z')).toBe('Odottanut 3 tuntia');
    expect(waiting(fi, '2026-11-26T11:59:50Z')).toBe('Odottanut 1 minuutin');
  });

  it('reads naturally in Swedish and English', () => {
    expect(waiting(sv, '2026-11-22T11:00:00Z')).toBe('Har väntat i 4 dagar');
    expect(waiting(sv, '2026-11-26T11:00:00Z')).toBe('Har väntat i 1 timme');
    expect(waiting(en, '2026-11-22T11:00:00Z')).toBe('Waiting for 4 days');
    expect(waiting(en, '2026-08-01T11:00:00Z')).toBe('Waiting for 3 months');
  });
});
