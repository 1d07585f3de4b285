import { describe, expect, it } from 'vitest';
import { ServerClock } from './serverClock';

const local = Date.parse('2025-05-01T10:00:00Z');

describe('ServerClock', () => {
  it('has no offset before any sample', () => {
    expect(new ServerClock().now(local)).toBe(local);
  });

  it('estimates the offset from the least delayed sample', () => {
    const clock = new ServerClock();
    // Server is 5 s ahead; the events took 300 ms, 40 ms and 900 ms to arrive.
    clock.observe('2025-05-01T10:00:05.000Z', local + 300);
    clock.observe('2025-05-01T10:00:06.000Z', local + 1040);
    clock.observe('2025-05-01T10:00:07.000Z', local + 2900);
    expect(clock.offsetMs).toBe(4960);
    expect(clock.now(local)).toBe(local + 4960);
  });

  it('follows a clock that was corrected once old samples leave the window', () => {
    const clock = new ServerClock(2);
    clock.observe('2025-05-01T10:00:10.000Z', local);
    clock.observe('2025-05-01T10:00:00.000Z', local);
    clock.observe('2025-05-01T10:00:00.000Z', local);
    expect(clock.offsetMs).toBe(0);
  });

  it('ignores timestamps it cannot read', () => {
    const clock = new ServerClock();
    clock.observe('not a time', local);
    expect(clock.offsetMs).toBe(0);
  });
});
