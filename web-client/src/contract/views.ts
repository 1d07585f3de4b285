import type {
  ConsultationStatus,
  HandIntent,
  Language,
  LedgerAction,
  ModerationMode,
  PointKind,
  PointStatus,
  QueuePolicy,
  Role,
  StakeholderGroup,
  Visibility,
} from './enums';

/**
 * Payload records as the server serializes them (src/ConsultHub.Domain/Views, Model): camelCase,
 * enums as kebab-case strings, times as ISO-8601 strings, null properties omitted (hence `?`).
 */

/** What a moderator sets up; the body of POST /api/consultations. */
export interface ConsultationSettings {
  title: string;
  region: string;
  timeZone: string;
  startsAt?: string;
  themes: string[];
  moderationMode: ModerationMode;
  speakingLimitSeconds: number;
  queuePolicy: QueuePolicy;
  capacity: number;
  visibility: Visibility;
  /** The consultation's language: its pages open in it and its summary's headings use it; absent means "en". */
  language?: Language;
}

export interface ParticipantView {
  id: string;
  displayName: string;
  affiliation?: string;
  group: StakeholderGroup;
  country?: string;
  isModerator: boolean;
  connected: boolean;
  removed: boolean;
  turns: number;
  spokenMs: number;
}

/** One place in the queue; `position` is 1-based and the server's order is final. */
export interface HandView {
  position: number;
  participantId: string;
  displayName: string;
  group: StakeholderGroup;
  intent: HandIntent;
  raisedAt: string;
}

/** The running turn; browsers count down to `endsAt`, a server time. */
export interface FloorView {
  turnId: string;
  participantId: string;
  displayName: string;
  intent?: HandIntent;
  startedAt: string;
  endsAt: string;
  limitSeconds: number;
  warned: boolean;
  overtime: boolean;
}

export interface PointView {
  id: string;
  kind: PointKind;
  text: string;
  theme?: string;
  authorId?: string;
  authorName?: string;
  captured: boolean;
  turnId?: string;
  postedAt: string;
  status: PointStatus;
  pinned: boolean;
  votes: number;
  mergedInto?: string;
  mergedFrom: string[];
}

/** A single-choice poll; `results` is absent while they are hidden from the audience. */
export interface PollView {
  id: string;
  question: string;
  options: string[];
  resultsHiddenUntilClose: boolean;
  closed: boolean;
  openedAt: string;
  results?: number[];
  totalVotes: number;
}

/** What observers learn of moderation: counts, never the hidden text. */
export interface ModerationCounts {
  hidden: number;
  merged: number;
  reordered: number;
  handsRemoved: number;
  participantsRemoved: number;
  pending: number;
}

/** Live tallies; map keys are group and kind wire names, country codes or theme names ("unthemed"). */
export interface Tallies {
  presentByGroup: Record<string, number>;
  presentByCountry: Record<string, number>;
  handsRaised: number;
  speakers: number;
  turns: number;
  speakingMsByGroup: Record<string, number>;
  speakingMsByCountry: Record<string, number>;
  waitingMsByGroup: Record<string, number>;
  waitingMsByCountry: Record<string, number>;
  pointsByKind: Record<string, number>;
  pointsByTheme: Record<string, number>;
  moderation: ModerationCounts;
}

/** One accountable moderation act (moderators only). */
export interface LedgerEntry {
  at: string;
  action: LedgerAction;
  by: string;
  target: string;
  reason?: string;
}

/** What one caller sees of a consultation at a version. */
export interface ConsultationView {
  id: string;
  version: number;
  role: Role;
  participantId?: string;
  status: ConsultationStatus;
  settings: ConsultationSettings;
  createdAt?: string;
  startedAt?: string;
  closedAt?: string;
  joinCode?: string;
  participants: ParticipantView[];
  queue: HandView[];
  floor?: FloorView;
  points: PointView[];
  polls: PollView[];
  tallies: Tallies;
  myUpvotes: string[];
  myVotes: Record<string, number>;
  ledger?: LedgerEntry[];
}
