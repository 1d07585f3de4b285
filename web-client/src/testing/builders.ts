import type {
  ConsultationView,
  EventDataByType,
  EventEnvelope,
  EventType,
  FloorView,
  HandView,
  ParticipantView,
  PointView,
  PollView,
  Tallies,
  WallEntry,
} from '../contract';

/** Builders for the arrangements tests repeat; every field has a plain default to override. */

export const CONSULTATION_ID = 'c-test';
export const T0 = '2025-05-01T10:00:00Z';

export function at(secondsAfterT0: number): string {
  return new Date(Date.parse(T0) + secondsAfterT0 * 1000).toISOString();
}

export function emptyTallies(overrides: Partial<Tallies> = {}): Tallies {
  return {
    presentByGroup: {},
    presentByCountry: {},
    handsRaised: 0,
    speakers: 0,
    turns: 0,
    speakingMsByGroup: {},
    speakingMsByCountry: {},
    waitingMsByGroup: {},
    waitingMsByCountry: {},
    pointsByKind: {},
    pointsByTheme: {},
    moderation: { hidden: 0, merged: 0, reordered: 0, handsRemoved: 0, participantsRemoved: 0, pending: 0 },
    ...overrides,
  };
}

export function aParticipant(id: string, overrides: Partial<ParticipantView> = {}): ParticipantView {
  return {
    id,
    displayName: `Person ${id}`,
    group: 'civil-society',
    isModerator: false,
    connected: true,
    removed: false,
    turns: 0,
    spokenMs: 0,
    ...overrides,
  };
}

export function aHand(position: number, participantId: string, overrides: Partial<HandView> = {}): HandView {
  return {
    position,
    participantId,
    displayName: `Person ${participantId}`,
    group: 'civil-society',
    intent: 'speak',
    raisedAt: at(position),
    ...overrides,
  };
}

export function aFloor(overrides: Partial<FloorView> = {}): FloorView {
  return {
    turnId: 'T1',
    participantId: 'p1',
    displayName: 'Person p1',
    intent: 'speak',
    startedAt: T0,
    endsAt: at(180),
    limitSeconds: 180,
    warned: false,
    overtime: false,
    ...overrides,
  };
}

export function aPoint(id: string, overrides: Partial<PointView> = {}): PointView {
  return {
    id,
    kind: 'observation',
    text: `Point ${id}`,
    captured: false,
    postedAt: T0,
    status: 'visible',
    pinned: false,
    votes: 0,
    mergedFrom: [],
    ...overrides,
  };
}

export function aPoll(id: string, overrides: Partial<PollView> = {}): PollView {
  return {
    id,
    question: `Question ${id}?`,
    options: ['Yes', 'No'],
    resultsHiddenUntilClose: false,
    closed: false,
    openedAt: T0,
    results: [0, 0],
    totalVotes: 0,
    ...overrides,
  };
}

export function aView(overrides: Partial<ConsultationView> = {}): ConsultationView {
  return {
    id: CONSULTATION_ID,
    version: 10,
    role: 'observer',
    status: 'live',
    settings: {
      title: 'Draft convention, Asia',
      region: 'Asia',
      timeZone: 'Asia/Bangkok',
      themes: ['privacy', 'capacity building'],
      moderationMode: 'open',
      speakingLimitSeconds: 180,
      queuePolicy: 'fifo',
      capacity: 500,
      visibility: 'public',
    },
    participants: [],
    queue: [],
    points: [],
    polls: [],
    tallies: emptyTallies(),
    myUpvotes: [],
    myVotes: {},
    ...overrides,
  };
}

/** A moderator's view: it carries the ledger. */
export function aModeratorView(overrides: Partial<ConsultationView> = {}): ConsultationView {
  return aView({ role: 'moderator', ledger: [], ...overrides });
}

export function anEnvelope<T extends EventType>(
  type: T,
  data: EventDataByType[T],
  version: number,
  extras: { tallies?: Tallies; queue?: HandView[]; at?: string } = {},
): EventEnvelope {
  return { consultationId: CONSULTATION_ID, version, type, at: extras.at ?? T0, data, ...extras } as EventEnvelope;
}

export function aPrivateEnvelope(version: number, extras: { tallies?: Tallies; queue?: HandView[] } = {}): EventEnvelope {
  return { consultationId: CONSULTATION_ID, version, type: 'private', at: T0, ...extras };
}

/** A live consultation's wall headline. */
export function aWallEntry(consultationId: string, overrides: Partial<WallEntry> = {}): WallEntry {
  return {
    consultationId,
    title: `Consultation ${consultationId}`,
    region: 'Asia',
    timeZone: 'Asia/Bangkok',
    status: 'live',
    version: 1,
    reportedAt: T0,
    startedAt: T0,
    present: 0,
    presentByGroup: {},
    handsRaised: 0,
    topPoints: [],
    speakingMsByGroup: {},
    turns: 0,
    ...overrides,
  };
}
