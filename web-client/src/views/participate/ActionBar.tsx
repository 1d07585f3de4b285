import type { ConsultationView, HandIntent } from '../../contract';
import { t } from '../../i18n/i18n';
import type { Actions } from '../shared/commands';
import { HandSource } from './HandControls';

interface Props {
  view: ConsultationView;
  actions: Actions;
  intent: HandIntent;
}

/** Moves focus to a control further down the page and brings it into view (the phone's keyboard then opens on it). */
function focusOn(selector: string) {
  const target = document.querySelector<HTMLElement>(selector);
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

/**
 * A participant's next action, always in reach: on a phone a bar fixed to the bottom of the
 * screen with large targets. The hand button is one element whose label follows the state, so
 * focus stays on it after raising or lowering.
 */
export function ActionBar({ view, actions, intent }: Props) {
  const me = view.participantId;
  const raised = view.queue.some((h) => h.participantId === me);
  const speaking = view.floor !== undefined && view.floor.participantId === me;
  const openPoll = [...view.polls].reverse().find((p) => !p.closed && view.myVotes[p.id] === undefined);
  const hand = () => {
    if (actions.busy) {
      return;
    }
    if (speaking) {
      void actions.run(() => actions.connection.invoke('EndTurn'), HandSource);
    } else if (raised) {
      void actions.run(() => actions.connection.invoke('LowerHand'), HandSource);
    } else {
      void actions.run(() => actions.connection.invoke('RaiseHand', intent), HandSource);
    }
  };
  return (
    <nav class="action-bar" aria-label={t('participate.actions')} data-testid="action-bar">
      <button
        type="button"
        class={raised || speaking ? 'action action-on' : 'action primary'}
        aria-disabled={actions.busy}
        aria-describedby={actions.errorFor(HandSource) ? 'hand-error' : undefined}
        data-testid="action-hand"
        data-state={speaking ? 'speaking' : raised ? 'raised' : 'lowered'}
        onClick={hand}
      >
        {speaking ? t('floor.endMyTurn') : raised ? t('hand.lower') : t('hand.raise')}
      </button>
      <button type="button" class="action" data-testid="action-point" onClick={() => focusOn('#pp-text')}>
        {t('participate.toPoint')}
      </button>
      {openPoll && (
        <button type="button" class="action" data-testid="action-vote" onClick={() => focusOn(`#ballot-${CSS.escape(openPoll.id)} input[type=radio]`)}>
          {t('participate.toPolls')}
        </button>
      )}
    </nav>
  );
}
