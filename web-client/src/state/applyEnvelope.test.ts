import { describe, expect, it } from 'vitest';
import { type ConsultationView, type EventEnvelope, type EventType, EVENT_TYPES } from '../contract';
import {
  aFloor,
  aHand,
  aModeratorView,
  anEnvelope,
  aParticipant,
  aPoint,
  aPoll,
  aPrivateEnvelope,
  at,
  aView,
  emptyTallies,
} from '../testing/builders';
import { applyEnvelope } from './applyEnvelope';

interface Case {
  before: ConsultationView;
  envelope: EventEnvelope;
  expect: (after: ConsultationView, before: ConsultationView) => void;
}

const people = [aParticipant('p1'), aParticipant('p2'), aParticipant('p3', { group: 'academia' })];
const queued = [aHand(1, 'p1'), aHand(2, 'p2')];

/** One case per event type: a Record keyed by EventType fails to compile when a type is missing. */
const cases: Record<EventType, Case> = {
  'consultation-created': {
    before: aView({ status: 'scheduled' }),
    envelope: anEnvelope('consultation-created', { settings: { ...aView().settings, title: 'Renamed' }, createdAt: at(-60) }, 11),
    expect: (v) => {
      expect(v.settings.title).toBe('Renamed');
      expect(v.createdAt).toBe(at(-60));
    },
  },
  'consultation-started': {
    before: aView({ status: 'scheduled' }),
    envelope: anEnvelope('consultation-started', { startedAt: at(5) }, 11),
    expect: (v) => {
      expect(v.status).toBe('live');
      expect(v.startedAt).toBe(at(5));
    },
  },
  'consultation-closed': {
    before: aView(),
    envelope: anEnvelope('consultation-closed', { closedAt: at(99) }, 11),
    expect: (v) => {
      expect(v.status).toBe('closed');
      expect(v.closedAt).toBe(at(99));
    },
  },
  'participant-joined': {
    before: aView({ participants: [people[0]!] }),
    envelope: anEnvelope('participant-joined', aParticipant('p9', { displayName: 'Ana', country: 'TH' }), 11),
    expect: (v) => {
      expect(v.participants.map((p) => p.id)).toEqual(['p1', 'p9']);
      expect(v.participants[1]!.country).toBe('TH');
    },
  },
  'participant-connected': {
    before: aView({ participants: [aParticipant('p1', { connected: false })] }),
    envelope: anEnvelope('participant-connected', { participantId: 'p1' }, 11),
    expect: (v) => expect(v.participants[0]!.connected).toBe(true),
  },
  'participant-disconnected': {
    before: aView({ participants: people }),
    envelope: anEnvelope('participant-disconnected', { participantId: 'p2', at: at(3) }, 11),
    expect: (v) => expect(v.participants.map((p) => p.connected)).toEqual([true, false, true]),
  },
  'participant-removed': {
    before: aView({ participants: people }),
    envelope: anEnvelope('participant-removed', { participantId: 'p2' }, 11),
    expect: (v) => expect(v.participants.map((p) => p.id)).toEqual(['p1', 'p3']),
  },
  'hand-raised': {
    before: aView({ participants: people, queue: [aHand(1, 'p1')] }),
    envelope: anEnvelope('hand-raised', { participantId: 'p3', intent: 'point-of-order', raisedAt: at(7) }, 11, {
      // The server put the point of order first; the browser must not reorder it.
      queue: [aHand(1, 'p3', { intent: 'point-of-order', raisedAt: at(7) }), aHand(2, 'p1')],
    }),
    expect: (v) => {
      expect(v.queue.map((h) => h.participantId)).toEqual(['p3', 'p1']);
      expect(v.queue.map((h) => h.position)).toEqual([1, 2]);
    },
  },
  'hand-lowered': {
    before: aView({ participants: people, queue: queued }),
    envelope: anEnvelope('hand-lowered', { participantId: 'p1', reason: 'own', at: at(8) }, 11, {
      queue: [aHand(1, 'p2')],
    }),
    expect: (v) => expect(v.queue).toEqual([aHand(1, 'p2')]),
  },
  'all-hands-lowered': {
    before: aModeratorView({ participants: people, queue: queued }),
    envelope: anEnvelope('all-hands-lowered', { by: 'moderator', at: at(9), reason: 'break' }, 11, { queue: [] }),
    expect: (v) => {
      expect(v.queue).toEqual([]);
      expect(v.ledger).toEqual([{ at: at(9), action: 'lower-all-hands', by: 'moderator', target: 'p1,p2', reason: 'break' }]);
    },
  },
  'hand-moved': {
    before: aModeratorView({ participants: people, queue: queued }),
    envelope: anEnvelope('hand-moved', { participantId: 'p2', position: 1, by: 'moderator', at: at(9) }, 11, {
      queue: [aHand(1, 'p2'), aHand(2, 'p1')],
    }),
    expect: (v) => {
      expect(v.queue.map((h) => h.participantId)).toEqual(['p2', 'p1']);
      expect(v.ledger?.[0]).toMatchObject({ action: 'move-hand', target: 'p2' });
    },
  },
  'floor-given': {
    before: aView({ participants: people, queue: queued }),
    envelope: anEnvelope('floor-given', aFloor({ participantId: 'p1' }), 11, { queue: [aHand(1, 'p2')] }),
    expect: (v) => {
      expect(v.floor?.participantId).toBe('p1');
      expect(v.queue.map((h) => h.participantId)).toEqual(['p2']);
      expect(v.participants[0]!.turns).toBe(1);
    },
  },
  'turn-warned': {
    before: aView({ floor: aFloor() }),
    envelope: anEnvelope('turn-warned', { turnId: 'T1' }, 11),
    expect: (v) => {
      expect(v.floor?.warned).toBe(true);
      expect(v.floor?.overtime).toBe(false);
    },
  },
  'turn-overtime': {
    before: aView({ floor: aFloor({ warned: true }) }),
    envelope: anEnvelope('turn-overtime', { turnId: 'T1' }, 11),
    expect: (v) => expect(v.floor?.overtime).toBe(true),
  },
  'turn-ended': {
    before: aView({ participants: people, floor: aFloor() }),
    envelope: anEnvelope('turn-ended', { turnId: 'T1', participantId: 'p1', endedAt: at(95), durationMs: 95_000 }, 11),
    expect: (v) => {
      expect(v.floor).toBeUndefined();
      expect(v.participants[0]!.spokenMs).toBe(95_000);
    },
  },
  'point-posted': {
    before: aView({ points: [aPoint('P1', { votes: 2 })] }),
    envelope: anEnvelope('point-posted', aPoint('P2', { text: '<b>not bold</b>', postedAt: at(1) }), 11),
    expect: (v) => {
      expect(v.points.map((p) => p.id)).toEqual(['P1', 'P2']);
      expect(v.points[1]!.text).toBe('<b>not bold</b>');
    },
  },
  'point-upvoted': {
    before: aView({ points: [aPoint('P1', { votes: 1 }), aPoint('P2', { postedAt: at(1), votes: 1 })] }),
    envelope: anEnvelope('point-upvoted', { pointId: 'P2', votes: 2 }, 11),
    expect: (v) => {
      expect(v.points.map((p) => [p.id, p.votes])).toEqual([
        ['P2', 2],
        ['P1', 1],
      ]);
    },
  },
  'point-upvote-withdrawn': {
    before: aView({ points: [aPoint('P1', { votes: 3 }), aPoint('P2', { postedAt: at(1), votes: 2 })] }),
    envelope: anEnvelope('point-upvote-withdrawn', { pointId: 'P1', votes: 1 }, 11),
    expect: (v) => expect(v.points.map((p) => [p.id, p.votes])).toEqual([['P2', 2], ['P1', 1]]),
  },
  'point-approved': {
    before: aModeratorView({ points: [aPoint('P1', { status: 'pending' })] }),
    envelope: anEnvelope('point-approved', aPoint('P1', { status: 'visible' }), 11),
    expect: (v) => {
      expect(v.points).toHaveLength(1);
      expect(v.points[0]!.status).toBe('visible');
    },
  },
  'point-hidden': {
    before: aView({ points: [aPoint('P1'), aPoint('P2')] }),
    envelope: anEnvelope('point-hidden', { pointId: 'P1' }, 11),
    expect: (v) => expect(v.points.map((p) => p.id)).toEqual(['P2']),
  },
  'point-pinned': {
    before: aView({ points: [aPoint('P1', { votes: 5 }), aPoint('P2', { postedAt: at(1) })] }),
    envelope: anEnvelope('point-pinned', { pointId: 'P2', pinned: true }, 11),
    expect: (v) => {
      expect(v.points[0]).toMatchObject({ id: 'P2', pinned: true });
    },
  },
  'point-theme-set': {
    before: aView({ points: [aPoint('P1', { theme: 'privacy' })] }),
    envelope: anEnvelope('point-theme-set', { pointId: 'P1', theme: 'capacity building' }, 11),
    expect: (v) => expect(v.points[0]!.theme).toBe('capacity building'),
  },
  'points-merged': {
    before: aView({ points: [aPoint('P1', { votes: 2 }), aPoint('P2', { votes: 1, postedAt: at(1) })], myUpvotes: ['P2'] }),
    envelope: anEnvelope('points-merged', { duplicateId: 'P2', intoId: 'P1', votes: 3 }, 11),
    expect: (v) => {
      expect(v.points).toEqual([aPoint('P1', { votes: 3, mergedFrom: ['P2'] })]);
      expect(v.myUpvotes).toContain('P1');
    },
  },
  'poll-opened': {
    before: aView({ polls: [aPoll('Q1', { closed: true })] }),
    envelope: anEnvelope('poll-opened', aPoll('Q2', { options: ['A', 'B', 'C'], results: [0, 0, 0] }), 11),
    expect: (v) => {
      expect(v.polls.map((p) => p.id)).toEqual(['Q1', 'Q2']);
      expect(v.polls[1]!.options).toEqual(['A', 'B', 'C']);
    },
  },
  'poll-vote-cast': {
    before: aView({ polls: [aPoll('Q1')] }),
    envelope: anEnvelope('poll-vote-cast', aPoll('Q1', { results: [1, 0], totalVotes: 1 }), 11),
    expect: (v) => expect(v.polls[0]).toMatchObject({ results: [1, 0], totalVotes: 1 }),
  },
  'poll-closed': {
    before: aView({ polls: [aPoll('Q1')] }),
    envelope: anEnvelope('poll-closed', aPoll('Q1', { closed: true, results: [4, 2], totalVotes: 6 }), 11),
    expect: (v) => expect(v.polls[0]).toMatchObject({ closed: true, results: [4, 2] }),
  },
};

describe('applyEnvelope', () => {
  it.each(EVENT_TYPES.map((t) => [t] as const))('folds %s', (type) => {
    const c = cases[type];
    const frozen = structuredClone(c.before);
    const after = applyEnvelope(c.before, c.envelope);
    c.expect(after, c.before);
    expect(after.version).toBe(c.envelope.version);
    expect(c.before).toEqual(frozen);
  });

  it('takes the tallies from the envelope when present', () => {
    const tallies = emptyTallies({ handsRaised: 3, presentByGroup: { academia: 2 } });
    const after = applyEnvelope(aView(), anEnvelope('participant-connected', { participantId: 'x' }, 11, { tallies }));
    expect(after.tallies).toEqual(tallies);
  });

  it('keeps the tallies when the envelope has none', () => {
    const tallies = emptyTallies({ speakers: 4 });
    const after = applyEnvelope(aView({ tallies }), anEnvelope('turn-warned', { turnId: 'none' }, 11));
    expect(after.tallies.speakers).toBe(4);
  });

  it('shows the envelope queue in the server order, never re-sorted by raise time', () => {
    const serverOrder = [aHand(1, 'late', { raisedAt: at(50) }), aHand(2, 'early', { raisedAt: at(1) })];
    const after = applyEnvelope(aView(), anEnvelope('hand-moved', { participantId: 'late', position: 1, by: 'm', at: at(1) }, 11, { queue: serverOrder }));
    expect(after.queue.map((h) => h.participantId)).toEqual(['late', 'early']);
  });

  it('advances the version of a private event and takes its tallies and queue', () => {
    const tallies = emptyTallies({ moderation: { ...emptyTallies().moderation, pending: 1 } });
    const after = applyEnvelope(aView({ queue: queued }), aPrivateEnvelope(11, { tallies, queue: [aHand(1, 'p2')] }));
    expect(after.version).toBe(11);
    expect(after.tallies.moderation.pending).toBe(1);
    expect(after.queue.map((h) => h.participantId)).toEqual(['p2']);
  });

  it('only advances the version of an event type it does not know', () => {
    const before = aView({ points: [aPoint('P1')] });
    const unknown = { consultationId: before.id, version: 11, type: 'future-thing', at: at(0), data: { x: 1 } } as unknown as EventEnvelope;
    const after = applyEnvelope(before, unknown);
    expect(after).toEqual({ ...before, version: 11 });
  });

  describe('for moderators', () => {
    it('keeps a hidden point, marks it and records the ledger entry', () => {
      const before = aModeratorView({ points: [aPoint('P1', { pinned: true })] });
      const after = applyEnvelope(before, anEnvelope('point-hidden', { pointId: 'P1', by: 'moderator', reason: 'off topic', at: at(4) }, 11));
      expect(after.points[0]).toMatchObject({ id: 'P1', status: 'hidden', pinned: false });
      expect(after.ledger).toEqual([{ at: at(4), action: 'hide-point', by: 'moderator', target: 'P1', reason: 'off topic' }]);
    });

    it('keeps a merged duplicate, marks it and records the ledger entry', () => {
      const before = aModeratorView({ points: [aPoint('P1'), aPoint('P2', { postedAt: at(1) })] });
      const after = applyEnvelope(before, anEnvelope('points-merged', { duplicateId: 'P2', intoId: 'P1', votes: 0, by: 'moderator' }, 11, { at: at(6) }));
      expect(after.points.find((p) => p.id === 'P2')).toMatchObject({ status: 'merged', mergedInto: 'P1' });
      expect(after.points.find((p) => p.id === 'P1')?.mergedFrom).toEqual(['P2']);
      expect(after.ledger?.[0]).toEqual({ at: at(6), action: 'merge-points', by: 'moderator', target: 'P2->P1' });
    });

    it('keeps a removed participant, marks them and records the ledger entry', () => {
      const after = applyEnvelope(
        aModeratorView({ participants: people }),
        anEnvelope('participant-removed', { participantId: 'p2', by: 'moderator', reason: 'abuse', at: at(2) }, 11),
      );
      expect(after.participants.find((p) => p.id === 'p2')).toMatchObject({ removed: true, connected: false });
      expect(after.ledger?.[0]).toMatchObject({ action: 'remove-participant', target: 'p2', reason: 'abuse' });
    });

    it('records a hand a moderator removed, with the note as the reason', () => {
      const after = applyEnvelope(
        aModeratorView({ queue: queued }),
        anEnvelope('hand-lowered', { participantId: 'p1', reason: 'moderator', at: at(2), by: 'Chair', note: 'spoke already' }, 11),
      );
      expect(after.ledger).toEqual([{ at: at(2), action: 'remove-hand', by: 'Chair', target: 'p1', reason: 'spoke already' }]);
    });

    it('does not add ledger entries to a view without a ledger', () => {
      const after = applyEnvelope(aView({ queue: queued }), anEnvelope('all-hands-lowered', { by: 'moderator', at: at(1) }, 11));
      expect(after.ledger).toBeUndefined();
    });
  });

  describe('fallbacks when an envelope omits the queue', () => {
    it('appends a raised hand at the end with the participant name', () => {
      const after = applyEnvelope(aView({ participants: people, queue: [aHand(1, 'p1')] }), anEnvelope('hand-raised', { participantId: 'p3', intent: 'reply', raisedAt: at(3) }, 11));
      expect(after.queue[1]).toMatchObject({ position: 2, participantId: 'p3', displayName: 'Person p3', group: 'academia', intent: 'reply' });
    });

    it('removes a lowered hand and renumbers', () => {
      const after = applyEnvelope(aView({ queue: queued }), anEnvelope('hand-lowered', { participantId: 'p1', reason: 'own', at: at(3) }, 11));
      expect(after.queue).toEqual([aHand(1, 'p2', { raisedAt: at(2) })]);
    });

    it('moves a hand to its 1-based position', () => {
      const three = [aHand(1, 'a'), aHand(2, 'b'), aHand(3, 'c')];
      const after = applyEnvelope(aView({ queue: three }), anEnvelope('hand-moved', { participantId: 'c', position: 1, by: 'm', at: at(3) }, 11));
      expect(after.queue.map((h) => `${h.position}${h.participantId}`)).toEqual(['1c', '2a', '3b']);
    });
  });

  it('ignores warnings for a turn that is not running', () => {
    const after = applyEnvelope(aView({ floor: aFloor({ turnId: 'T2' }) }), anEnvelope('turn-overtime', { turnId: 'T1' }, 11));
    expect(after.floor?.overtime).toBe(false);
  });

  it('keeps the floor when a different turn ends', () => {
    const after = applyEnvelope(aView({ floor: aFloor({ turnId: 'T2' }) }), anEnvelope('turn-ended', { turnId: 'T1', endedAt: at(1) }, 11));
    expect(after.floor?.turnId).toBe('T2');
  });

  it('clears the theme when a point is filed under none', () => {
    const after = applyEnvelope(aView({ points: [aPoint('P1', { theme: 'privacy' })] }), anEnvelope('point-theme-set', { pointId: 'P1' }, 11));
    expect(after.points[0]).not.toHaveProperty('theme');
  });
});
