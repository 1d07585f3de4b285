import type { Tallies } from '../../contract';
import { tallyKeyLabel } from '../shared/labels';

/** One chart's bars, largest first. */
export interface Series {
  keys: string[];
  labels: string[];
  values: number[];
}

/** Bars a projected chart can show legibly; the rest are summed into one "Others" bar. */
export const MaxBars = 10;

/** A tally map as bars: largest first, ties by label, the tail folded into "Others". */
export function seriesOf(map: Readonly<Record<string, number>>, scale: (value: number) => number = (v) => v): Series {
  const entries = Object.entries(map)
    .filter(([, v]) => v > 0)
    .map(([key, v]) => ({ key, label: tallyKeyLabel(key), value: scale(v) }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'en'));
  const head = entries.length > MaxBars ? entries.slice(0, MaxBars - 1) : entries;
  const tail = entries.slice(head.length);
  if (tail.length > 0) {
    head.push({ key: 'others', label: `Others (${tail.length})`, value: round(tail.reduce((sum, e) => sum + e.value, 0)) });
  }
  return { keys: head.map((e) => e.key), labels: head.map((e) => e.label), values: head.map((e) => e.value) };
}

/** Milliseconds as minutes with one decimal, the unit time charts use. */
export const minutes = (ms: number): number => round(ms / 60_000);

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export interface ChartSpec {
  id: string;
  title: string;
  unit: string;
  series: Series;
}

/** Every tally chart of the observer dashboard, in reading order. */
export function tallyCharts(t: Tallies): ChartSpec[] {
  return [
    { id: 'present-by-group', title: 'Present by stakeholder group', unit: 'people', series: seriesOf(t.presentByGroup) },
    { id: 'speaking-by-group', title: 'Speaking time by group', unit: 'min', series: seriesOf(t.speakingMsByGroup, minutes) },
    { id: 'waiting-by-group', title: 'Waiting time by group', unit: 'min', series: seriesOf(t.waitingMsByGroup, minutes) },
    { id: 'points-by-kind', title: 'Points by kind', unit: 'points', series: seriesOf(t.pointsByKind) },
    { id: 'present-by-country', title: 'Present by country', unit: 'people', series: seriesOf(t.presentByCountry) },
    { id: 'speaking-by-country', title: 'Speaking time by country', unit: 'min', series: seriesOf(t.speakingMsByCountry, minutes) },
    { id: 'waiting-by-country', title: 'Waiting time by country', unit: 'min', series: seriesOf(t.waitingMsByCountry, minutes) },
    { id: 'points-by-theme', title: 'Points by theme', unit: 'points', series: seriesOf(t.pointsByTheme) },
  ];
}
