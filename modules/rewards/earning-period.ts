import { calendarDayOf, dateColumn, helsinkiToday } from '../accelerator/working-days';

// Kept free of database and request code so the demo seed writes its payroll lines the same way.

function lastDayOfMonth(year: number, month: number): string {
  return calendarDayOf(new Date(Date.UTC(year, month, 0)));
}

/** The first and last day of the month of the decision (of the day it was decided, without a date): payroll's earning period. */
export function earningPeriodOf(decisionDate: Date | null, decidedAt: Date | null) {
  const day = decisionDate ? calendarDayOf(decisionDate) : helsinkiToday(decidedAt ?? new Date());
  const [year, month] = day.split('-').map(Number) as [number, number];
  return {
    earningPeriodStart: dateColumn(`${day.slice(0, 7)}-01`),
    earningPeriodEnd: dateColumn(lastDayOfMonth(year, month)),
  };
}
