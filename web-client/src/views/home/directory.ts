import type { ConsultationStatus, DirectoryEntry } from '../../contract';
import { t } from '../../i18n/i18n';

/** The directory's filters; an absent one lets everything through. */
export interface DirectoryFilters {
  region?: string | undefined;
  status?: ConsultationStatus | undefined;
}

/** The directory in the three sections people look for. */
export interface DirectorySections {
  live: DirectoryEntry[];
  upcoming: DirectoryEntry[];
  closed: DirectoryEntry[];
}

/** Regions are free text: "Asia", "asia " and "ASIA" are one region (as the roll-up compares them). */
export function regionKey(region: string): string {
  return region.trim().toLocaleLowerCase('en');
}

/** Every region once, in the spelling seen first, sorted for a select. */
export function regionsOf(entries: readonly DirectoryEntry[]): string[] {
  const byKey = new Map<string, string>();
  for (const e of entries) {
    const key = regionKey(e.region);
    if (key && !byKey.has(key)) {
      byKey.set(key, e.region.trim());
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

export function filterDirectory(entries: readonly DirectoryEntry[], filters: DirectoryFilters): DirectoryEntry[] {
  const region = filters.region ? regionKey(filters.region) : '';
  return entries.filter((e) => (!region || regionKey(e.region) === region) && (!filters.status || e.status === filters.status));
}

/**
 * Live consultations by title; upcoming ones soonest first (those without a start time last);
 * closed ones most recent first.
 */
export function sectionsOf(entries: readonly DirectoryEntry[]): DirectorySections {
  const byTitle = (a: DirectoryEntry, b: DirectoryEntry) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id, 'en');
  const start = (e: DirectoryEntry) => (e.startsAt ? Date.parse(e.startsAt) : undefined);
  const byStart = (direction: 1 | -1) => (a: DirectoryEntry, b: DirectoryEntry) => {
    const sa = start(a);
    const sb = start(b);
    if (sa === undefined || sb === undefined) {
      return sa === sb ? byTitle(a, b) : sa === undefined ? 1 : -1;
    }
    return (sa - sb) * direction || byTitle(a, b);
  };
  return {
    live: entries.filter((e) => e.status === 'live').sort(byTitle),
    upcoming: entries.filter((e) => e.status === 'scheduled').sort(byStart(1)),
    closed: entries.filter((e) => e.status === 'closed').sort(byStart(-1)),
  };
}

/** A scheduled consultation whose planned start has passed without it going live. */
export function isOverdue(entry: DirectoryEntry, nowMs: number): boolean {
  return entry.status === 'scheduled' && entry.startsAt !== undefined && Date.parse(entry.startsAt) < nowMs;
}

/** "2 live (45 present, 12 watching) · 3 upcoming · 1 closed". */
export function directoryCount(s: DirectorySections): string {
  const present = s.live.reduce((n, e) => n + e.present, 0);
  const watching = s.live.reduce((n, e) => n + e.observers, 0);
  const live = s.live.length > 0 ? t('home.liveCount', { count: s.live.length, present, watching }) : t('home.liveNone');
  return t('home.count', { live, upcoming: s.upcoming.length, closed: s.closed.length });
}
