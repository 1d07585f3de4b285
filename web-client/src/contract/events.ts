import type { EventType, HandIntent, HandLoweredReason } from './enums';
import type { PRIVATE_EVENT_TYPE } from './names';
import type { ConsultationSettings, FloorView, HandView, ParticipantView, PointView, PollView, Tallies } from './views';

/**
 * The `data` of each event type as the receiving audience gets it
 * (src/ConsultHub.Domain/Views/EventProjector.cs). Fields only moderators receive are optional.
 */
export interface EventDataByType {
  'consultation-created': { settings: ConsultationSettings; createdAt: string };
  'consultation-started': { startedAt: string };
  'consultation-closed': { closedAt: string };
  'participant-joined': ParticipantView;
  'participant-connected': { participantId: string };
  'participant-disconnected': { participantId: string; at: string };
  'participant-removed': { participantId: string; by?: string; reason?: string; at?: string };
  'hand-raised': { participantId: string; intent: HandIntent; raisedAt: string };
  'hand-lowered': { participantId: string; reason: HandLoweredReason; at: string; by?: string; note?: string };
  'all-hands-lowered': { by: string; at: string; reason?: string };
  'hand-moved': { participantId: string; position: number; by: string; at: string; reason?: string };
  'floor-given': FloorView;
  'turn-warned': { turnId: string };
  'turn-overtime': { turnId: string };
  'turn-ended': { turnId: string; participantId?: string; endedAt: string; durationMs?: number };
  'point-posted': PointView;
  'point-upvoted': { pointId: string; votes: number };
  'point-upvote-withdrawn': { pointId: string; votes: number };
  'point-approved': PointView;
  'point-hidden': { pointId: string; by?: string; reason?: string; at?: string };
  'point-pinned': { pointId: string; pinned: boolean };
  'point-theme-set': { pointId: string; theme?: string };
  'points-merged': { duplicateId: string; intoId: string; votes: number; by?: string; reason?: string };
  'poll-opened': PollView;
  'poll-vote-cast': PollView;
  'poll-closed': PollView;
}

/** Compile-time check that every event type in names.ts has a payload here, and no more. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const EVENT_DATA_COVERS_EVENT_TYPES: Exact<keyof EventDataByType, EventType> = true;

/** An envelope whose `type` names its `data`. */
export type TypedEnvelope<T extends EventType> = EnvelopeBase & { type: T; data: EventDataByType[T] };

/** A change this audience may not see: no data, but it advances the version. */
export type PrivateEnvelope = EnvelopeBase & { type: typeof PRIVATE_EVENT_TYPE; data?: undefined };

interface EnvelopeBase {
  consultationId: string;
  version: number;
  /** Server time of the change (ISO-8601). */
  at: string;
  /** The whole tallies after the change, when it moved a tally. */
  tallies?: Tallies;
  /** The whole queue after the change, when it moved the queue; shown as is, never re-sorted. */
  queue?: HandView[];
}

/** The `event` message: one per accepted change, in version order without gaps. */
export type EventEnvelope = { [T in EventType]: TypedEnvelope<T> }[EventType] | PrivateEnvelope;
