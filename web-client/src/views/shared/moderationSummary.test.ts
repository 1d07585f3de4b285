import { describe, expect, it } from 'vitest';
import { emptyTallies } from '../../testing/builders';
import { moderationSummary } from './moderationSummary';

describe('moderationSummary', () => {
  it('counts every kind of moderation act', () => {
    const m = { ...emptyTallies().moderation, hidden: 12, merged: 4, reordered: 2, handsRemoved: 1, participantsRemoved: 3 };
    expect(moderationSummary(m)).toBe('12 hidden, 4 merged, 2 reordered, 1 hand removed, 3 participants removed');
  });

  it('mentions points waiting for approval only when there are some', () => {
    expect(moderationSummary({ ...emptyTallies().moderation, pending: 2 })).toMatch(/2 waiting for approval$/);
  });
});
