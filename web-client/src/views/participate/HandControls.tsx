import { useState } from 'preact/hooks';
import { type ConsultationView, HAND_INTENTS, type HandIntent } from '../../contract';
import type { Actions } from '../shared/commands';
import { intentLabels, ordinal } from '../shared/labels';

const intentHelp: Record<HandIntent, string> = {
  speak: 'Take a turn in order.',
  reply: 'Answer the current speaker directly; goes before ordinary turns.',
  'point-of-order': 'About the procedure; goes first.',
};

/** Raise a hand with an intent, or see one's place and lower it. */
export function HandControls({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [intent, setIntent] = useState<HandIntent>('speak');
  const me = view.participantId;
  const mine = view.queue.find((h) => h.participantId === me);
  const speaking = view.floor?.participantId === me;
  const closed = view.status === 'closed';

  if (mine) {
    return (
      <div class="hand-controls" data-testid="hand-controls" data-raised="true">
        <p class="my-place" data-testid="my-queue-position" data-position={mine.position}>
          Your hand is up ({intentLabels[mine.intent].toLowerCase()}): you are <strong>{ordinal(mine.position)}</strong> of {view.queue.length}.
        </p>
        <button type="button" disabled={actions.busy} data-testid="lower-hand" onClick={() => actions.run(() => actions.connection.invoke('LowerHand'))}>
          Lower my hand
        </button>
      </div>
    );
  }
  return (
    <form
      class="hand-controls"
      data-testid="hand-controls"
      data-raised="false"
      onSubmit={(e) => {
        e.preventDefault();
        void actions.run(() => actions.connection.invoke('RaiseHand', intent));
      }}
    >
      <fieldset disabled={closed || speaking}>
        <legend>Ask for the floor</legend>
        {HAND_INTENTS.map((i) => (
          <label key={i} class="radio">
            <input type="radio" name="intent" value={i} checked={intent === i} data-testid={`intent-${i}`} onChange={() => setIntent(i)} />
            <span>
              <strong>{intentLabels[i]}</strong> <span class="muted">{intentHelp[i]}</span>
            </span>
          </label>
        ))}
        <button type="submit" class="primary" disabled={actions.busy} data-testid="raise-hand">
          Raise my hand
        </button>
      </fieldset>
      {speaking && <p class="muted">You have the floor now.</p>}
    </form>
  );
}
