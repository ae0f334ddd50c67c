import { timeZone } from '@/modules/i18n/locales';
import { firstValue, type SearchParams } from '@/modules/platform/search-params';
import { isAuditActionGroup, type AuditActionGroup } from './action-groups';
import type { AuditFilters } from './queries';

/** The audit page's address, checked: what the filter form submits and the page links carry. */
export interface AuditParams {
  group?: AuditActionGroup;
  actor?: string;
  /** Calendar days (YYYY-MM-DD) in Finnish time, both included. */
  from?: string;
  to?: string;
  /** Entries about one thing, e.g. a person from their admin page; both parts or neither. */
  target?: { type: string; id: string };
  page: number;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDay(value: string | undefined): string | undefined {
  const match = value ? dayPattern.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-31 is not a day: the round trip would give 3 March.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : undefined;
}

/** Unknown or malformed values are ignored, and a repeated parameter counts once: a list, never an error. */
export function parseAuditParams(raw: SearchParams): AuditParams {
  const group = firstValue(raw, 'group');
  const actor = firstValue(raw, 'actor')?.trim().slice(0, 200);
  const targetType = firstValue(raw, 'targetType');
  const targetId = firstValue(raw, 'target')?.trim();
  return {
    group: isAuditActionGroup(group) ? group : undefined,
    actor: actor || undefined,
    from: calendarDay(firstValue(raw, 'from')),
    to: calendarDay(firstValue(raw, 'to')),
    target:
      targetType && /^[a-z-]{1,40}$/.test(targetType) && targetId && targetId.length <= 100
        ? { type: targetType, id: targetId }
        : undefined,
    page: Number(firstValue(raw, 'page')) || 1,
  };
}

/** The query string of the same search, without the page (the pagination adds it). */
export function auditQuery(params: AuditParams): Record<string, string> {
  return Object.fromEntries(
    Object.entries({
      group: params.group,
      actor: params.actor,
      from: params.from,
      to: params.to,
      targetType: params.target?.type,
      target: params.target?.id,
    }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

/** What the search asks the database: the days as instants, from Finnish midnight to Finnish midnight. */
export function auditFilters(params: AuditParams): AuditFilters {
  return {
    group: params.group,
    actor: params.actor,
    target: params.target,
    from: params.from ? startOfDayInFinland(params.from) : undefined,
    to: params.to ? startOfDayInFinland(params.to, 1) : undefined,
    page: params.page,
  };
}

const zoneClock = new Intl.DateTimeFormat('en-US', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far Finnish clocks are ahead of UTC at an instant (2 or 3 hours). */
function offsetInFinland(instant: number): number {
  const part = (type: string) => Number(zoneClock.formatToParts(instant).find((each) => each.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD, plus some days) begins in Finland (Europe/Helsinki). */
export function startOfDayInFinland(day: string, plusDays = 0): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, date + plusDays);
  // The offset at UTC midnight can differ from the one at Finnish midnight on a change-over day:
  // the second look uses the offset at the instant found first. (Finland changes clocks at 03/04.)
  const guess = midnightUtc - offsetInFinland(midnightUtc);
  return new Date(midnightUtc - offsetInFinland(guess));
}
