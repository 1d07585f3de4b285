import { type ConsultationSettings, LIMITS, type ModerationMode, type QueuePolicy, type Visibility } from '../../contract';
import { zonedWallTimeToUtc } from '../shared/time';
import { t } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';

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
  language: Language;
}

/** A blank form in the organizer's time zone and language. */
export function emptyDraft(timeZone: string, language: Language = 'en'): SettingsDraft {
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
    language,
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
    return { problem: t('organize.problems.title') };
  }
  if (!region) {
    return { problem: t('organize.problems.region') };
  }
  if (!Number.isInteger(limit) || limit < LIMITS.speakingLimitSeconds.min || limit > LIMITS.speakingLimitSeconds.max) {
    return { problem: t('organize.problems.limit', { min: LIMITS.speakingLimitSeconds.min, max: LIMITS.speakingLimitSeconds.max }) };
  }
  if (!Number.isInteger(capacity) || capacity < LIMITS.capacity.min || capacity > LIMITS.capacity.max) {
    return { problem: t('organize.problems.capacity', { min: LIMITS.capacity.min, max: LIMITS.capacity.max }) };
  }
  const seen = new Set<string>();
  for (const theme of themes) {
    if (seen.has(theme.toLowerCase())) {
      return { problem: t('organize.problems.themeTwice', { theme }) };
    }
    seen.add(theme.toLowerCase());
  }
  let startsAt: string | undefined;
  if (d.startsAt) {
    startsAt = zonedWallTimeToUtc(d.startsAt, d.timeZone) ?? undefined;
    if (!startsAt) {
      return { problem: t('organize.problems.start') };
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
      // English is the server's default; leaving it out keeps the body valid for hosts that predate the setting.
      ...(d.language !== 'en' && { language: d.language }),
    },
  };
}
