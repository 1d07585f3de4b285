import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsultationView, HandView } from '../../contract';
import type { Actions } from '../shared/commands';
import { groupLabels, intentLabels } from '../shared/labels';
import { HandSummary, queueSummary } from '../shared/QueueList';
import { ReasonPrompt } from '../shared/ReasonPrompt';
import { dropTarget, keyboardTarget } from './queueMoves';
import { t } from '../../i18n/i18n';

type Prompt = { kind: 'remove'; hand: HandView } | { kind: 'lower-all' };

/**
 * The queue as moderators run it. Reordering works three ways, all through MoveHand with a
 * 1-based position: move up/down buttons, Alt+ArrowUp/Down (Alt+Home/End) on a focused row,
 * and drag and drop. The row keeps focus after a keyboard move so moves can be repeated.
 */
export function ModQueue({ view, actions }: { view: ConsultationView; actions: Actions }) {
  const [prompt, setPrompt] = useState<Prompt>();
  const [dragging, setDragging] = useState<string>();
  const [over, setOver] = useState<string>();
  const [moved, setMoved] = useState<string>();
  const [refocus, setRefocus] = useState<{ participantId: string; position: number }>();
  const rows = useRef(new Map<string, HTMLLIElement>());
  const queue = view.queue;
  const closed = view.status === 'closed';

  useEffect(() => {
    const hand = refocus && queue.find((h) => h.participantId === refocus.participantId);
    if (refocus && (!hand || hand.position === refocus.position)) {
      if (hand) {
        rows.current.get(hand.participantId)?.focus();
      }
      setRefocus(undefined);
    }
  }, [queue, refocus]);

  const move = async (hand: HandView, position: number | null) => {
    if (position === null) {
      return;
    }
    setRefocus({ participantId: hand.participantId, position });
    const reply = await actions.run(() => actions.connection.invoke('MoveHand', hand.participantId, position));
    setMoved(reply ? t('queue.moved', { name: hand.displayName, position }) : undefined);
    if (!reply) {
      setRefocus(undefined);
    }
  };

  return (
    <div class="mod-queue">
      <p aria-live="polite" aria-atomic="true" class="queue-summary" data-testid="queue-summary">
        {queueSummary(queue)} {moved}
      </p>
      <p class="muted" id="queue-help">
        {t('queue.help')}
      </p>
      <ol class="queue queue-mod" data-testid="queue" aria-describedby="queue-help">
        {queue.map((hand) => (
          <li
            key={hand.participantId}
            ref={(el) => {
              if (el) {
                rows.current.set(hand.participantId, el);
              } else {
                rows.current.delete(hand.participantId);
              }
            }}
            tabIndex={0}
            draggable={!closed}
            aria-label={t('queue.row', { position: hand.position, name: hand.displayName, group: groupLabels[hand.group], intent: intentLabels[hand.intent] })}
            class={`queue-row intent-${hand.intent}${dragging === hand.participantId ? ' dragging' : ''}${over === hand.participantId ? ' drop-target' : ''}`}
            data-testid="queue-row"
            data-participant-id={hand.participantId}
            data-position={hand.position}
            onKeyDown={(e) => {
              if (e.target !== e.currentTarget) {
                return;
              }
              const target = keyboardTarget(e.key, e.altKey, hand.position, queue.length);
              if (target !== null) {
                e.preventDefault();
                void move(hand, target);
              }
            }}
            onDragStart={(e) => {
              e.dataTransfer?.setData('text/plain', hand.participantId);
              if (e.dataTransfer) {
                e.dataTransfer.effectAllowed = 'move';
              }
              setDragging(hand.participantId);
            }}
            onDragEnd={() => {
              setDragging(undefined);
              setOver(undefined);
            }}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(hand.participantId);
            }}
            onDragLeave={() => setOver((o) => (o === hand.participantId ? undefined : o))}
            onDrop={(e) => {
              e.preventDefault();
              const id = e.dataTransfer?.getData('text/plain') || dragging;
              const from = queue.find((h) => h.participantId === id);
              setDragging(undefined);
              setOver(undefined);
              if (from) {
                void move(from, dropTarget(from.position, hand.position));
              }
            }}
          >
            <HandSummary hand={hand} />
            <span class="row-actions">
              <button type="button" aria-label={t('queue.moveUp', { name: hand.displayName })} disabled={closed || actions.busy || hand.position === 1} data-testid="move-up" onClick={() => move(hand, hand.position - 1)}>
                ↑
              </button>
              <button
                type="button"
                aria-label={t('queue.moveDown', { name: hand.displayName })}
                disabled={closed || actions.busy || hand.position === queue.length}
                data-testid="move-down"
                onClick={() => move(hand, hand.position + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                disabled={closed || actions.busy || view.status !== 'live'}
                aria-label={t('queue.giveFloorTo', { name: hand.displayName })}
                data-testid="give-floor-to"
                onClick={() => actions.run(() => actions.connection.invoke('GiveFloor', hand.participantId))}
              >
                {t('queue.giveFloor')}
              </button>
              <button
                type="button"
                class="danger-quiet"
                aria-label={t('queue.removeHandOf', { name: hand.displayName })}
                disabled={closed || actions.busy}
                data-testid="remove-hand"
                onClick={() => setPrompt({ kind: 'remove', hand })}
              >
                {t('common.remove')}
              </button>
            </span>
            {prompt?.kind === 'remove' && prompt.hand.participantId === hand.participantId && (
              <ReasonPrompt
                title={t('queue.removeHandOf', { name: hand.displayName })}
                confirmLabel={t('queue.removeHand')}
                onCancel={() => setPrompt(undefined)}
                onConfirm={(reason) => {
                  setPrompt(undefined);
                  void actions.run(() => actions.connection.invoke('RemoveHand', hand.participantId, reason));
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <button type="button" class="danger-quiet" disabled={closed || actions.busy || queue.length === 0} data-testid="lower-all-hands" onClick={() => setPrompt({ kind: 'lower-all' })}>
        {t('queue.lowerAll')}
      </button>
      {prompt?.kind === 'lower-all' && (
        <ReasonPrompt
          title={t('queue.lowerAll')}
          confirmLabel={t('queue.lowerAll')}
          onCancel={() => setPrompt(undefined)}
          onConfirm={(reason) => {
            setPrompt(undefined);
            void actions.run(() => actions.connection.invoke('LowerAllHands', reason));
          }}
        />
      )}
    </div>
  );
}
