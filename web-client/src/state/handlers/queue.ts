import type { ConsultationView, FloorView } from '../../contract';
import { appendHand, moveHand, withoutHand } from '../queue';
import { type HandlerMap, withLedger } from './handler';

type Queue = Pick<
  HandlerMap,
  | 'hand-raised'
  | 'hand-lowered'
  | 'all-hands-lowered'
  | 'hand-moved'
  | 'floor-given'
  | 'turn-warned'
  | 'turn-overtime'
  | 'turn-ended'
>;

/** Queue changes here are fallbacks: the envelope's own `queue`, applied afterwards, wins. */
export const queueHandlers: Queue = {
  'hand-raised': (view, d) => {
    const p = view.participants.find((x) => x.id === d.participantId);
    const hand = {
      participantId: d.participantId,
      displayName: p?.displayName ?? d.participantId,
      group: p?.group ?? 'other',
      intent: d.intent,
      raisedAt: d.raisedAt,
    } as const;
    return { ...view, queue: appendHand(view.queue, hand) };
  },
  'hand-lowered': (view, d) => {
    const next = { ...view, queue: withoutHand(view.queue, d.participantId) };
    if (d.reason !== 'moderator') {
      return next;
    }
    return withLedger(next, {
      at: d.at,
      action: 'remove-hand',
      by: d.by ?? 'moderator',
      target: d.participantId,
      ...(d.note !== undefined && { reason: d.note }),
    });
  },
  'all-hands-lowered': (view, d) =>
    withLedger(
      { ...view, queue: [] },
      {
        at: d.at,
        action: 'lower-all-hands',
        by: d.by,
        target: view.queue.map((h) => h.participantId).join(','),
        ...(d.reason !== undefined && { reason: d.reason }),
      },
    ),
  'hand-moved': (view, d) =>
    withLedger(
      { ...view, queue: moveHand(view.queue, d.participantId, d.position) },
      {
        at: d.at,
        action: 'move-hand',
        by: d.by,
        target: d.participantId,
        ...(d.reason !== undefined && { reason: d.reason }),
      },
    ),
  'floor-given': (view, floor) => ({
    ...view,
    floor,
    queue: withoutHand(view.queue, floor.participantId),
    participants: view.participants.map((p) => (p.id === floor.participantId ? { ...p, turns: p.turns + 1 } : p)),
  }),
  'turn-warned': (view, d) => markFloor(view, d.turnId, { warned: true }),
  'turn-overtime': (view, d) => markFloor(view, d.turnId, { warned: true, overtime: true }),
  'turn-ended': (view, d) => {
    const ended = view.floor?.turnId === d.turnId ? view.floor : undefined;
    const speakerId = d.participantId ?? ended?.participantId;
    const spent = d.durationMs ?? 0;
    const { floor: _dropped, ...rest } = view;
    const next: ConsultationView = ended ? rest : view;
    return {
      ...next,
      participants: next.participants.map((p) => (p.id === speakerId ? { ...p, spokenMs: p.spokenMs + spent } : p)),
    };
  },
};

function markFloor(view: ConsultationView, turnId: string, change: Partial<FloorView>): ConsultationView {
  return view.floor?.turnId === turnId ? { ...view, floor: { ...view.floor, ...change } } : view;
}
