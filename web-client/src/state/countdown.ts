import type { FloorView } from '../contract';

/** Seconds left at which a turn shows its warning; the server warns at the same point. */
export const WARNING_MS = 30_000;

export interface Countdown {
  /** Milliseconds left (negative in overtime). */
  remainingMs: number;
  /** 30 seconds or less left. */
  warning: boolean;
  /** The limit has passed (by the clock, or as the server marked it). */
  overtime: boolean;
  /** "2:05" while time is left, "+0:12" in overtime. */
  label: string;
  /** Elapsed since the turn started, in milliseconds. */
  elapsedMs: number;
}

/** What a countdown needs of a turn (a FloorView, or the wall's speaker, which has no warning flag). */
export type TurnTiming = Pick<FloorView, 'startedAt' | 'endsAt' | 'overtime'> & { warned?: boolean };

/** The countdown of a turn at server time `serverNowMs` (see ServerClock.now). */
export function countdown(floor: TurnTiming, serverNowMs: number): Countdown {
  const remainingMs = Date.parse(floor.endsAt) - serverNowMs;
  const overtime = floor.overtime || remainingMs <= 0;
  return {
    remainingMs,
    warning: !overtime && (floor.warned === true || remainingMs <= WARNING_MS),
    overtime,
    label: overtime ? `+${clock(Math.max(0, -remainingMs))}` : clock(Math.ceil(remainingMs / 1000) * 1000),
    elapsedMs: Math.max(0, serverNowMs - Date.parse(floor.startedAt)),
  };
}

/** m:ss for a duration in milliseconds (floored to the second). */
export function clock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}
