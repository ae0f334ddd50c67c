import { timeZone } from '@/modules/i18n/locales';

// A campaign's window is two instants: open means opensAt ≤ now < closesAt. Admins type the
// window as Finnish wall-clock date and time; these turn it into the instant and back, across the
// clock changes (last Sunday of March 03:00 → 04:00, last Sunday of October 04:00 → 03:00).

export interface CampaignWindow {
  opensAt: Date;
  closesAt: Date;
}

export function isCampaignOpen(window: CampaignWindow, now: Date): boolean {
  return window.opensAt.getTime() <= now.getTime() && now.getTime() < window.closesAt.getTime();
}

/** Whether a campaign takes ideas at `now`: 'open', or why not. */
export function campaignWindowState(window: CampaignWindow, now: Date): 'upcoming' | 'open' | 'closed' {
  if (now.getTime() < window.opensAt.getTime()) return 'upcoming';
  return now.getTime() < window.closesAt.getTime() ? 'open' : 'closed';
}

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClockParts(instant: number) {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Milliseconds Finnish time is ahead of UTC at an instant (2 or 3 hours). */
function offsetInFinland(instant: number): number {
  const p = wallClockParts(instant);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant a Finnish wall-clock date (YYYY-MM-DD) and time (HH:MM) names, or null for a
 * malformed one. A time the spring change skips (03:00–03:59) means the same moment one hour
 * later on the new clock; a time the autumn change repeats means its first occurrence.
 */
export function finnishTimeToInstant(date: string, time: string): Date | null {
  const d = datePattern.exec(date);
  const t = timePattern.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const asUtc = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  const calendar = new Date(asUtc);
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
    return null;
  const offsetBefore = offsetInFinland(asUtc - 86_400_000);
  const offsetAfter = offsetInFinland(asUtc + 86_400_000);
  const fits = [asUtc - offsetBefore, asUtc - offsetAfter].filter(
    (instant) => instant === asUtc - offsetInFinland(instant),
  );
  // None fits in the skipped hour: the offset before the change reads it forwards onto the new clock.
  return new Date(fits.length ? Math.min(...fits) : asUtc - offsetBefore);
}

/** An instant as the Finnish wall-clock date (YYYY-MM-DD) and time (HH:MM) an admin's form shows. */
export function instantToFinnishTime(instant: Date): { date: string; time: string } {
  const p = wallClockParts(instant.getTime());
  const two = (value: number) => String(value).padStart(2, '0');
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}
