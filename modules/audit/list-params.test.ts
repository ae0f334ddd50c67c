import { describe, expect, it } from 'vitest';
import { auditFilters, auditQuery, parseAuditParams, startOfDayInFinland } from './list-params';

describe('audit page address', () => {
  it('reads a repeated parameter as its first value instead of failing', () => {
    const params = parseAuditParams({
      group: ['users', 'settings'],
      actor: ['laura', 'sari'],
      action: ['user.', 'auth.'],
      from: ['2026-11-01', '2026-11-02'],
      targetType: ['user', 'idea'],
      target: ['abc', 'def'],
      page: ['2', '3'],
    });
    expect(params).toEqual({
      group: 'users',
      actor: 'laura',
      from: '2026-11-01',
      to: undefined,
      target: { type: 'user', id: 'abc' },
      page: 2,
    });
  });

  it('ignores unknown groups, days that do not exist and a target without its type', () => {
    expect(parseAuditParams({ group: 'user.', from: '2026-02-31', to: '27.11.2026', target: 'abc' })).toEqual({
      group: undefined,
      actor: undefined,
      from: undefined,
      to: undefined,
      target: undefined,
      page: 1,
    });
  });

  it('keeps the search in the links, without the page', () => {
    const params = parseAuditParams({
      group: 'moderation',
      to: '2026-11-27',
      targetType: 'user',
      target: 'abc',
      page: '4',
    });
    expect(auditQuery(params)).toEqual({ group: 'moderation', to: '2026-11-27', targetType: 'user', target: 'abc' });
  });

  it('begins a day at midnight in Finland, in winter and summer time and on change-over days', () => {
    expect(startOfDayInFinland('2026-11-27').toISOString()).toBe('2026-11-26T22:00:00.000Z');
    expect(startOfDayInFinland('2026-07-01').toISOString()).toBe('2026-06-30T21:00:00.000Z');
    expect(startOfDayInFinland('2026-03-29').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(startOfDayInFinland('2026-03-30').toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(startOfDayInFinland('2026-10-25').toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(startOfDayInFinland('2026-10-26').toISOString()).toBe('2026-10-25T22:00:00.000Z');
    expect(startOfDayInFinland('2026-12-31', 1).toISOString()).toBe('2026-12-31T22:00:00.000Z');
  });

  it("asks for the days from the first one's Finnish midnight up to the midnight after the last", () => {
    const filters = auditFilters(parseAuditParams({ from: '2026-11-27', to: '2026-11-27' }));
    expect([filters.from?.toISOString(), filters.to?.toISOString()]).toEqual([
      '2026-11-26T22:00:00.000Z',
      '2026-11-27T22:00:00.000Z',
    ]);
  });
});
