import { describe, expect, it } from 'vitest';
import { canonicalZone, cityOf, dayIn, dualClock, dualRange, dualTime, heldRange, relativeTime, timeZones, zonedWallTimeToUtc, zoneOffsetMs } from './time';

describe('zonedWallTimeToUtc', () => {
  it('reads a wall time in the consultation zone', () => {
    expect(zonedWallTimeToUtc('2025-05-01T15:00', 'Europe/Vienna')).toBe('2025-05-01T13:00:00.000Z');
    expect(zonedWallTimeToUtc('2025-01-15T15:00', 'Europe/Vienna')).toBe('2025-01-15T14:00:00.000Z');
    expect(zonedWallTimeToUtc('2025-05-01T09:00', 'America/New_York')).toBe('2025-05-01T13:00:00.000Z');
    expect(zonedWallTimeToUtc('2025-05-01T09:30', 'Asia/Kolkata')).toBe('2025-05-01T04:00:00.000Z');
  });

  it('refuses text that is not a wall time', () => {
    expect(zonedWallTimeToUtc('tomorrow', 'UTC')).toBeNull();
  });
});

describe('zoneOffsetMs', () => {
  it('follows daylight saving', () => {
    expect(zoneOffsetMs('Europe/Vienna', Date.parse('2025-07-01T00:00:00Z'))).toBe(2 * 3600_000);
    expect(zoneOffsetMs('Europe/Vienna', Date.parse('2025-12-01T00:00:00Z'))).toBe(3600_000);
  });
});

describe('dualTime', () => {
  it('shows the consultation zone and the viewer zone', () => {
    expect(dualTime('2025-05-01T13:00:00Z', 'Europe/Vienna', 'America/New_York')).toBe('Thu 1 May, 15:00 Vienna / 09:00 New York');
  });

  it('shows one time when the zones agree', () => {
    expect(dualTime('2025-05-01T13:00:00Z', 'Europe/Vienna', 'Europe/Berlin')).toBe('Thu 1 May, 15:00 Vienna');
  });
});

describe('time zone list', () => {
  it('starts with UTC and holds IANA ids', () => {
    const zones = timeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Vienna');
    expect(cityOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});

/**
 * The US moves its clocks on the second Sunday of March and the first Sunday of November, the EU
 * on the last Sundays of March and October; between them Vienna and New York are 5 hours apart
 * instead of 6, and a fixed offset would send New York an hour wrong.
 */
describe('dualTime across daylight-saving changes (Vienna viewed from New York)', () => {
  const vienna = 'Europe/Vienna';
  const newYork = 'America/New_York';
  const at = (wall: string) => zonedWallTimeToUtc(wall, vienna)!;

  it.each([
    ['2025-03-02T15:00', '2025-03-02T14:00:00.000Z', 'Sun 2 Mar, 15:00 Vienna / 09:00 New York'],
    ['2025-03-09T07:30', '2025-03-09T06:30:00.000Z', 'Sun 9 Mar, 07:30 Vienna / 01:30 New York'],
    ['2025-03-09T09:00', '2025-03-09T08:00:00.000Z', 'Sun 9 Mar, 09:00 Vienna / 04:00 New York'],
    ['2025-03-16T15:00', '2025-03-16T14:00:00.000Z', 'Sun 16 Mar, 15:00 Vienna / 10:00 New York'],
    ['2025-03-23T15:00', '2025-03-23T14:00:00.000Z', 'Sun 23 Mar, 15:00 Vienna / 10:00 New York'],
    ['2025-03-30T15:00', '2025-03-30T13:00:00.000Z', 'Sun 30 Mar, 15:00 Vienna / 09:00 New York'],
  ])('spring: %s Vienna is %s, shown as "%s"', (wall, utc, shown) => {
    expect(at(wall)).toBe(utc);
    expect(dualTime(utc, vienna, newYork)).toBe(shown);
  });

  it.each([
    ['2025-10-19T15:00', '2025-10-19T13:00:00.000Z', 'Sun 19 Oct, 15:00 Vienna / 09:00 New York'],
    ['2025-10-26T15:00', '2025-10-26T14:00:00.000Z', 'Sun 26 Oct, 15:00 Vienna / 10:00 New York'],
    ['2025-10-29T15:00', '2025-10-29T14:00:00.000Z', 'Wed 29 Oct, 15:00 Vienna / 10:00 New York'],
    ['2025-11-02T15:00', '2025-11-02T14:00:00.000Z', 'Sun 2 Nov, 15:00 Vienna / 09:00 New York'],
  ])('autumn: %s Vienna is %s, shown as "%s"', (wall, utc, shown) => {
    expect(at(wall)).toBe(utc);
    expect(dualTime(utc, vienna, newYork)).toBe(shown);
  });

  it('reads the same instants the other way round from Vienna', () => {
    expect(dualTime('2025-03-16T13:00:00Z', newYork, vienna)).toBe('Sun 16 Mar, 09:00 New York / 14:00 Vienna');
    expect(dualTime('2025-03-30T13:00:00Z', newYork, vienna)).toBe('Sun 30 Mar, 09:00 New York / 15:00 Vienna');
    expect(dualTime('2025-10-26T13:00:00Z', newYork, vienna)).toBe('Sun 26 Oct, 09:00 New York / 14:00 Vienna');
  });

  it('dates the viewer side when it falls on another day', () => {
    expect(dualTime('2025-03-16T23:00:00Z', 'Asia/Tokyo', newYork)).toBe('Mon 17 Mar, 08:00 Tokyo / Sun 16 Mar, 19:00 New York');
    expect(dayIn('2025-03-16T23:00:00Z', 'Asia/Tokyo')).toBe('2025-03-17');
    expect(dayIn('2025-03-16T23:00:00Z', newYork)).toBe('2025-03-16');
  });

  it('shows running clocks without dates', () => {
    expect(dualClock('2025-03-16T14:00:00Z', vienna, newYork)).toBe('15:00 Vienna / 10:00 New York');
    expect(dualClock('2025-11-02T14:00:00Z', vienna, newYork)).toBe('15:00 Vienna / 09:00 New York');
    expect(dualClock('2025-11-02T14:00:00Z', vienna, 'Europe/Berlin')).toBe('15:00 Vienna');
  });

  it('shows turns as ranges in both zones', () => {
    expect(dualRange('2025-10-26T14:00:00Z', '2025-10-26T14:03:20Z', vienna, newYork)).toBe('15:00–15:03 Vienna / 10:00–10:03 New York');
    expect(dualRange('2025-11-02T14:00:00Z', undefined, vienna, newYork)).toBe('15:00– Vienna / 09:00– New York');
    expect(dualRange('2025-11-02T14:00:00Z', '2025-11-02T14:01:00Z', vienna, vienna)).toBe('15:00–15:01 Vienna');
  });
});

describe('time zones offered', () => {
  it('offers only current IANA names, UTC first, each once', () => {
    const zones = timeZones(['Asia/Calcutta', 'Asia/Kolkata', 'Asia/Saigon', 'Europe/Kiev', 'UTC', 'Africa/Nairobi']);
    expect(zones).toEqual(['UTC', 'Africa/Nairobi', 'Asia/Ho_Chi_Minh', 'Asia/Kolkata', 'Europe/Kyiv']);
  });

  it('names the browser zone by its current name', () => {
    expect(['Asia/Calcutta', 'Asia/Saigon', 'Europe/Kiev', 'Europe/Vienna'].map(canonicalZone)).toEqual(['Asia/Kolkata', 'Asia/Ho_Chi_Minh', 'Europe/Kyiv', 'Europe/Vienna']);
  });

  it('leaves no old name in the list the browser knows', () => {
    expect(timeZones()).not.toContain('Asia/Calcutta');
  });
});

describe('heldRange', () => {
  it('says the day and the hours a consultation was held', () => {
    expect(heldRange('2025-05-01T13:00:00Z', '2025-05-01T14:10:00Z', 'Europe/Vienna', 'Europe/Vienna')).toBe('Thu, 1 May 2025, 15:00–16:10 Vienna');
  });
});

describe('relativeTime', () => {
  it('says how far an instant is from now', () => {
    const now = Date.parse('2025-05-01T12:00:00Z');
    expect(relativeTime('2025-05-04T12:00:00Z', now)).toBe('in 3 days');
    expect(relativeTime('2025-05-01T10:00:00Z', now)).toBe('2 hours ago');
    expect(relativeTime('2025-05-01T12:20:00Z', now)).toBe('in 20 minutes');
  });
});
