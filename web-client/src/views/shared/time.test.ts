import { describe, expect, it } from 'vitest';
import { cityOf, dualTime, timeZones, zonedWallTimeToUtc, zoneOffsetMs } from './time';

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
