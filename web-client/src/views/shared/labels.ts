import {
  CONSULTATION_STATUSES,
  HAND_INTENTS,
  LEDGER_ACTIONS,
  MODERATION_MODES,
  POINT_KINDS,
  POINT_STATUSES,
  QUEUE_POLICIES,
  STAKEHOLDER_GROUPS,
  VISIBILITIES,
} from '../../contract';
import { intlLocale, t } from '../../i18n/i18n';

/**
 * What people read for each wire name, in the language showing: each property translates when
 * read. Records keyed by the unions fail to compile when a name is missing.
 */
function translated<K extends string>(names: readonly K[], prefix: string): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const name of names) {
    Object.defineProperty(record, name, { enumerable: true, get: () => (t as (key: string) => string)(`${prefix}.${name}`) });
  }
  return record;
}

export const groupLabels = translated(STAKEHOLDER_GROUPS, 'labels.group');
export const intentLabels = translated(HAND_INTENTS, 'labels.intent');
export const kindLabels = translated(POINT_KINDS, 'labels.kind');
export const kindPluralLabels = translated(POINT_KINDS, 'labels.kindPlural');
export const pointStatusLabels = translated(POINT_STATUSES, 'labels.pointStatus');
export const statusLabels = translated(CONSULTATION_STATUSES, 'labels.status');
export const moderationModeLabels = translated(MODERATION_MODES, 'labels.moderationMode');
export const queuePolicyLabels = translated(QUEUE_POLICIES, 'labels.queuePolicy');
export const visibilityLabels = translated(VISIBILITIES, 'labels.visibility');
export const ledgerActionLabels = translated(LEDGER_ACTIONS, 'labels.ledgerAction');

/** Label of a tally key: a group or kind wire name, a country code, or a theme. */
export function tallyKeyLabel(key: string): string {
  return (
    (groupLabels as Record<string, string>)[key] ??
    (kindLabels as Record<string, string>)[key] ??
    (key === 'unthemed' ? t('labels.unthemed') : key === 'unspecified' ? t('labels.unspecified') : (countryName(key) ?? key))
  );
}

const regionNames = new Map<string, Intl.DisplayNames | undefined>();

/** Country names in the language showing, made once per locale. */
function regionNamesNow(): Intl.DisplayNames | undefined {
  const locale = intlLocale();
  if (!regionNames.has(locale)) {
    try {
      regionNames.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
    } catch {
      regionNames.set(locale, undefined);
    }
  }
  return regionNames.get(locale);
}

/** "TH" -> "Thailand"; undefined for anything that is not an alpha-2 code. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) {
    return undefined;
  }
  try {
    const name = regionNamesNow()?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "1st", "2nd", "3rd", "11th", "22nd" (each language's own ordinal rules). */
export function ordinal(n: number): string {
  return t('labels.ordinal', { count: n, ordinal: true });
}

/** "1 h 05 min", "12 min", "45 s". */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) {
    return t('labels.seconds', { s });
  }
  const minutes = Math.floor(s / 60);
  if (minutes < 60) {
    return t('labels.minutes', { m: minutes });
  }
  return t('labels.hoursMinutes', { h: Math.floor(minutes / 60), mm: (minutes % 60).toString().padStart(2, '0') });
}
