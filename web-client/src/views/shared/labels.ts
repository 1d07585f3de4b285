import type {
  ConsultationStatus,
  HandIntent,
  LedgerAction,
  ModerationMode,
  PointKind,
  PointStatus,
  QueuePolicy,
  StakeholderGroup,
  Visibility,
} from '../../contract';

/** What people read for each wire name. Records keyed by the unions fail to compile when a name is missing. */
export const groupLabels: Record<StakeholderGroup, string> = {
  'civil-society': 'Civil society',
  academia: 'Academia',
  'private-sector': 'Private sector',
  'member-state': 'Member state',
  'international-organization': 'International organization',
  other: 'Other',
};

export const intentLabels: Record<HandIntent, string> = {
  speak: 'Speak',
  reply: 'Direct reply',
  'point-of-order': 'Point of order',
};

export const kindLabels: Record<PointKind, string> = {
  observation: 'Observation',
  recommendation: 'Recommendation',
  challenge: 'Challenge',
  question: 'Question',
};

export const pointStatusLabels: Record<PointStatus, string> = {
  pending: 'Waiting for approval',
  visible: 'Visible',
  hidden: 'Hidden',
  merged: 'Merged',
};

export const statusLabels: Record<ConsultationStatus, string> = {
  scheduled: 'Scheduled',
  live: 'Live',
  closed: 'Closed',
};

export const moderationModeLabels: Record<ModerationMode, string> = {
  open: 'Open: points visible at once',
  premoderated: 'Premoderated: points wait for approval',
};

export const queuePolicyLabels: Record<QueuePolicy, string> = {
  fifo: 'First come, first served',
  balanced: 'Balanced: least-heard stakeholder groups first',
  'first-time': 'First-time speakers first',
};

export const visibilityLabels: Record<Visibility, string> = {
  public: 'Public: anyone may watch',
  private: 'Private: observers need the observer key',
};

export const ledgerActionLabels: Record<LedgerAction, string> = {
  'hide-point': 'Hid a point',
  'merge-points': 'Merged points',
  'move-hand': 'Moved a hand',
  'remove-hand': 'Removed a hand',
  'lower-all-hands': 'Lowered all hands',
  'remove-participant': 'Removed a participant',
};

/** Label of a tally key: a group or kind wire name, a country code, or a theme. */
export function tallyKeyLabel(key: string): string {
  return (
    (groupLabels as Record<string, string>)[key] ??
    (kindLabels as Record<string, string>)[key] ??
    (key === 'unthemed' ? 'No theme' : key === 'unspecified' ? 'Not given' : (countryName(key) ?? key))
  );
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

/** "TH" -> "Thailand"; undefined for anything that is not an alpha-2 code. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) {
    return undefined;
  }
  try {
    const name = regionNames?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "1 h 05 min", "12 min", "45 s". */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) {
    return `${s} s`;
  }
  const minutes = Math.floor(s / 60);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  return `${Math.floor(minutes / 60)} h ${(minutes % 60).toString().padStart(2, '0')} min`;
}
