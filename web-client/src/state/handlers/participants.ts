import type { ConsultationView, ParticipantView } from '../../contract';
import { type HandlerMap, withLedger } from './handler';

type Participants = Pick<
  HandlerMap,
  'participant-joined' | 'participant-connected' | 'participant-disconnected' | 'participant-removed'
>;

export const participantHandlers: Participants = {
  'participant-joined': (view, p) => {
    const exists = view.participants.some((x) => x.id === p.id);
    return {
      ...view,
      participants: exists ? view.participants.map((x) => (x.id === p.id ? p : x)) : [...view.participants, p],
    };
  },
  'participant-connected': (view, d) => update(view, d.participantId, (p) => ({ ...p, connected: true })),
  'participant-disconnected': (view, d) => update(view, d.participantId, (p) => ({ ...p, connected: false })),
  'participant-removed': (view, d, at) => {
    // Only moderators learn who removed someone; they keep removed people listed, others drop them.
    if (d.by === undefined) {
      return { ...view, participants: view.participants.filter((p) => p.id !== d.participantId) };
    }
    const marked = update(view, d.participantId, (p) => ({ ...p, removed: true, connected: false }));
    return withLedger(marked, {
      at: d.at ?? at,
      action: 'remove-participant',
      by: d.by,
      target: d.participantId,
      ...(d.reason !== undefined && { reason: d.reason }),
    });
  },
};

function update(view: ConsultationView, id: string, change: (p: ParticipantView) => ParticipantView): ConsultationView {
  return { ...view, participants: view.participants.map((p) => (p.id === id ? change(p) : p)) };
}
