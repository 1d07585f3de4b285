import { type ConsultationSettings, LIMITS, type ModerationMode, type QueuePolicy, type Visibility } from '../../contract';
import { zonedWallTimeToUtc } from '../shared/time';

/** The create form as typed: strings, as inputs hold them. */
export interface SettingsDraft {
  title: string;
  region: string;
  timeZone: string;
  /** datetime-local value, a wall time in `timeZone`; empty for none. */
  startsAt: string;
  /** One theme per line. */
  themes: string;
  moderationMode: ModerationMode;
  speakingLimitSeconds: string;
  queuePolicy: QueuePolicy;
  capacity: string;
  visibility: Visibility;
}

export function emptyDraft(timeZone: string): SettingsDraft {
  return {
    title: '',
    region: '',
    timeZone,
    startsAt: '',
    themes: '',
    moderationMode: 'open',
    speakingLimitSeconds: String(LIMITS.speakingLimitSeconds.default),
    queuePolicy: 'fifo',
    capacity: String(LIMITS.capacity.default),
    visibility: 'public',
  };
}

/**
 * Builds the settings to send, or the first problem a person can fix before sending. The
 * server validates again; this only saves a round trip for the obvious cases.
 */
export function toSettings(d: SettingsDraft): { settings: ConsultationSettings } | { problem: string } {
  const title = d.title.trim();
  const region = d.region.trim();
  const themes = d.themes.split('\n').map((t) => t.trim()).filter(Boolean);
  const limit = Number(d.speakingLimitSeconds);
  const capacity = Number(d.capacity);
  if (!title) {
    return { problem: 'Give the consultation a title.' };
  }
  if (!region) {
    return { problem: 'Say which region the consultation is for.' };
  }
  if (!Number.isInteger(limit) || limit < LIMITS.speakingLimitSeconds.min || limit > LIMITS.speakingLimitSeconds.max) {
    return { problem: `The speaking limit must be ${LIMITS.speakingLimitSeconds.min} to ${LIMITS.speakingLimitSeconds.max} seconds.` };
  }
  if (!Number.isInteger(capacity) || capacity < LIMITS.capacity.min || capacity > LIMITS.capacity.max) {
    return { problem: `Capacity must be ${LIMITS.capacity.min} to ${LIMITS.capacity.max} participants.` };
  }
  const seen = new Set<string>();
  for (const theme of themes) {
    if (seen.has(theme.toLowerCase())) {
      return { problem: `The theme "${theme}" is listed twice.` };
    }
    seen.add(theme.toLowerCase());
  }
  let startsAt: string | undefined;
  if (d.startsAt) {
    startsAt = zonedWallTimeToUtc(d.startsAt, d.timeZone) ?? undefined;
    if (!startsAt) {
      return { problem: 'The start time is not a date and time.' };
    }
  }
  return {
    settings: {
      title,
      region,
      timeZone: d.timeZone,
      ...(startsAt && { startsAt }),
      themes,
      moderationMode: d.moderationMode,
      speakingLimitSeconds: limit,
      queuePolicy: d.queuePolicy,
      capacity,
      visibility: d.visibility,
    },
  };
}
