import type { ConsultationSummary, GroupParticipation, KindCount, PointCounts } from '../../contract';
import { minutes, type Series, seriesOf } from '../watch/talliesData';

/** One chart of a printed summary: bars with their unit and a title. */
export interface SummaryChartSpec {
  id: string;
  title: string;
  unit: string;
  series: Series;
}

/** "5 points listed, with 1 duplicate folded in; 1 hidden and 1 pending left out (8 made in all)." */
export function pointCountsSentence(c: PointCounts): string {
  return `${count(c.listed, 'point')} listed, with ${count(c.folded, 'duplicate')} folded in; ${c.hidden} hidden and ${c.pending} pending left out (${c.total} made in all).`;
}

/** "1 point", "2 points". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "2:18", "1:05:00": speaking and waiting times as the Markdown summary writes them. */
export function hms(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = (total % 60).toString().padStart(2, '0');
  return h > 0 ? `${h}:${m.toString().padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "50%" of a poll's votes; "0%" when nobody voted. */
export function share(votes: number, total: number): string {
  return `${total > 0 ? Math.round((votes / total) * 100) : 0}%`;
}

/** Times in minutes, or in seconds when the longest is under two minutes (a short session would chart as zeros). */
export function timeScale(values: readonly number[]): { unit: string; scale: (ms: number) => number } {
  return Math.max(0, ...values) < 120_000 ? { unit: 's', scale: (ms) => Math.round(ms / 1000) } : { unit: 'min', scale: minutes };
}

/** The charts of participation by stakeholder group and of points by kind, as printed. */
export function participationCharts(byGroup: readonly GroupParticipation[], pointsByKind: readonly KindCount[]): SummaryChartSpec[] {
  const map = (pick: (g: GroupParticipation) => number) => Object.fromEntries(byGroup.map((g) => [g.group, pick(g)]));
  const spoken = timeScale(byGroup.map((g) => g.spokenMs));
  const waited = timeScale(byGroup.map((g) => g.waitedMs));
  return [
    { id: 'participants-by-group', title: 'Participants by stakeholder group', unit: 'people', series: seriesOf(map((g) => g.participants)) },
    // Scaled before seriesOf drops zeros, so a time that rounds to nothing gets no empty bar.
    { id: 'speaking-by-group', title: 'Speaking time by group', unit: spoken.unit, series: seriesOf(map((g) => spoken.scale(g.spokenMs))) },
    { id: 'waiting-by-group', title: 'Waiting time by group', unit: waited.unit, series: seriesOf(map((g) => waited.scale(g.waitedMs))) },
    { id: 'points-by-kind', title: 'Points listed by kind', unit: 'points', series: seriesOf(Object.fromEntries(pointsByKind.map((k) => [k.kind, k.points]))) },
  ];
}

/** Listed points by kind, counted from the summary's sections (kinds in the summary's order, empty ones left out). */
export function pointsByKind(summary: ConsultationSummary): KindCount[] {
  return summary.points.map((section) => ({ kind: section.kind, points: section.themes.reduce((n, t) => n + t.points.length, 0) }));
}
