import { describe, expect, it } from 'vitest';
import type { ConsultationSummary, GroupParticipation } from '../../contract';
import { count, hms, participationCharts, pointCountsSentence, pointsByKind, share, timeScale } from './summaryData';

const group = (g: GroupParticipation['group'], overrides: Partial<GroupParticipation> = {}): GroupParticipation => ({
  group: g,
  participants: 0,
  speakers: 0,
  turns: 0,
  spokenMs: 0,
  waitedMs: 0,
  ...overrides,
});

describe('summary text', () => {
  it('accounts for every point as the Markdown summary does', () => {
    expect(pointCountsSentence({ listed: 5, folded: 1, hidden: 1, pending: 1, total: 8 })).toBe(
      '5 points listed, with 1 duplicate folded in; 1 hidden and 1 pending left out (8 made in all).',
    );
    expect(pointCountsSentence({ listed: 1, folded: 0, hidden: 0, pending: 0, total: 1 })).toBe(
      '1 point listed, with 0 duplicates folded in; 0 hidden and 0 pending left out (1 made in all).',
    );
  });

  it('writes durations as m:ss, with hours when needed', () => {
    expect([138_000, 200_400, 0, 3_900_000].map(hms)).toEqual(['2:18', '3:20', '0:00', '1:05:00']);
  });

  it('rounds poll shares and counts nouns', () => {
    expect([share(1, 3), share(2, 3), share(0, 0)]).toEqual(['33%', '67%', '0%']);
    expect([count(1, 'vote'), count(0, 'vote')]).toEqual(['1 vote', '0 votes']);
  });
});

describe('participationCharts', () => {
  it('charts people, speaking and waiting time by group and points by kind, zeros left out', () => {
    const charts = participationCharts(
      [group('civil-society', { participants: 3, spokenMs: 600_000, waitedMs: 30_000 }), group('academia', { participants: 1, spokenMs: 180_000, waitedMs: 400 }), group('other')],
      [{ kind: 'recommendation', points: 4 }, { kind: 'question', points: 0 }],
    );
    expect(charts.map((c) => [c.id, c.unit, c.series.keys, c.series.values])).toEqual([
      ['participants-by-group', 'people', ['civil-society', 'academia'], [3, 1]],
      ['speaking-by-group', 'min', ['civil-society', 'academia'], [10, 3]],
      ['waiting-by-group', 's', ['civil-society'], [30]],
      ['points-by-kind', 'points', ['recommendation'], [4]],
    ]);
  });

  it('switches to seconds only when every time is under two minutes', () => {
    expect(timeScale([119_000]).unit).toBe('s');
    expect(timeScale([120_000, 5_000]).unit).toBe('min');
    expect(timeScale([]).unit).toBe('s');
  });

  it('counts listed points by kind from the sections', () => {
    const summary = {
      points: [
        { kind: 'recommendation', themes: [{ theme: 'privacy', points: [{}, {}] }, { points: [{}] }] },
        { kind: 'question', themes: [{ points: [{}] }] },
      ],
    } as unknown as ConsultationSummary;
    expect(pointsByKind(summary)).toEqual([
      { kind: 'recommendation', points: 3 },
      { kind: 'question', points: 1 },
    ]);
  });
});
