import type { ConsultationStatus, PointKind, StakeholderGroup } from './enums';

/**
 * The delegates' wall as the hub sends it (src/ConsultHub.Grains/Wall): `WatchWall()` returns a
 * WallSnapshot and subscribes the connection; `wall` messages carry WallUpdates.
 */

/** Who has the floor in one consultation. */
export interface WallSpeaker {
  participantId: string;
  displayName: string;
  group: StakeholderGroup;
  startedAt: string;
  /** When the speaking limit is reached, in server time. */
  endsAt: string;
  overtime: boolean;
}

/** A top point: visible only, text cut to 280 characters by the server. */
export interface WallPoint {
  id: string;
  kind: PointKind;
  text: string;
  theme?: string;
  votes: number;
}

/** One live public consultation's headline; each report replaces the previous one whole. */
export interface WallEntry {
  consultationId: string;
  title: string;
  region: string;
  timeZone: string;
  /** `live`, or `closed` when the consultation leaves the wall. */
  status: ConsultationStatus;
  /** The consultation's version the headline reflects; the newer one wins. */
  version: number;
  reportedAt: string;
  startedAt?: string;
  present: number;
  /** Group wire names; groups with nobody present are left out. */
  presentByGroup: Record<string, number>;
  handsRaised: number;
  speaker?: WallSpeaker;
  /** Up to three, most votes first, then oldest. */
  topPoints: WallPoint[];
  /** Speaking time of ended turns by group wire name. */
  speakingMsByGroup: Record<string, number>;
  turns: number;
}

/** The whole wall, the reply to `WatchWall()`; ordered by region, title and id. */
export interface WallSnapshot {
  consultations: WallEntry[];
}

/** The `wall` message: changed entries only; a `closed` entry takes its consultation off the wall. */
export interface WallUpdate {
  consultations: WallEntry[];
}
