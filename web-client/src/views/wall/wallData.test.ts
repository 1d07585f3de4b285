import { describe, expect, it } from 'vitest';
import { aWallEntry } from '../../testing/builders';
import { balanceHeadline, balanceRows, wallAnnouncements, wallDensity } from './wallData';

const speaker = (participantId: string, displayName: string) => ({
  participantId,
  displayName,
  group: 'academia' as const,
  startedAt: '2025-05-01T10:00:00Z',
  endsAt: '2025-05-01T10:03:00Z',
  overtime: false,
});

describe('balanceRows', () => {
  it("sets each group's share of the room against its share of speaking time, in group order", () => {
    const rows = balanceRows(
      aWallEntry('c1', {
        presentByGroup: { academia: 2, 'civil-society': 6, 'member-state': 2 },
        speakingMsByGroup: { academia: 180_000, 'civil-society': 60_000, other: 60_000 },
      }),
    );
    expect(rows.map((r) => [r.group, r.present, r.presentShare, r.spokenShare])).toEqual([
      ['civil-society', 6, 0.6, 0.2],
      ['academia', 2, 0.2, 0.6],
      ['member-state', 2, 0.2, 0],
      ['other', 0, 0, 0.2],
    ]);
  });

  it('is empty for an empty room', () => {
    expect(balanceRows(aWallEntry('c1'))).toEqual([]);
  });
});

describe('balanceHeadline', () => {
  it('names the group furthest from its share of the room', () => {
    const rows = balanceRows(aWallEntry('c1', { presentByGroup: { academia: 2, 'civil-society': 8 }, speakingMsByGroup: { academia: 90_000, 'civil-society': 60_000 } }));
    expect(balanceHeadline(rows)).toBe('Academia: 60% of speaking time, 20% of the room.');
  });

  it('says when time is in line with the room, and nothing before the first turn ends', () => {
    const even = balanceRows(aWallEntry('c1', { presentByGroup: { academia: 5, other: 5 }, speakingMsByGroup: { academia: 55_000, other: 45_000 } }));
    expect(balanceHeadline(even)).toBe('Speaking time is in line with who is in the room.');
    expect(balanceHeadline(balanceRows(aWallEntry('c1', { presentByGroup: { academia: 3 } })))).toBeUndefined();
  });
});

describe('wallAnnouncements', () => {
  it('announces arrivals, departures and new speakers, not moving counts', () => {
    const before = [aWallEntry('c1', { title: 'Asia', region: 'Asia', speaker: speaker('p1', 'Ana') }), aWallEntry('c2', { title: 'Africa', region: 'Africa' })];
    const after = [
      aWallEntry('c1', { title: 'Asia', region: 'Asia', speaker: speaker('p2', 'Bo'), handsRaised: 4 }),
      aWallEntry('c3', { title: 'Americas', region: 'Americas' }),
    ];
    expect(wallAnnouncements(before, after)).toEqual(['Asia: Bo has the floor.', 'Americas (Americas) is live.', 'Africa (Africa) has left the wall.']);
    expect(wallAnnouncements(after, after.map((e) => ({ ...e, present: 9 })))).toEqual([]);
  });
});

describe('wallDensity', () => {
  it('shrinks cards as consultations add up', () => {
    expect([1, 3, 4, 6, 7, 20].map(wallDensity)).toEqual(['roomy', 'roomy', 'medium', 'medium', 'dense', 'dense']);
  });
});
