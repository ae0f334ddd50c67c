// Working days in Finland: Monday to Friday except public holidays and the days the public sector
// does not work (Midsummer Eve, Christmas Eve). Dates are Helsinki calendar days, written
// 'YYYY-MM-DD' and computed at UTC midnight so no time zone or daylight saving shift can move them.

export type CalendarDay = string;

const DAY_MS = 86_400_000;

function toUtc(day: CalendarDay): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

function fromUtc(date: Date): CalendarDay {
  return date.toISOString().slice(0, 10);
}

function shift(day: CalendarDay, days: number): CalendarDay {
  return fromUtc(new Date(toUtc(day).getTime() + days * DAY_MS));
}

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return fromUtc(new Date(Date.UTC(year, month - 1, date)));
}

/** The first day in [from, from + 6] that falls on the weekday (0 = Sunday … 6 = Saturday). */
function weekdayOnOrAfter(year: number, month: number, from: number, weekday: number): CalendarDay {
  const start = new Date(Date.UTC(year, month - 1, from));
  return fromUtc(new Date(start.getTime() + ((weekday - start.getUTCDay() + 7) % 7) * DAY_MS));
}

/** Finland's public holidays and the public sector's days off that fall on weekdays in some years. */
export function finnishHolidays(year: number): Map<CalendarDay, string> {
  const easter = easterSunday(year);
  const pad = (month: number, date: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  return new Map<CalendarDay, string>([
    [pad(1, 1), 'uudenvuodenpäivä'],
    [pad(1, 6), 'loppiainen'],
    [shift(easter, -2), 'pitkäperjantai'],
    [easter, 'pääsiäispäivä'],
    [shift(easter, 1), 'toinen pääsiäispäivä'],
    [pad(5, 1), 'vappu'],
    [shift(easter, 39), 'helatorstai'],
    [shift(easter, 49), 'helluntaipäivä'],
    [weekdayOnOrAfter(year, 6, 19, 5), 'juhannusaatto'],
    [weekdayOnOrAfter(year, 6, 20, 6), 'juhannuspäivä'],
    [weekdayOnOrAfter(year, 10, 31, 6), 'pyhäinpäivä'],
    [pad(12, 6), 'itsenäisyyspäivä'],
    [pad(12, 24), 'jouluaatto'],
    [pad(12, 25), 'joulupäivä'],
    [pad(12, 26), 'tapaninpäivä'],
  ]);
}

export function isWorkingDay(day: CalendarDay): boolean {
  const weekday = toUtc(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !finnishHolidays(Number(day.slice(0, 4))).has(day);
}

/** The day `count` working days after `start` (the start day itself is not counted). */
export function addWorkingDays(start: CalendarDay, count: number): CalendarDay {
  let day = start;
  for (let left = count; left > 0;) {
    day = shift(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Working days from `start` (exclusive) to `end` (inclusive); negative when `end` is earlier. */
export function workingDaysBetween(start: CalendarDay, end: CalendarDay): number {
  if (end < start) return -workingDaysBetween(end, start);
  let count = 0;
  for (let day = shift(start, 1); day <= end; day = shift(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}

/** The same day a year later (29 February becomes 1 March): the default benefit check. */
export function aYearLater(day: CalendarDay): CalendarDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return fromUtc(new Date(Date.UTC(year + 1, month - 1, date)));
}

/** Today's date in Helsinki. */
export function helsinkiToday(now = new Date()): CalendarDay {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
}

/** A `@db.Date` column's value (UTC midnight) as a calendar day, and back. */
export function calendarDayOf(date: Date): CalendarDay {
  return fromUtc(date);
}

export function dateColumn(day: CalendarDay): Date {
  return toUtc(day);
}
