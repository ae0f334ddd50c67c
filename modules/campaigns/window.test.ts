import { describe, expect, it } from 'vitest';
import { testDb } from '@/modules/platform/testing/database';
import { createCampaign } from '@/modules/platform/testing/factories';
import { findOpenCampaigns } from './queries';
import { campaignWindowState, finnishTimeToInstant, instantToFinnishTime, isCampaignOpen } from './window';

// Finland changes clocks on the last Sunday of March (03:00 EET → 04:00 EEST, at 01:00 UTC) and
// of October (04:00 EEST → 03:00 EET, at 01:00 UTC). In 2027 those are 28 March and 31 October.

const utc = (iso: string) => new Date(iso);
const justBefore = (instant: Date) => new Date(instant.getTime() - 1);

describe('a campaign window typed in Finnish time', () => {
  it.each([
    // winter time (UTC+2) and summer time (UTC+3) either side of the spring change
    ['2027-03-27', '12:00', '2027-03-27T10:00:00.000Z'],
    ['2027-03-28', '00:00', '2027-03-27T22:00:00.000Z'],
    ['2027-03-28', '02:59', '2027-03-28T00:59:00.000Z'],
    ['2027-03-28', '04:00', '2027-03-28T01:00:00.000Z'],
    ['2027-03-28', '12:00', '2027-03-28T09:00:00.000Z'],
    // the hour the spring change skips reads forwards on the new clock: 03:30 is 04:30 summer time
    ['2027-03-28', '03:30', '2027-03-28T01:30:00.000Z'],
    // either side of the autumn change
    ['2027-10-31', '00:00', '2027-10-30T21:00:00.000Z'],
    ['2027-10-31', '02:59', '2027-10-30T23:59:00.000Z'],
    // the repeated hour means its first occurrence (still summer time)
    ['2027-10-31', '03:30', '2027-10-31T00:30:00.000Z'],
    ['2027-10-31', '04:00', '2027-10-31T02:00:00.000Z'],
    ['2027-10-31', '12:00', '2027-10-31T10:00:00.000Z'],
    ['2027-12-31', '23:59', '2027-12-31T21:59:00.000Z'],
  ])('%s %s is %s', (date, time, instant) => {
    expect(finnishTimeToInstant(date, time)?.toISOString()).toBe(instant);
  });

  it('refuses dates and times that do not exist on a calendar', () => {
    expect(finnishTimeToInstant('2027-02-29', '12:00')).toBeNull();
    expect(finnishTimeToInstant('2027-13-01', '12:00')).toBeNull();
    expect(finnishTimeToInstant('2027-03-28', '24:00')).toBeNull();
    expect(finnishTimeToInstant('28.3.2027', '12:00')).toBeNull();
  });

  it('shows an instant again as the date and time the admin typed, on both sides of each change', () => {
    for (const [date, time] of [
      ['2027-03-28', '02:00'],
      ['2027-03-28', '05:00'],
      ['2027-10-31', '02:00'],
      ['2027-10-31', '05:00'],
      ['2027-07-01', '09:15'],
    ] as const) {
      expect(instantToFinnishTime(finnishTimeToInstant(date, time)!)).toEqual({ date, time });
    }
  });

  it('is open from its opening moment and closed from its closing moment', () => {
    const window = { opensAt: utc('2027-03-01T10:00:00Z'), closesAt: utc('2027-03-28T09:00:00Z') };
    expect(isCampaignOpen(window, justBefore(window.opensAt))).toBe(false);
    expect(campaignWindowState(window, justBefore(window.opensAt))).toBe('upcoming');
    expect(isCampaignOpen(window, window.opensAt)).toBe(true);
    expect(isCampaignOpen(window, justBefore(window.closesAt))).toBe(true);
    expect(isCampaignOpen(window, window.closesAt)).toBe(false);
    expect(campaignWindowState(window, window.closesAt)).toBe('closed');
  });
});

describe('open campaigns in PostgreSQL across the clock changes', () => {
  const db = testDb();

  it('closes a campaign at noon Finnish time on the spring change day (09:00 UTC, summer time)', async () => {
    const closesAt = finnishTimeToInstant('2027-03-28', '12:00')!;
    const campaign = await createCampaign(db, { opensAt: finnishTimeToInstant('2027-03-01', '08:00')!, closesAt });
    const ids = async (now: Date) => (await findOpenCampaigns(db, now)).map((row) => row.id);
    expect(await ids(justBefore(closesAt))).toContain(campaign.id);
    expect(await ids(closesAt)).not.toContain(campaign.id);
    // An hour earlier in UTC is still 11:00 in Finland on the new clock: open.
    expect(await ids(utc('2027-03-28T08:30:00Z'))).toContain(campaign.id);
  });

  it('opens a campaign at 10:00 Finnish time on the autumn change day (08:00 UTC, winter time)', async () => {
    const opensAt = finnishTimeToInstant('2027-10-31', '10:00')!;
    const campaign = await createCampaign(db, { opensAt, closesAt: finnishTimeToInstant('2027-11-30', '16:00')! });
    const ids = async (now: Date) => (await findOpenCampaigns(db, now)).map((row) => row.id);
    // 07:30 UTC is 09:30 in Finland after the change back: not yet open.
    expect(await ids(utc('2027-10-31T07:30:00Z'))).not.toContain(campaign.id);
    expect(await ids(justBefore(opensAt))).not.toContain(campaign.id);
    expect(await ids(opensAt)).toContain(campaign.id);
  });

  it('opens and closes at midnight Finnish time across the spring change night', async () => {
    const opensAt = finnishTimeToInstant('2027-03-28', '00:00')!;
    const closesAt = finnishTimeToInstant('2027-03-29', '00:00')!;
    // That Finnish day is 23 hours long.
    expect(closesAt.getTime() - opensAt.getTime()).toBe(23 * 3600_000);
    const campaign = await createCampaign(db, { opensAt, closesAt });
    const ids = async (now: Date) => (await findOpenCampaigns(db, now)).map((row) => row.id);
    expect(await ids(justBefore(opensAt))).not.toContain(campaign.id);
    expect(await ids(opensAt)).toContain(campaign.id);
    expect(await ids(justBefore(closesAt))).toContain(campaign.id);
    expect(await ids(closesAt)).not.toContain(campaign.id);
  });
});
