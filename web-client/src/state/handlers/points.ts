import type { ConsultationView } from '../../contract';
import { updatePoint, upsertPoint } from '../points';
import { type HandlerMap, withLedger } from './handler';

type Points = Pick<
  HandlerMap,
  | 'point-posted'
  | 'point-approved'
  | 'point-upvoted'
  | 'point-upvote-withdrawn'
  | 'point-hidden'
  | 'point-pinned'
  | 'point-theme-set'
  | 'points-merged'
>;

export const pointHandlers: Points = {
  'point-posted': (view, point) => ({ ...view, points: upsertPoint(view.points, point) }),
  'point-approved': (view, point) => ({ ...view, points: upsertPoint(view.points, point) }),
  'point-upvoted': (view, d) => ({ ...view, points: updatePoint(view.points, d.pointId, (p) => ({ ...p, votes: d.votes })) }),
  'point-upvote-withdrawn': (view, d) => ({
    ...view,
    points: updatePoint(view.points, d.pointId, (p) => ({ ...p, votes: d.votes })),
  }),
  'point-hidden': (view, d, at) => {
    // Moderators keep hidden points (for the record) and learn who hid them; others lose the point.
    if (d.by === undefined) {
      return { ...view, points: view.points.filter((p) => p.id !== d.pointId) };
    }
    const next = {
      ...view,
      points: updatePoint(view.points, d.pointId, (p) => ({ ...p, status: 'hidden' as const, pinned: false })),
    };
    return withLedger(next, {
      at: d.at ?? at,
      action: 'hide-point',
      by: d.by,
      target: d.pointId,
      ...(d.reason !== undefined && { reason: d.reason }),
    });
  },
  'point-pinned': (view, d) => ({ ...view, points: updatePoint(view.points, d.pointId, (p) => ({ ...p, pinned: d.pinned })) }),
  'point-theme-set': (view, d) => ({
    ...view,
    points: updatePoint(view.points, d.pointId, ({ theme: _old, ...p }) => (d.theme === undefined ? p : { ...p, theme: d.theme })),
  }),
  'points-merged': (view, d, at) => merged(view, d.duplicateId, d.intoId, d.votes, d.by, d.reason, at),
};

function merged(
  view: ConsultationView,
  duplicateId: string,
  intoId: string,
  votes: number,
  by: string | undefined,
  reason: string | undefined,
  at: string,
): ConsultationView {
  let points = updatePoint(view.points, intoId, (p) => ({
    ...p,
    votes,
    mergedFrom: p.mergedFrom.includes(duplicateId) ? p.mergedFrom : [...p.mergedFrom, duplicateId],
  }));
  points =
    by === undefined
      ? points.filter((p) => p.id !== duplicateId)
      : updatePoint(points, duplicateId, (p) => ({ ...p, status: 'merged', mergedInto: intoId, pinned: false }));
  // An upvote on the duplicate now counts for the target (the server merges voters).
  const myUpvotes =
    view.myUpvotes.includes(duplicateId) && !view.myUpvotes.includes(intoId)
      ? [...view.myUpvotes, intoId]
      : view.myUpvotes;
  const next = { ...view, points, myUpvotes };
  return by === undefined
    ? next
    : withLedger(next, {
        at,
        action: 'merge-points',
        by,
        target: `${duplicateId}->${intoId}`,
        ...(reason !== undefined && { reason }),
      });
}
