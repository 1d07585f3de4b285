import type { ConsultationStatus, HandIntent, PointKind, StakeholderGroup, Visibility } from './enums';
import type { ModerationCounts } from './views';
import type { Language } from '../i18n/languages';

/**
 * `GET /api/consultations/{id}/summary?format=json` and `GET /api/summaries?format=json`
 * (src/ConsultHub.Domain/Summaries, docs/summary.schema.json, docs/summary-rollup.schema.json):
 * camelCase, kebab-case enums, null properties omitted, UTC instants, durations in milliseconds.
 */

/** What a summary is about. */
export interface SummaryMetadata {
  id: string;
  title: string;
  region: string;
  timeZone: string;
  status: ConsultationStatus;
  visibility: Visibility;
  themes: string[];
  /** YYYY-MM-DD in the consultation's own zone: of its start, else planned start, else creation. */
  heldOn?: string;
  createdAt?: string;
  startsAt?: string;
  startedAt?: string;
  closedAt?: string;
}

/** A duplicate folded into a listed point; its votes are already counted in the target's. */
export interface FoldedPoint {
  id: string;
  text: string;
  authorName?: string;
  postedAt: string;
  votes: number;
}

export interface SummaryPoint {
  id: string;
  kind: PointKind;
  theme?: string;
  text: string;
  /** Absent for points captured for the floor. */
  authorId?: string;
  authorName?: string;
  authorGroup?: StakeholderGroup;
  captured: boolean;
  turnId?: string;
  postedAt: string;
  pinned: boolean;
  votes: number;
  duplicates: FoldedPoint[];
}

/** Points of one kind and theme, most votes first; no `theme` for unthemed points (listed last). */
export interface PointThemeSection {
  theme?: string;
  points: SummaryPoint[];
}

export interface PointKindSection {
  kind: PointKind;
  themes: PointThemeSection[];
}

export interface PointCounts {
  listed: number;
  folded: number;
  hidden: number;
  pending: number;
  total: number;
}

export interface GroupParticipation {
  group: StakeholderGroup;
  participants: number;
  speakers: number;
  turns: number;
  spokenMs: number;
  waitedMs: number;
}

/** No `country` for participants who gave none. */
export interface CountryParticipation {
  country?: string;
  participants: number;
  turns: number;
  spokenMs: number;
}

export interface ParticipationSummary {
  joined: number;
  removed: number;
  /** Every group in a fixed order, zeros included. */
  byGroup: GroupParticipation[];
  byCountry: CountryParticipation[];
}

export interface SummarySpeaker {
  participantId: string;
  displayName: string;
  affiliation?: string;
  group: StakeholderGroup;
  country?: string;
  turnIds: string[];
  spokenMs: number;
  waitedMs: number;
}

export interface PollOptionResult {
  /** 0-based, as votes are cast. */
  option: number;
  text: string;
  /** Absent while results are hidden. */
  votes?: number;
}

export interface SummaryPoll {
  id: string;
  question: string;
  openedAt: string;
  closed: boolean;
  resultsHidden: boolean;
  totalVotes: number;
  options: PollOptionResult[];
}

export interface TimelinePoint {
  id: string;
  kind: PointKind;
  text: string;
  captured: boolean;
  mergedInto?: string;
}

export interface TimelineTurn {
  turnId: string;
  participantId: string;
  displayName: string;
  group: StakeholderGroup;
  intent?: HandIntent;
  startedAt: string;
  /** Absent while the turn runs. */
  endedAt?: string;
  durationMs: number;
  waitedMs: number;
  overtime: boolean;
  points: TimelinePoint[];
}

/** "Summary of recommendations and observations" of one consultation. */
export interface ConsultationSummary {
  /** The consultation's language, which the server's fixed headings use; absent means "en". */
  language?: Language;
  consultation: SummaryMetadata;
  points: PointKindSection[];
  pointCounts: PointCounts;
  participation: ParticipationSummary;
  speakers: SummarySpeaker[];
  polls: SummaryPoll[];
  moderation: ModerationCounts;
  timeline: TimelineTurn[];
}

/** Listed points of one kind. */
export interface KindCount {
  kind: PointKind;
  points: number;
}

/** Which consultations a roll-up covers; an absent filter covers all. */
export interface RollupScope {
  region?: string;
  /** YYYY-MM-DD: the day each consultation was held in its own zone. */
  date?: string;
  status?: ConsultationStatus;
}

export interface RollupTotals {
  consultations: number;
  joined: number;
  speakers: number;
  turns: number;
  spokenMs: number;
  byGroup: GroupParticipation[];
  byCountry: CountryParticipation[];
  pointsByKind: KindCount[];
  pointCounts: PointCounts;
  moderation: ModerationCounts;
}

/** Several consultations' summaries on one page: totals, then each in the order held. */
export interface RegionalRollup {
  scope: RollupScope;
  totals: RollupTotals;
  consultations: ConsultationSummary[];
}
