import type { ConsultationStatus, HandIntent, Language, PointKind, StakeholderGroup, Visibility } from './enums';
import type { ModerationCounts } from './views';

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
  /** The consultation's language; the fixed words in `labels` are in it. */
  language: Language;
  consultation: SummaryMetadata;
  points: PointKindSection[];
  pointCounts: PointCounts;
  participation: ParticipationSummary;
  speakers: SummarySpeaker[];
  polls: SummaryPoll[];
  moderation: ModerationCounts;
  timeline: TimelineTurn[];
  labels: SummaryLabels;
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
  /** The roll-up's own language (`lang` query parameter, default en), whatever each consultation ran in. */
  language: Language;
  labels: SummaryLabels;
}

/**
 * A counted phrase by CLDR plural category: pick with `new Intl.PluralRules(language).select(n)`,
 * fall back to `other`, and put the number where `{0}` is.
 */
export interface PluralForms {
  other: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
}

/**
 * The summary's fixed words in its language (src/ConsultHub.Domain/Summaries/Localization): what
 * the printed page uses for headings, labels and table headers, so it reads like the Markdown.
 * Templates hold `{0}`, `{1}`… (SummaryLabels.cs says what each receives); kinds, groups,
 * statuses and intents are keyed by wire name. People's own words are never in here.
 */
export interface SummaryLabels {
  language: Language;
  title: string;
  rollupTitle: string;
  region: string;
  day: string;
  dayValue: string;
  allRegions: string;
  allDays: string;
  status: string;
  consultations: string;
  noneListed: string;
  totals: string;
  totalsLine: string;
  kind: string;
  pointsListed: string;
  consultation: string;
  timeZone: string;
  timeZoneValue: string;
  heldOn: string;
  created: string;
  plannedStart: string;
  started: string;
  closed: string;
  themes: string;
  points: string;
  pointCountsLine: string;
  noTheme: string;
  participation: string;
  joined: string;
  joinedWithRemoved: string;
  byGroup: string;
  byCountry: string;
  group: string;
  participants: string;
  speakers: string;
  speaker: string;
  turns: string;
  speakingTime: string;
  waitingTime: string;
  country: string;
  unspecified: string;
  polls: string;
  noPolls: string;
  pollOpen: string;
  pollClosed: string;
  resultsHidden: string;
  option: string;
  votes: string;
  share: string;
  moderation: string;
  hidden: string;
  merged: string;
  pending: string;
  handsMoved: string;
  handsRemoved: string;
  participantsRemoved: string;
  theFloor: string;
  pinned: string;
  captured: string;
  foldedIn: string;
  timeline: string;
  nobodySpoke: string;
  timelineZone: string;
  until: string;
  stillSpeaking: string;
  overtime: string;
  foldedInto: string;
  local: string;
  voteCount: PluralForms;
  pointCount: PluralForms;
  duplicateCount: PluralForms;
  participantCount: PluralForms;
  consultationCount: PluralForms;
  speakerCount: PluralForms;
  turnCount: PluralForms;
  kindHeadings: Record<PointKind, string>;
  kinds: Record<PointKind, string>;
  groups: Record<StakeholderGroup, string>;
  statuses: Record<ConsultationStatus, string>;
  intents: Record<HandIntent, string>;
}
