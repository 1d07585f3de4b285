/**
 * Every name the browser shares with the server, written once as plain literal arrays so a
 * server-side test can read this file and compare it with the C# hub and domain.
 * Renaming anything here is a breaking change of the wire contract.
 */

/** Methods of the hub at {@link HUB_PATH}, as the C# `ConsultationHub` declares them. */
export const HUB_METHODS = [
  'Watch',
  'Leave',
  'RaiseHand',
  'LowerHand',
  'PostPoint',
  'Upvote',
  'Vote',
  'Start',
  'Close',
  'GiveFloor',
  'EndTurn',
  'LowerAllHands',
  'RemoveHand',
  'MoveHand',
  'ApprovePoint',
  'HidePoint',
  'PinPoint',
  'SetPointTheme',
  'MergePoints',
  'CapturePoint',
  'OpenPoll',
  'ClosePoll',
  'RemoveParticipant',
  'WatchWall',
] as const;

/** Hub methods that take no consultation id (the hub-wide delegates' wall). */
export const HUB_WIDE_METHODS = ['WatchWall'] as const;

/** Messages the server sends to browsers (`IConsultationClient`; SignalR matches them case-insensitively). */
export const CLIENT_EVENTS = ['event', 'events', 'removed', 'wall'] as const;

/** Wire names of the domain events (the `JsonDerivedType` discriminators of `ConsultationEvent`). */
export const EVENT_TYPES = [
  'consultation-created',
  'consultation-started',
  'consultation-closed',
  'participant-joined',
  'participant-connected',
  'participant-disconnected',
  'participant-removed',
  'hand-raised',
  'hand-lowered',
  'all-hands-lowered',
  'hand-moved',
  'floor-given',
  'turn-warned',
  'turn-overtime',
  'turn-ended',
  'point-posted',
  'point-upvoted',
  'point-upvote-withdrawn',
  'point-approved',
  'point-hidden',
  'point-pinned',
  'point-theme-set',
  'points-merged',
  'poll-opened',
  'poll-vote-cast',
  'poll-closed',
] as const;

/** The envelope type of a change the receiving audience may not see; it only advances the version. */
export const PRIVATE_EVENT_TYPE = 'private';

/** Codes that start a refused command's hub error message and an HTTP problem's `code`. */
export const ERROR_CODES = ['forbidden', 'invalid', 'conflict', 'rate-limited', 'not-found', 'unavailable'] as const;

/** Kebab-case wire names of the C# enums. */
export const ROLES = ['anonymous', 'observer', 'participant', 'moderator', 'organizer', 'system'] as const;
export const AUDIENCES = ['moderator', 'participant', 'observer'] as const;
export const CONSULTATION_STATUSES = ['scheduled', 'live', 'closed'] as const;
export const MODERATION_MODES = ['open', 'premoderated'] as const;
export const QUEUE_POLICIES = ['fifo', 'balanced', 'first-time'] as const;
export const VISIBILITIES = ['public', 'private'] as const;
/** The consultation's language: the six official languages of the United Nations. */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export const STAKEHOLDER_GROUPS = [
  'civil-society',
  'academia',
  'private-sector',
  'member-state',
  'international-organization',
  'other',
] as const;
export const HAND_INTENTS = ['speak', 'reply', 'point-of-order'] as const;
export const HAND_LOWERED_REASONS = ['own', 'moderator', 'all-lowered', 'left', 'grace-expired', 'removed', 'closed'] as const;
export const POINT_KINDS = ['observation', 'recommendation', 'challenge', 'question'] as const;
export const POINT_STATUSES = ['pending', 'visible', 'hidden', 'merged'] as const;
export const LEDGER_ACTIONS = [
  'hide-point',
  'merge-points',
  'move-hand',
  'remove-hand',
  'lower-all-hands',
  'remove-participant',
] as const;

/** Where the hub and the API live, relative to the page's origin. */
export const HUB_PATH = '/hubs/consultation';
export const API_PATH = '/api/consultations';
/** Roll-ups of several consultations' summaries (organizer only); a single summary is `${API_PATH}/{id}/summary`. */
export const ROLLUP_PATH = '/api/summaries';

/** The `format` values of the summary and roll-up endpoints. */
export const SUMMARY_FORMATS = ['markdown', 'json', 'csv'] as const;
