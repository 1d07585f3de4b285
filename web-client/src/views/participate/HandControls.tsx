import { useEffect, useRef } from 'preact/hooks';
import { type ConsultationView, HAND_INTENTS, type HandIntent } from '../../contract';
import { t } from '../../i18n/i18n';
import type { Actions } from '../shared/commands';
import { intentLabels, ordinal } from '../shared/labels';
import { InlineError } from '../shared/Notices';

/** Where a refused raise or lower is shown. */
export const HandSource = 'hand';

interface Props {
  view: ConsultationView;
  actions: Actions;
  intent: HandIntent;
  onIntent: (intent: HandIntent) => void;
}

/**
 * Raise a hand with an intent, or see one's place and lower it. The form and the lower button
 * replace each other, so focus moves to the one that appears: a keyboard user stays in place.
 */
export function HandControls({ view, actions, intent, onIntent }: Props) {
  const me = view.participantId;
  const mine = view.queue.find((h) => h.participantId === me);
  const speaking = view.floor?.participantId === me;
  const closed = view.status === 'closed';
  const lowerButton = useRef<HTMLButtonElement>(null);
  const raiseButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'lower' | 'raise'>();
  const error = actions.errorFor(HandSource);

  useEffect(() => {
    if (pendingFocus.current === 'lower' && mine) {
      lowerButton.current?.focus();
      pendingFocus.current = undefined;
    } else if (pendingFocus.current === 'raise' && !mine) {
      raiseButton.current?.focus();
      pendingFocus.current = undefined;
    }
  }, [mine !== undefined]);

  // The queue can change (the event) before or after the command's reply; whichever comes
  // last moves focus, so the target is named before sending.
  const act = async (method: 'RaiseHand' | 'LowerHand') => {
    const target = method === 'RaiseHand' ? 'lower' : 'raise';
    pendingFocus.current = target;
    const reply = await actions.run(() => (method === 'RaiseHand' ? actions.connection.invoke('RaiseHand', intent) : actions.connection.invoke('LowerHand')), HandSource);
    const button = (target === 'lower' ? lowerButton : raiseButton).current;
    if (!reply) {
      pendingFocus.current = undefined;
      (method === 'RaiseHand' ? raiseButton : lowerButton).current?.focus();
    } else if (button) {
      pendingFocus.current = undefined;
      button.focus();
    }
  };

  if (mine) {
    return (
      <div class="hand-controls" data-testid="hand-controls" data-raised="true">
        <p class="my-place" data-testid="my-queue-position" data-position={mine.position}>
          {t('hand.up', { intent: intentLabels[mine.intent], position: ordinal(mine.position), total: view.queue.length })}
        </p>
        <button
          type="button"
          ref={lowerButton}
          aria-disabled={actions.busy}
          aria-describedby={error ? 'hand-error' : undefined}
          data-testid="lower-hand"
          onClick={() => !actions.busy && void act('LowerHand')}
        >
          {t('hand.lower')}
        </button>
        <InlineError error={error} id="hand-error" />
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
        if (!actions.busy) {
          void act('RaiseHand');
        }
      }}
    >
      <fieldset disabled={closed || speaking}>
        <legend>{t('hand.ask')}</legend>
        {HAND_INTENTS.map((i) => (
          <label key={i} class="radio">
            <input type="radio" name="intent" value={i} checked={intent === i} data-testid={`intent-${i}`} onChange={() => onIntent(i)} />
            <span>
              <strong>{intentLabels[i]}</strong> <span class="muted">{t(`hand.help.${i}`)}</span>
            </span>
          </label>
        ))}
        <button type="submit" class="primary" ref={raiseButton} aria-disabled={actions.busy} aria-describedby={error ? 'hand-error' : undefined} data-testid="raise-hand">
          {t('hand.raise')}
        </button>
      </fieldset>
      <InlineError error={error} id="hand-error" />
      {speaking && <p class="muted">{t('hand.youHaveFloorNow')}</p>}
    </form>
  );
}
