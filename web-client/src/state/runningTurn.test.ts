import { describe, expect, it } from 'vitest';
import type { WallEntry } from '../contract';
import { addRunning, liveSpeakingByGroup, liveTallies } from './runningTurn';
import { aFloor, aParticipant, aView } from '../testing/builders';

const start = '2026-12-04T10:00:00.000Z';
const at = (seconds: number) => Date.parse(start) + seconds * 1000;

describe('the running turn in speaking time', () => {
  it('adds the elapsed time to the speaker\'s key and leaves the others', () => {
    expect(addRunning({ academia: 60_000 }, 'civil-society', start, at(42))).toEqual({ academia: 60_000, 'civil-society': 42_000 });
  });

  it('adds nothing before the turn started on the server clock', () => {
    expect(addRunning({ academia: 1 }, 'academia', start, at(-3))).toEqual({ academia: 1 });
  });

  it('counts the floor holder\'s group and country in the dashboard\'s tallies', () => {
    const view = aView({
      participants: [aParticipant('u1', { group: 'member-state', country: 'BR' })],
      floor: aFloor({ participantId: 'u1', startedAt: start }),
    });

    const tallies = liveTallies(view, at(90));

    expect(tallies.speakingMsByGroup['member-state']).toBe(90_000);
    expect(tallies.speakingMsByCountry['BR']).toBe(90_000);
    expect(view.tallies.speakingMsByGroup['member-state']).toBeUndefined();
  });

  it('leaves the tallies alone when nobody has the floor', () => {
    const view = aView();
    expect(liveTallies({ ...view, floor: undefined }, at(90))).toBe(view.tallies);
  });

  it('counts the wall speaker\'s group', () => {
    const entry = {
      speakingMsByGroup: { academia: 30_000 },
      speaker: { participantId: 'u1', displayName: 'Ana', group: 'academia', startedAt: start, endsAt: start, overtime: false },
    } as unknown as WallEntry;

    expect(liveSpeakingByGroup(entry, at(15))).toEqual({ academia: 45_000 });
  });
});
