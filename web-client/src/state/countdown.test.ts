import { describe, expect, it } from 'vitest';
import { aFloor } from '../testing/builders';
import { clock, countdown } from './countdown';
import { ServerClock } from './serverClock';

const start = Date.parse('2025-05-01T10:00:00Z');
const floor = aFloor({ startedAt: '2025-05-01T10:00:00Z', endsAt: '2025-05-01T10:03:00Z', limitSeconds: 180 });

describe('countdown', () => {
  it('counts down to the server endsAt using the server clock offset, not the local clock', () => {
    const serverClock = new ServerClock();
    // The laptop is 2 minutes slow: the server said 10:00:00 when the laptop read 09:58:00.
    const localAtStart = start - 120_000;
    serverClock.observe('2025-05-01T10:00:00Z', localAtStart);

    const c = countdown(floor, serverClock.now(localAtStart + 60_000));
    expect(c.remainingMs).toBe(120_000);
    expect(c.label).toBe('2:00');
    expect(c.elapsedMs).toBe(60_000);

    // Without the offset the laptop would show 4 minutes left.
    expect(countdown(floor, localAtStart + 60_000).label).toBe('4:00');
  });

  it('rounds the seconds left up, so 0:01 shows until the limit', () => {
    expect(countdown(floor, start + 178_500).label).toBe('0:02');
    expect(countdown(floor, start + 179_999).label).toBe('0:01');
  });

  it('warns at 30 seconds left', () => {
    expect(countdown(floor, start + 149_999).warning).toBe(false);
    expect(countdown(floor, start + 150_000).warning).toBe(true);
  });

  it('warns when the server marked the warning even if the local estimate lags', () => {
    expect(countdown({ ...floor, warned: true }, start + 100_000).warning).toBe(true);
  });

  it('marks overtime past the limit and counts up', () => {
    const c = countdown(floor, start + 192_400);
    expect(c.overtime).toBe(true);
    expect(c.warning).toBe(false);
    expect(c.label).toBe('+0:12');
  });

  it('marks overtime when the server says so even if the local estimate has time left', () => {
    const c = countdown({ ...floor, overtime: true }, start + 170_000);
    expect(c.overtime).toBe(true);
    expect(c.label).toBe('+0:00');
  });
});

describe('clock', () => {
  it('formats minutes and seconds', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65_999)).toBe('1:05');
    expect(clock(600_000)).toBe('10:00');
  });
});
