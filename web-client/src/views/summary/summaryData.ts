import type { ConsultationSummary, GroupParticipation, KindCount, PointCounts } from '../../contract';
import { minutes, type Series, seriesOf, type Unit } from '../watch/talliesData';
import { t } from '../../i18n/i18n';

/** One chart of a printed summary: bars with their unit and a title. */
export interface SummaryChartSpec {
  id: string;
  title: string;
  unit: Unit;
  series: Series;
}

/** "5 points listed, with 1 duplicate folded in; 1 hidden and 1 pending left out (8 made in all)." */
export function pointCountsSentence(c: PointCounts): string {
  return t('summary.pointCounts', { listed: count(c.listed, 'point'), folded: count(c.folded, 'duplicate'), hidden: c.hidden, pending: c.pending, total: c.total });
}

const nounKeys = {
  point: 'summary.pointsCount',
  duplicate: 'summary.duplicates',
  vote: 'points.votes',
  participant: 'summary.participants',
  consultation: 'summary.consultations',
} as const;

/** "1 point", "2 points", with each language's plural forms. */
export function count(n: number, noun: keyof typeof nounKeys): string {
  return t(nounKeys[noun], { count: n });
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
export function timeScale(values: readonly number[]): { unit: Unit; scale: (ms: number) => number } {
  return Math.max(0, ...values) < 120_000 ? { unit: 's' as const, scale: (ms) => Math.round(ms / 1000) } : { unit: 'min' as const, scale: minutes };
}

/** The charts of participation by stakeholder group and of points by kind, as printed. */
export function participationCharts(byGroup: readonly GroupParticipation[], pointsByKind: readonly KindCount[]): SummaryChartSpec[] {
  const map = (pick: (g: GroupParticipation) => number) => Object.fromEntries(byGroup.map((g) => [g.group, pick(g)]));
  const spoken = timeScale(byGroup.map((g) => g.spokenMs));
  const waited = timeScale(byGroup.map((g) => g.waitedMs));
  return [
    { id: 'participants-by-group', title: t('summary.charts.participants-by-group'), unit: 'people', series: seriesOf(map((g) => g.participants)) },
    // Scaled before seriesOf drops zeros, so a time that rounds to nothing gets no empty bar.
    { id: 'speaking-by-group', title: t('summary.charts.speaking-by-group'), unit: spoken.unit, series: seriesOf(map((g) => spoken.scale(g.spokenMs))) },
    { id: 'waiting-by-group', title: t('summary.charts.waiting-by-group'), unit: waited.unit, series: seriesOf(map((g) => waited.scale(g.waitedMs))) },
    { id: 'points-by-kind', title: t('summary.charts.points-by-kind'), unit: 'points', series: seriesOf(Object.fromEntries(pointsByKind.map((k) => [k.kind, k.points]))) },
  ];
}

/** Listed points by kind, counted from the summary's sections (kinds in the summary's order, empty ones left out). */
export function pointsByKind(summary: ConsultationSummary): KindCount[] {
  return summary.points.map((section) => ({ kind: section.kind, points: section.themes.reduce((n, t) => n + t.points.length, 0) }));
}
