import type { ConsultationView, EventDataByType, EventType, LedgerEntry } from '../../contract';

/** Folds one event's data into the view; the envelope's version, tallies and queue are applied around it. */
export type Handler<T extends EventType> = (view: ConsultationView, data: EventDataByType[T], at: string) => ConsultationView;

/** One handler per event type; a missing one is a compile error. */
export type HandlerMap = { [T in EventType]: Handler<T> };

/** Appends to the ledger only when the audience keeps one (moderators). */
export function withLedger(view: ConsultationView, entry: LedgerEntry): ConsultationView {
  return view.ledger ? { ...view, ledger: [...view.ledger, entry] } : view;
}
