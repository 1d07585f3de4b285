import { describe, expect, it } from 'vitest';
import { emptyTallies } from '../../testing/builders';
import { chartSummary, MaxBars, minutes, seriesOf, tallyCharts, wrapLabel } from './talliesData';

describe('seriesOf', () => {
  it('puts the largest first, labels keys for people and drops zeros', () => {
    expect(seriesOf({ academia: 2, 'civil-society': 5, other: 0 })).toEqual({
      keys: ['civil-society', 'academia'],
      labels: ['Civil society', 'Academia'],
      values: [5, 2],
    });
  });

  it('folds the tail into Others so a projected chart stays legible', () => {
    const many = Object.fromEntries(['AT', 'BR', 'CN', 'DE', 'EG', 'FR', 'GH', 'IN', 'JP', 'KE', 'MX', 'NG'].map((c, i) => [c, 20 - i]));
    const s = seriesOf(many);
    expect(s.values).toHaveLength(MaxBars);
    expect(s.labels.at(-1)).toBe('Others (3)');
    expect(s.values.at(-1)).toBe(9 + 10 + 11);
  });

  it('scales milliseconds to minutes', () => {
    expect(seriesOf({ academia: 90_000 }, minutes).values).toEqual([1.5]);
  });
});

describe('tallyCharts', () => {
  it('charts presence, speaking and waiting by group and country, and points by kind and theme', () => {
    const charts = tallyCharts(emptyTallies({ pointsByTheme: { unthemed: 3, privacy: 1 }, waitingMsByCountry: { TH: 120_000 } }));
    expect(charts.map((c) => c.id)).toEqual([
      'present-by-group',
      'speaking-by-group',
      'waiting-by-group',
      'points-by-kind',
      'present-by-country',
      'speaking-by-country',
      'waiting-by-country',
      'points-by-theme',
    ]);
    expect(charts.find((c) => c.id === 'points-by-theme')?.series.labels).toEqual(['No theme', 'privacy']);
    expect(charts.find((c) => c.id === 'waiting-by-country')?.series).toMatchObject({ labels: ['Thailand'], values: [2] });
  });
});

describe('chart labels and summaries', () => {
  it('wraps long labels into lines instead of letting the chart cut them', () => {
    expect(wrapLabel('International organization', 18)).toEqual(['International', 'organization']);
    expect(wrapLabel('data sharing and privacy', 18)).toEqual(['data sharing and', 'privacy']);
    expect(wrapLabel('Academia', 18)).toEqual(['Academia']);
  });

  it('says an empty chart has nothing yet instead of describing bare axes', () => {
    const empty = tallyCharts(emptyTallies()).find((c) => c.id === 'points-by-theme')!;
    expect(chartSummary(empty)).toBe('Points by theme: nothing yet.');
    expect(chartSummary({ ...empty, series: seriesOf({ privacy: 3 }) })).toBe('Points by theme: privacy 3 points.');
  });
});
