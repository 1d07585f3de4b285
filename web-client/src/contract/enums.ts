import type {
  AUDIENCES,
  CONSULTATION_STATUSES,
  ERROR_CODES,
  EVENT_TYPES,
  HAND_INTENTS,
  HAND_LOWERED_REASONS,
  HUB_METHODS,
  HUB_WIDE_METHODS,
  LANGUAGES,
  LEDGER_ACTIONS,
  MODERATION_MODES,
  POINT_KINDS,
  POINT_STATUSES,
  QUEUE_POLICIES,
  ROLES,
  STAKEHOLDER_GROUPS,
  SUMMARY_FORMATS,
  VISIBILITIES,
} from './names';

/** String unions derived from the name arrays, so each name is spelled once. */
export type HubMethod = (typeof HUB_METHODS)[number];
/** Hub methods without a consultation id. */
export type HubWideMethod = (typeof HUB_WIDE_METHODS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type ErrorCode = (typeof ERROR_CODES)[number];
export type Role = (typeof ROLES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export type ModerationMode = (typeof MODERATION_MODES)[number];
export type QueuePolicy = (typeof QUEUE_POLICIES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type Language = (typeof LANGUAGES)[number];
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];
export type HandIntent = (typeof HAND_INTENTS)[number];
export type HandLoweredReason = (typeof HAND_LOWERED_REASONS)[number];
export type PointKind = (typeof POINT_KINDS)[number];
export type PointStatus = (typeof POINT_STATUSES)[number];
export type LedgerAction = (typeof LEDGER_ACTIONS)[number];
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
