import { useLocale } from 'next-intl';
import { type AppLocale, intlLocale, isAppLocale, defaultLocale, timeZone } from './locales';

/*
 * Finland's conventions in all three languages (docs/decisions: Finnish formats in every language):
 * dates 26.11.2026, times 14.05, numbers 12 345,5 and money 1 500 €. Intl's 'sv' and 'en' would
 * give 2026-11-26 and 11/26/2026, so digits always come from the Finnish format; only words
 * ("klo", "sitten", "yesterday") follow the reader's language.
 */
const finnish = 'fi-FI';

const dateFormat = new Intl.DateTimeFormat(finnish, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone });
const timeFormat = new Intl.DateTimeFormat(finnish, { hour: 'numeric', minute: '2-digit', timeZone });
const timeWithSecondsFormat = new Intl.DateTimeFormat(finnish, {
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  timeZone,
});
const numberFormat = new Intl.NumberFormat(finnish, { maximumFractionDigits: 2 });
const wholeEuros = new Intl.NumberFormat(finnish, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const eurosAndCents = new Intl.NumberFormat(finnish, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const calendarDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });

/** Made once: constructing an Intl formatter costs far more than formatting with one. */
const relativeTimeFormats = Object.fromEntries(
  Object.entries(intlLocale).map(([locale, tag]) => [locale, new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })]),
) as Record<AppLocale, Intl.RelativeTimeFormat>;

/** The word before a clock time, as each language writes it in Finland. */
const clockWord: Record<AppLocale, string> = { fi: 'klo', sv: 'kl.', en: 'at' };

/** 26.11.2026 */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** klo 14.05 · kl. 14.05 · at 14.05 (with seconds: klo 14.05.09, for the audit log). */
export function formatTime(locale: AppLocale, date: Date, options: { seconds?: boolean } = {}): string {
  return `${clockWord[locale]} ${(options.seconds ? timeWithSecondsFormat : timeFormat).format(date)}`;
}

/** 26.11.2026 klo 14.05 · 26.11.2026 kl. 14.05 · 26.11.2026 at 14.05 */
export function formatDateTime(locale: AppLocale, date: Date, options: { seconds?: boolean } = {}): string {
  return `${formatDate(date)} ${formatTime(locale, date, options)}`;
}

/** 12 345,5 (no-break space between thousands, decimal comma, at most two decimals). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 1 500 € for whole euros, 12,50 € when there are cents. */
export function formatEuros(euros: number): string {
  return (Number.isInteger(euros) ? wholeEuros : eurosAndCents).format(euros);
}

/** 300,00 € and 12,50 €: always with cents, for columns of money read side by side. */
export function formatEurosWithCents(euros: number): string {
  return eurosAndCents.format(euros);
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Whole calendar days between two moments as seen on a clock in Helsinki (yesterday 23.50 is 1). */
function calendarDaysBetween(from: Date, to: Date): number {
  const midnight = (date: Date) => Date.parse(`${calendarDay.format(date)}T00:00:00Z`);
  return Math.round((midnight(to) - midnight(from)) / day);
}

/**
 * When something happened, in words: "4 päivää sitten", "eilen", "för 3 timmar sedan", "just now"
 * is "nyt"/"nu"/"now". Days count by the calendar, so last night is "yesterday".
 */
export function formatAgo(locale: AppLocale, date: Date, now: Date): string {
  const words = relativeTimeFormats[locale];
  const elapsed = now.getTime() - date.getTime();
  const sign = elapsed < 0 ? 1 : -1;
  const size = Math.abs(elapsed);
  if (size < minute) return words.format(0, 'second');
  if (size < hour) return words.format(sign * Math.floor(size / minute), 'minute');
  if (size < day) return words.format(sign * Math.floor(size / hour), 'hour');
  const days = Math.abs(calendarDaysBetween(date, now));
  if (days < 31) return words.format(sign * days, 'day');
  if (days < 365) return words.format(sign * Math.floor(days / 30.44), 'month');
  return words.format(sign * Math.floor(days / 365.25), 'year');
}

export type ElapsedUnit = 'minute' | 'hour' | 'day' | 'month';

/**
 * How long something has lasted, as a unit and a count for the `time.duration` message
 * ("odottanut 4 päivää" needs Finnish case endings that only the message files know).
 */
export function elapsed(since: Date, now: Date): { unit: ElapsedUnit; count: number } {
  const size = Math.max(0, now.getTime() - since.getTime());
  if (size < hour) return { unit: 'minute', count: Math.max(1, Math.floor(size / minute)) };
  if (size < day) return { unit: 'hour', count: Math.floor(size / hour) };
  const days = Math.floor(size / day);
  if (days < 60) return { unit: 'day', count: days };
  return { unit: 'month', count: Math.floor(days / 30.44) };
}

/** The helpers bound to one language, for components (server or client) that already have it. */
export function formatterFor(locale: AppLocale) {
  return {
    date: formatDate,
    time: (date: Date, options?: { seconds?: boolean }) => formatTime(locale, date, options),
    dateTime: (date: Date, options?: { seconds?: boolean }) => formatDateTime(locale, date, options),
    number: formatNumber,
    euros: formatEuros,
    ago: (date: Date, now: Date) => formatAgo(locale, date, now),
  };
}

/** The helpers in the page's language; works in server and client components alike. */
export function useFormat() {
  const locale = useLocale();
  return formatterFor(isAppLocale(locale) ? locale : defaultLocale);
}
