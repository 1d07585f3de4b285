import type { HandIntent, HubMethod, PointKind } from './enums';
import type { CommandReply, WatchReply } from './messages';

/**
 * The arguments of every hub method after the consultation id. SignalR has no optional
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

/** What each hub method returns. */
export type HubReply<M extends HubMethod> = M extends 'Watch' ? WatchReply : CommandReply;

/** Methods that change state (everything but Watch). */
export type HubCommand = Exclude<HubMethod, 'Watch'>;

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** Compile-time check that every method in names.ts has its arguments here, and no more. */
export const HUB_ARGS_COVER_HUB_METHODS: Exact<keyof HubCommandArgs, HubMethod> = true;
