import type { HandIntent, HubMethod, HubWideMethod, PointKind } from './enums';
import type { CommandReply, WatchReply } from './messages';
import type { WallSnapshot } from './wall';

/** Hub methods whose first argument is a consultation id. */
export type ConsultationHubMethod = Exclude<HubMethod, HubWideMethod>;

/**
 * The arguments of every consultation hub method after the consultation id. SignalR has no optional
 * arguments, so "no value" is passed as null, never left out.
 */
export interface HubCommandArgs {
  Watch: [sinceVersion: number | null];
  Leave: [];
  RaiseHand: [intent: HandIntent];
  LowerHand: [];
  PostPoint: [kind: PointKind, text: string, theme: string | null];
  Upvote: [pointId: string];
  Vote: [pollId: string, option: number];
  Start: [];
  Close: [];
  GiveFloor: [participantId: string | null];
  EndTurn: [];
  LowerAllHands: [reason: string | null];
  RemoveHand: [participantId: string, reason: string | null];
  MoveHand: [participantId: string, position: number];
  ApprovePoint: [pointId: string];
  HidePoint: [pointId: string, reason: string | null];
  PinPoint: [pointId: string, pinned: boolean];
  SetPointTheme: [pointId: string, theme: string | null];
  MergePoints: [duplicateId: string, intoId: string];
  CapturePoint: [kind: PointKind, text: string, theme: string | null, attributedTo: string | null];
  OpenPoll: [question: string, options: string[], resultsHiddenUntilClose: boolean];
  ClosePoll: [pollId: string];
  RemoveParticipant: [participantId: string, reason: string | null];
}

/** The arguments of the hub-wide methods (no consultation id). */
export interface HubWideArgs {
  WatchWall: [];
}

/** What each hub method returns. */
export type HubReply<M extends HubMethod> = M extends 'Watch' ? WatchReply : M extends 'WatchWall' ? WallSnapshot : CommandReply;

/** Methods that change a consultation (everything but the watches). */
export type HubCommand = Exclude<ConsultationHubMethod, 'Watch'>;

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** Compile-time checks that every method in names.ts has its arguments here, and no more. */
export const HUB_ARGS_COVER_HUB_METHODS: Exact<keyof HubCommandArgs, ConsultationHubMethod> = true;
export const HUB_WIDE_ARGS_COVER_HUB_WIDE_METHODS: Exact<keyof HubWideArgs, HubWideMethod> = true;
