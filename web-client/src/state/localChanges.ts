import type { ConsultationView, PointKind } from '../contract';
import { upsertPoint } from './points';

/**
 * Facts the caller learns from its own command replies rather than from events: events are
 * shaped once per audience, so they never say who voted, and a participant's own pending
 * point reaches them only as a `private` event.
 */

/** Records a successful Upvote (a toggle) in the caller's own upvotes. */
export function toggleMyUpvote(view: ConsultationView, pointId: string): ConsultationView {
  const mine = view.myUpvotes.includes(pointId);
  return { ...view, myUpvotes: mine ? view.myUpvotes.filter((id) => id !== pointId) : [...view.myUpvotes, pointId] };
}

/** Records a successful Vote. */
export function recordMyVote(view: ConsultationView, pollId: string, option: number): ConsultationView {
  return { ...view, myVotes: { ...view.myVotes, [pollId]: option } };
}

/** Shows the caller's own point while it waits for approval, unless an event already brought it. */
export function addOwnPendingPoint(
  view: ConsultationView,
  point: { id: string; kind: PointKind; text: string; theme: string | null; postedAt: string },
): ConsultationView {
  if (view.points.some((p) => p.id === point.id)) {
    return view;
  }
  const me = view.participants.find((p) => p.id === view.participantId);
  return {
    ...view,
    points: upsertPoint(view.points, {
      id: point.id,
      kind: point.kind,
      text: point.text.trim(),
      ...(point.theme !== null && { theme: point.theme }),
      ...(view.participantId !== undefined && { authorId: view.participantId }),
      ...(me && { authorName: me.displayName }),
      captured: false,
      postedAt: point.postedAt,
      status: 'pending',
      pinned: false,
      votes: 0,
      mergedFrom: [],
    }),
  };
}
