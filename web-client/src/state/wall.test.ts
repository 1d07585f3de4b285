import { describe, expect, it } from 'vitest';
import { aWallEntry } from '../testing/builders';
import { applyWallSnapshot, applyWallUpdate, emptyWall, type WallState } from './wall';

const ids = (s: WallState) => s.entries.map((e) => e.consultationId);
const update = (...consultations: ReturnType<typeof aWallEntry>[]) => ({ consultations });

describe('applyWallUpdate', () => {
  it('adds live consultations in region, title, id order, ignoring case', () => {
    const s = applyWallUpdate(
      emptyWall,
      update(
        aWallEntry('c3', { region: 'asia', title: 'Beta' }),
        aWallEntry('c1', { region: 'Americas', title: 'Zeta' }),
        aWallEntry('c2', { region: 'Asia', title: 'alpha' }),
        aWallEntry('c0', { region: 'Asia', title: 'Alpha' }),
      ),
    );
    expect(ids(s)).toEqual(['c1', 'c0', 'c2', 'c3']);
  });

  it('replaces an entry whole with a newer version and ignores an older one', () => {
    let s = applyWallUpdate(emptyWall, update(aWallEntry('c1', { version: 5, handsRaised: 2, present: 7 })));
    s = applyWallUpdate(s, update(aWallEntry('c1', { version: 6, handsRaised: 3 })));
    expect(s.entries[0]).toMatchObject({ version: 6, handsRaised: 3, present: 0 });
    s = applyWallUpdate(s, update(aWallEntry('c1', { version: 4, handsRaised: 9 })));
    expect(s.entries[0]).toMatchObject({ version: 6, handsRaised: 3 });
  });

  it('takes a consultation off when it closes and never brings back an older live entry', () => {
    let s = applyWallUpdate(emptyWall, update(aWallEntry('c1', { version: 5 }), aWallEntry('c2', { version: 2 })));
    s = applyWallUpdate(s, update(aWallEntry('c1', { version: 7, status: 'closed' })));
    expect(ids(s)).toEqual(['c2']);
    s = applyWallUpdate(s, update(aWallEntry('c1', { version: 6 })));
    expect(ids(s)).toEqual(['c2']);
  });

  it('does not change the state it was given', () => {
    const before = applyWallUpdate(emptyWall, update(aWallEntry('c1')));
    applyWallUpdate(before, update(aWallEntry('c2'), aWallEntry('c1', { version: 2, status: 'closed' })));
    expect(ids(before)).toEqual(['c1']);
    expect(before.closedAt).toEqual({});
  });
});

describe('applyWallSnapshot', () => {
  it('replaces what was held: a consultation missing from the snapshot is gone', () => {
    const held = applyWallUpdate(emptyWall, update(aWallEntry('c1'), aWallEntry('c2')));
    const s = applyWallSnapshot(held, { consultations: [aWallEntry('c2', { version: 3 })] });
    expect(ids(s)).toEqual(['c2']);
    expect(s.entries[0]!.version).toBe(3);
  });

  it('folds the updates that arrived while WatchWall was in flight, older ones dropping out by version', () => {
    const snapshot = { consultations: [aWallEntry('c1', { version: 10, handsRaised: 1 }), aWallEntry('c2', { version: 4 })] };
    const buffered = [
      update(aWallEntry('c1', { version: 9, handsRaised: 0 })),
      update(aWallEntry('c1', { version: 11, handsRaised: 2 }), aWallEntry('c3', { version: 1 })),
      update(aWallEntry('c2', { version: 5, status: 'closed' })),
    ];
    const s = applyWallSnapshot(emptyWall, snapshot, buffered);
    expect(ids(s)).toEqual(['c1', 'c3']);
    expect(s.entries[0]).toMatchObject({ version: 11, handsRaised: 2 });
  });

  it('keeps a consultation that closed before a resync off the wall', () => {
    const closed = applyWallUpdate(applyWallUpdate(emptyWall, update(aWallEntry('c1', { version: 3 }))), update(aWallEntry('c1', { version: 4, status: 'closed' })));
    const s = applyWallSnapshot(closed, { consultations: [aWallEntry('c1', { version: 3 })] });
    expect(ids(s)).toEqual([]);
  });
});
