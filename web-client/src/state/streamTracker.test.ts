import { describe, expect, it } from 'vitest';
import type { WatchReply } from '../contract';
import { aParticipant, anEnvelope, aView } from '../testing/builders';
import { StreamTracker } from './streamTracker';

const joined = (version: number, id = `p${version}`) => anEnvelope('participant-joined', aParticipant(id), version);
const fullView = (version: number): WatchReply => ({ role: 'observer', audience: 'observer', version, view: aView({ version }) });
const ids = (t: StreamTracker) => t.view?.participants.map((p) => p.id);

describe('StreamTracker', () => {
  it('needs a Watch for a whole view before anything else', () => {
    const t = new StreamTracker('c-test');
    expect(t.needsResync).toBe(true);
    expect(t.beginWatch()).toBeNull();
    expect(t.needsResync).toBe(false);
  });

  it('buffers events that arrive before Watch returns and folds the newer ones after', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    expect(t.receive(joined(10))).toBe('buffered');
    expect(t.receive(joined(11))).toBe('buffered');
    expect(t.receive(joined(12))).toBe('buffered');
    expect(t.view).toBeUndefined();

    t.completeWatch(fullView(10));

    expect(t.version).toBe(12);
    expect(ids(t)).toEqual(['p11', 'p12']);
    expect(t.buffered).toBe(0);
    expect(t.needsResync).toBe(false);
  });

  it('drops events at or below the view version (duplicates)', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    t.completeWatch(fullView(10));
    expect(t.receive(joined(11))).toBe('applied');
    expect(t.receive(joined(11, 'again'))).toBe('dropped');
    expect(t.receive(joined(9))).toBe('dropped');
    expect(ids(t)).toEqual(['p11']);
    expect(t.version).toBe(11);
  });

  it('detects a gap, asks for a resync from the last version and folds the replayed events', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    t.completeWatch(fullView(10));

    expect(t.receive(joined(12))).toBe('gap');
    expect(t.needsResync).toBe(true);
    expect(t.version).toBe(10);
    expect(t.receive(joined(13))).toBe('buffered');

    expect(t.beginWatch()).toBe(10);
    t.completeWatch({ role: 'observer', audience: 'observer', version: 12, events: [joined(11), joined(12)] });

    expect(t.needsResync).toBe(false);
    expect(t.version).toBe(13);
    expect(ids(t)).toEqual(['p11', 'p12', 'p13']);
  });

  it('asks for a whole view when a resync by version still leaves a gap', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    t.completeWatch(fullView(10));
    t.receive(joined(15));

    expect(t.beginWatch()).toBe(10);
    t.completeWatch({ role: 'observer', audience: 'observer', version: 14, events: [joined(11)] });
    expect(t.needsResync).toBe(true);

    expect(t.beginWatch()).toBeNull();
    t.completeWatch(fullView(14));
    expect(t.needsResync).toBe(false);
    expect(t.version).toBe(15);
  });

  it('asks for a resync when Watch reports a version beyond what it returned', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    t.completeWatch({ role: 'observer', audience: 'observer', version: 12, view: aView({ version: 10 }) });
    expect(t.needsResync).toBe(true);
  });

  it('keeps buffering while a resync is in flight, even consecutive events', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    t.completeWatch(fullView(10));
    t.beginWatch();
    expect(t.receive(joined(11))).toBe('buffered');
    expect(t.version).toBe(10);
    t.completeWatch({ role: 'observer', audience: 'observer', version: 10, events: [] });
    expect(t.version).toBe(11);
  });

  it('ignores events of another consultation', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    t.completeWatch(fullView(10));
    expect(t.receive({ ...joined(11), consultationId: 'other' })).toBe('ignored');
    expect(t.version).toBe(10);
  });

  it('does not replace a newer view with an older whole view', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    t.completeWatch(fullView(10));
    t.receive(joined(11));
    t.beginWatch();
    t.completeWatch(fullView(10));
    expect(ids(t)).toEqual(['p11']);
  });

  it('keeps buffering after a failed Watch and reports that a resync is needed', () => {
    const t = new StreamTracker('c-test');
    t.beginWatch();
    t.receive(joined(5));
    t.failWatch();
    expect(t.needsResync).toBe(true);
    expect(t.buffered).toBe(1);
  });
});
