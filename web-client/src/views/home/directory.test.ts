import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../contract';
import { directoryCount, filterDirectory, isOverdue, regionsOf, sectionsOf } from './directory';

function entry(id: string, overrides: Partial<DirectoryEntry> = {}): DirectoryEntry {
  return {
    id,
    title: `Consultation ${id}`,
    region: 'Asia',
    timeZone: 'Asia/Bangkok',
    status: 'scheduled',
    participants: 0,
    present: 0,
    observers: 0,
    visibility: 'public',
    ...overrides,
  };
}

const ids = (entries: DirectoryEntry[]) => entries.map((e) => e.id);

const all = [
  entry('live-b', { status: 'live', title: 'Beta', region: 'Africa', present: 30, observers: 4 }),
  entry('live-a', { status: 'live', title: 'Alpha', region: 'asia ', present: 12, observers: 2 }),
  entry('soon', { startsAt: '2025-03-16T14:00:00Z' }),
  entry('later', { startsAt: '2025-03-30T13:00:00Z', region: 'Americas' }),
  entry('undated', { title: 'Aardvark' }),
  entry('past', { startsAt: '2025-03-01T09:00:00Z' }),
  entry('closed-old', { status: 'closed', startsAt: '2025-02-01T09:00:00Z', region: 'ASIA' }),
  entry('closed-new', { status: 'closed', startsAt: '2025-03-10T09:00:00Z', region: 'Africa' }),
  entry('closed-undated', { status: 'closed' }),
];

describe('sectionsOf', () => {
  it('puts live consultations by title, upcoming soonest first and closed most recent first', () => {
    const s = sectionsOf(all);
    expect(ids(s.live)).toEqual(['live-a', 'live-b']);
    expect(ids(s.upcoming)).toEqual(['past', 'soon', 'later', 'undated']);
    expect(ids(s.closed)).toEqual(['closed-new', 'closed-old', 'closed-undated']);
  });

  it('counts what is live and who is there', () => {
    expect(directoryCount(sectionsOf(all))).toBe('2 live (42 present, 6 watching) · 4 upcoming · 3 closed');
    expect(directoryCount(sectionsOf([]))).toBe('0 live · 0 upcoming · 0 closed');
  });
});

describe('filterDirectory', () => {
  it('matches regions ignoring case and surrounding spaces', () => {
    expect(ids(filterDirectory(all, { region: 'Asia' }))).toEqual(['live-a', 'soon', 'undated', 'past', 'closed-old', 'closed-undated']);
    expect(ids(filterDirectory(all, { region: ' africa' }))).toEqual(['live-b', 'closed-new']);
  });

  it('filters by status, and by both', () => {
    expect(ids(filterDirectory(all, { status: 'live' }))).toEqual(['live-b', 'live-a']);
    expect(ids(filterDirectory(all, { region: 'asia', status: 'closed' }))).toEqual(['closed-old', 'closed-undated']);
    expect(filterDirectory(all, {})).toHaveLength(all.length);
    expect(filterDirectory(all, { region: 'Europe' })).toEqual([]);
  });
});

describe('regionsOf', () => {
  it('lists each region once in the first spelling seen, sorted', () => {
    expect(regionsOf(all)).toEqual(['Africa', 'Americas', 'asia']);
    expect(regionsOf([entry('x', { region: '  ' })])).toEqual([]);
  });
});

describe('isOverdue', () => {
  it('flags scheduled consultations past their planned start only', () => {
    const now = Date.parse('2025-03-12T00:00:00Z');
    expect(all.filter((e) => isOverdue(e, now)).map((e) => e.id)).toEqual(['past']);
  });
});
