import type { PointView } from '../contract';

/**
 * Pinned first, then most votes, then oldest: the server's ranking
 * (PointView.Ranked), re-applied because vote counts change between full views.
 */
export function rankPoints(points: readonly PointView[]): PointView[] {
  return [...points].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      b.votes - a.votes ||
      Date.parse(a.postedAt) - Date.parse(b.postedAt) ||
      a.id.length - b.id.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Replaces the point with the same id, or adds it. */
export function upsertPoint(points: readonly PointView[], point: PointView): PointView[] {
  const exists = points.some((p) => p.id === point.id);
  return rankPoints(exists ? points.map((p) => (p.id === point.id ? point : p)) : [...points, point]);
}

/** Changes one point, if the audience has it. */
export function updatePoint(points: readonly PointView[], id: string, change: (p: PointView) => PointView): PointView[] {
  return rankPoints(points.map((p) => (p.id === id ? change(p) : p)));
}

/** Points observers and participants see on a projected list: visible ones, ranked. */
export function visiblePoints(points: readonly PointView[]): PointView[] {
  return points.filter((p) => p.status === 'visible');
}
