import type { Tallies } from '../../contract';
import { tallyKeyLabel } from '../shared/labels';
import { t as translate } from '../../i18n/i18n';
import type { en } from '../../i18n/locales/en';

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
    head.push({ key: 'others', label: translate('labels.others', { count: tail.length }), value: round(tail.reduce((sum, e) => sum + e.value, 0)) });
  }
  return { keys: head.map((e) => e.key), labels: head.map((e) => e.label), values: head.map((e) => e.value) };
}

/** Milliseconds as minutes with one decimal, the unit time charts use. */
export const minutes = (ms: number): number => round(ms / 60_000);

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Units of the charts' figures; people read them translated (watch.units). */
export type Unit = keyof typeof en.watch.units;

export interface ChartSpec {
  id: string;
  title: string;
  unit: Unit;
  series: Series;
}

/** "Points by theme: privacy 3 points, No theme 1 points." for a chart's alternative text. */
export function chartSummary(spec: ChartSpec): string {
  const unit = translate(`watch.units.${spec.unit}`);
  if (spec.series.values.length === 0) {
    return translate('watch.chartEmpty', { title: spec.title });
  }
  const items = spec.series.labels.map((label, i) => translate('watch.chartItem', { label, value: spec.series.values[i], unit }));
  return translate('watch.chartSummary', { title: spec.title, items: items.join(', ') });
}

/** Every tally chart of the observer dashboard, in reading order. */
export function tallyCharts(tallies: Tallies): ChartSpec[] {
  const chart = (id: keyof typeof en.watch.charts, unit: Unit, series: Series): ChartSpec => ({ id, title: translate(`watch.charts.${id}`), unit, series });
  return [
    chart('present-by-group', 'people', seriesOf(tallies.presentByGroup)),
    chart('speaking-by-group', 'min', seriesOf(tallies.speakingMsByGroup, minutes)),
    chart('waiting-by-group', 'min', seriesOf(tallies.waitingMsByGroup, minutes)),
    chart('points-by-kind', 'points', seriesOf(tallies.pointsByKind)),
    chart('present-by-country', 'people', seriesOf(tallies.presentByCountry)),
    chart('speaking-by-country', 'min', seriesOf(tallies.speakingMsByCountry, minutes)),
    chart('waiting-by-country', 'min', seriesOf(tallies.waitingMsByCountry, minutes)),
    chart('points-by-theme', 'points', seriesOf(tallies.pointsByTheme)),
  ];
}

/** "International organization" -> ["International", "organization"]: words to lines of at most `max` characters (a longer word keeps its line). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.length > 0 ? lines : [label];
}
