import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  easterSunday,
  finnishHolidays,
  helsinkiToday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

describe('Finnish working days', () => {
  it('finds Easter and the holidays that move with it', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2025)).toBe('2025-04-20');
    const holidays = finnishHolidays(2026);
    expect(holidays.get('2026-04-03')).toBe('pitkäperjantai');
    expect(holidays.get('2026-04-06')).toBe('toinen pääsiäispäivä');
    expect(holidays.get('2026-05-14')).toBe('helatorstai');
    expect(holidays.get('2026-06-19')).toBe('juhannusaatto');
    expect(holidays.get('2026-06-20')).toBe('juhannuspäivä');
    expect(holidays.get('2026-10-31')).toBe('pyhäinpäivä');
    expect(finnishHolidays(2027).get('2027-06-25')).toBe('juhannusaatto');
    expect(finnishHolidays(2027).get('2027-11-06')).toBe('pyhäinpäivä');
  });

  it('counts neither weekends nor holidays', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday after Independence Day on a Sunday
    expect(isWorkingDay('2027-12-06')).toBe(false); // Independence Day on a Monday
    expect(isWorkingDay('2026-12-24')).toBe(false);
    expect(isWorkingDay('2026-01-06')).toBe(false);
  });

  it('puts a due date 15 working days ahead across Christmas and New Year', () => {
    // From Friday 11 Dec 2026: 14–18 (5), 21–23 (3; 24–26 off), 28–31 (4), 1 Jan off, 4–5 Jan (2), 6 Jan off, 7 Jan (1).
    expect(addWorkingDays('2026-12-11', 15)).toBe('2027-01-07');
    expect(workingDaysBetween('2026-12-11', '2027-01-07')).toBe(15);
    expect(workingDaysBetween('2027-01-07', '2026-12-11')).toBe(-15);
  });

  it('puts a due date across Easter and May Day', () => {
    // From Wednesday 1 Apr 2026: 2 Apr (1), 3 Apr Good Friday and 6 Apr Easter Monday off, 7–10 Apr (2–5).
    expect(addWorkingDays('2026-04-01', 5)).toBe('2026-04-10');
    expect(addWorkingDays('2026-04-28', 3)).toBe('2026-05-04');
  });

  it("reads today's date in Helsinki, not in UTC", () => {
    expect(helsinkiToday(new Date('2026-11-26T22:30:00Z'))).toBe('2026-11-27');
    expect(helsinkiToday(new Date('2026-06-30T20:59:00Z'))).toBe('2026-06-30');
  });
});
