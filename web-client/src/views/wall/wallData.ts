import { STAKEHOLDER_GROUPS, type StakeholderGroup, type WallEntry } from '../../contract';
import { groupLabels } from '../shared/labels';
import { liveSpeakingByGroup } from '../../state/runningTurn';

/** One stakeholder group in one consultation: its share of the room against its share of the floor. */
export interface BalanceRow {
  group: StakeholderGroup;
  label: string;
  present: number;
  /** 0..1 of everyone present. */
  presentShare: number;
  spokenMs: number;
  /** 0..1 of all speaking time so far, the turn in progress included. */
  spokenShare: number;
}

/**
 * Groups that are present or have spoken, in the fixed group order so cards line up side by side.
 * Speaking time counts the turn in progress up to <paramref name="serverNow"/> (omit it to count ended turns only).
 */
export function balanceRows(entry: WallEntry, serverNow?: number): BalanceRow[] {
  const speaking = serverNow === undefined ? entry.speakingMsByGroup : liveSpeakingByGroup(entry, serverNow);
  const present = STAKEHOLDER_GROUPS.reduce((n, g) => n + (entry.presentByGroup[g] ?? 0), 0);
  const spoken = STAKEHOLDER_GROUPS.reduce((n, g) => n + (speaking[g] ?? 0), 0);
  return STAKEHOLDER_GROUPS.map((group) => {
    const p = entry.presentByGroup[group] ?? 0;
    const s = speaking[group] ?? 0;
    return { group, label: groupLabels[group], present: p, presentShare: present ? p / present : 0, spokenMs: s, spokenShare: spoken ? s / spoken : 0 };
  }).filter((r) => r.present > 0 || r.spokenMs > 0);
}

/** "43%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The headline of the speaking time balance: the group whose share of the floor is furthest from
 * its share of the room, or undefined before anyone finished a turn. Gaps under 10 points read as
 * balanced, since a single long turn moves shares that much in a small room. Of two groups
 * equally far off, the one heard more than its share is named.
 */
export function balanceHeadline(rows: readonly BalanceRow[]): string | undefined {
  if (!rows.some((r) => r.spokenMs > 0)) {
    return undefined;
  }
  const gapOf = (r: BalanceRow) => r.spokenShare - r.presentShare;
  // Ties (two groups mirror each other) name the group heard more than its share.
  const furthest = rows.reduce((a, b) => {
    const d = Math.abs(gapOf(b)) - Math.abs(gapOf(a));
    return d > 1e-9 || (Math.abs(d) <= 1e-9 && gapOf(b) > gapOf(a)) ? b : a;
  });
  const gap = gapOf(furthest);
  if (Math.abs(gap) < 0.1) {
    return 'Speaking time is in line with who is in the room.';
  }
  return `${furthest.label}: ${percent(furthest.spokenShare)} of speaking time, ${percent(furthest.presentShare)} of the room.`;
}

/**
 * What a screen reader should hear when the wall changes: consultations arriving and leaving, and
 * who takes the floor. Counts that move every second are left to the page, not announced.
 */
export function wallAnnouncements(before: readonly WallEntry[], after: readonly WallEntry[]): string[] {
  const old = new Map(before.map((e) => [e.consultationId, e]));
  const now = new Map(after.map((e) => [e.consultationId, e]));
  const lines: string[] = [];
  for (const e of after) {
    const was = old.get(e.consultationId);
    if (!was) {
      lines.push(`${e.title} (${e.region}) is live.`);
    }
    if (e.speaker && e.speaker.participantId !== was?.speaker?.participantId) {
      lines.push(`${e.title}: ${e.speaker.displayName} has the floor.`);
    }
  }
  for (const e of before) {
    if (!now.has(e.consultationId)) {
      lines.push(`${e.title} (${e.region}) has left the wall.`);
    }
  }
  return lines;
}

/** How the wall lays out: up to 3 large cards side by side, up to 6 medium ones, then one table row per consultation. */
export function wallDensity(count: number): 'roomy' | 'medium' | 'dense' {
  return count <= 3 ? 'roomy' : count <= 6 ? 'medium' : 'dense';
}
