import type { HandView } from '../contract';

/**
 * Fallbacks for an envelope that moved the queue but carried no `queue`. The server always sends
 * it today; these keep the view coherent if it ever does not, without re-implementing the
 * queue policies: they only remove, append or move, never re-sort.
 */
export function withoutHand(queue: readonly HandView[], participantId: string): HandView[] {
  return renumber(queue.filter((h) => h.participantId !== participantId));
}

export function appendHand(queue: readonly HandView[], hand: Omit<HandView, 'position'>): HandView[] {
  if (queue.some((h) => h.participantId === hand.participantId)) {
    return [...queue];
  }
  return renumber([...queue, { ...hand, position: 0 }]);
}

export function moveHand(queue: readonly HandView[], participantId: string, position: number): HandView[] {
  const hand = queue.find((h) => h.participantId === participantId);
  if (!hand) {
    return [...queue];
  }
  const rest = queue.filter((h) => h !== hand);
  const index = Math.max(0, Math.min(rest.length, position - 1));
  return renumber([...rest.slice(0, index), hand, ...rest.slice(index)]);
}

function renumber(queue: HandView[]): HandView[] {
  return queue.map((h, i) => (h.position === i + 1 ? h : { ...h, position: i + 1 }));
}
