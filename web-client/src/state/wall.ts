import type { WallEntry, WallSnapshot, WallUpdate } from '../contract';

/**
 * The delegates' wall as a pure fold. Each entry replaces the one with its id whole, the newer
 * version wins, and a `closed` entry takes its consultation off the wall. The server sends no
 * sequence numbers for the wall, so versions alone settle races between a snapshot and updates.
 */
export interface WallState {
  /** Live consultations in the server's order: region, title, id. */
  readonly entries: readonly WallEntry[];
  /** The last version seen of each consultation that left the wall, so a stale entry cannot bring it back. */
  readonly closedAt: Readonly<Record<string, number>>;
}

export const emptyWall: WallState = { entries: [], closedAt: {} };

/** Folds one `wall` message. */
export function applyWallUpdate(state: WallState, update: WallUpdate): WallState {
  const byId = new Map(state.entries.map((e) => [e.consultationId, e]));
  const closedAt = { ...state.closedAt };
  for (const entry of update.consultations) {
    const held = byId.get(entry.consultationId);
    if ((held && held.version > entry.version) || (closedAt[entry.consultationId] ?? -1) >= entry.version) {
      continue;
    }
    if (entry.status === 'live') {
      byId.set(entry.consultationId, entry);
    } else {
      byId.delete(entry.consultationId);
      closedAt[entry.consultationId] = entry.version;
    }
  }
  return { entries: ordered([...byId.values()]), closedAt };
}

/**
 * The wall after a `WatchWall` reply: the snapshot replaces everything held, then the updates
 * that arrived while the call was in flight are folded again (the hub subscribes before it
 * reads, so some are older than the snapshot and drop out by version, some are newer).
 */
export function applyWallSnapshot(state: WallState, snapshot: WallSnapshot, buffered: readonly WallUpdate[] = []): WallState {
  const live = snapshot.consultations.filter((e) => e.status === 'live' && (state.closedAt[e.consultationId] ?? -1) < e.version);
  return buffered.reduce(applyWallUpdate, { entries: ordered(live), closedAt: state.closedAt });
}

/** Region, then title, then id, ignoring case (as the wall grain orders its snapshot). */
export function ordered(entries: WallEntry[]): WallEntry[] {
  const key = (s: string) => s.toUpperCase();
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return entries.sort(
    (a, b) =>
      cmp(key(a.region), key(b.region)) ||
      cmp(key(a.title), key(b.title)) ||
      cmp(a.consultationId, b.consultationId),
  );
}
