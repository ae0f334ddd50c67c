import { intlLocale, type AppLocale } from '@/modules/i18n/locales';

/**
 * A category name in at most two lines of about `lineLength` characters, broken between words; a
 * word too long for a line is cut with "…" (the chart's table carries the whole name).
 */
export function wrapLabel(label: string, lineLength: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (joined.length <= lineLength || !line) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = (text: string) => (text.length > lineLength ? `${text.slice(0, lineLength - 1)}…` : text);
  if (lines.length <= 2) return lines.map(cut);
  return [cut(lines[0]!), cut(`${lines[1]} ${lines.slice(2).join(' ')}`)];
}

const oneDecimal = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 });

/** 81,6 % from 8156 basis points: at most one decimal, a no-break space before the sign (never split). */
export function formatPercent(basisPoints: number): string {
  return `${oneDecimal.format(basisPoints / 100)}\u00a0%`;
}

/** "syysk. 2026" · "sep. 2026" · "Sep 2026": a month short enough for a chart's axis, in the reader's language. */
export function shortMonthName(locale: AppLocale, month: Date): string {
  const format = new Intl.DateTimeFormat(intlLocale[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.format(month);
}
