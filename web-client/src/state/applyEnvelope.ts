import { type ConsultationView, type EventEnvelope, type EventType, EVENT_TYPES, PRIVATE_EVENT_TYPE } from '../contract';
import type { Handler, HandlerMap } from './handlers/handler';
import { lifecycleHandlers } from './handlers/lifecycle';
import { participantHandlers } from './handlers/participants';
import { pointHandlers } from './handlers/points';
import { pollHandlers } from './handlers/polls';
import { queueHandlers } from './handlers/queue';

const handlers: HandlerMap = {
  ...lifecycleHandlers,
  ...participantHandlers,
  ...queueHandlers,
  ...pointHandlers,
  ...pollHandlers,
};

const knownTypes: ReadonlySet<string> = new Set(EVENT_TYPES);

/**
 * Folds one envelope into a view and returns the new view (the input is not changed). The
 * envelope's `tallies` and `queue`, when present, replace the view's: the server computes them
 * and the browser never re-sorts the queue. Private and unknown event types only advance the
 * version (and take the tallies and queue they carry), so a newer server never breaks the page.
 * Ordering and gaps are the caller's concern (see StreamTracker).
 */
export function applyEnvelope(view: ConsultationView, envelope: EventEnvelope): ConsultationView {
  let next = view;
  if (envelope.type !== PRIVATE_EVENT_TYPE && knownTypes.has(envelope.type) && envelope.data != null) {
    const handle = handlers[envelope.type] as Handler<EventType>;
    next = handle(view, envelope.data, envelope.at);
  }
  return {
    ...next,
    version: envelope.version,
    ...(envelope.tallies && { tallies: envelope.tallies }),
    ...(envelope.queue && { queue: envelope.queue }),
  };
}
