import type { ComponentChildren } from 'preact';
import type { HandView } from '../../contract';
import { groupLabels, intentLabels, ordinal } from './labels';
import { t } from '../../i18n/i18n';

interface Props {
  queue: readonly HandView[];
  meId?: string | undefined;
  /** Shown on projected screens: only the first rows, with a count of the rest. */
  limit?: number;
  actions?: (hand: HandView) => ComponentChildren;
}

/** Summary read out when the queue changes; the list itself is not a live region. */
export function queueSummary(queue: readonly HandView[], meId?: string): string {
  const count = queue.length === 0 ? t('queue.none') : t('queue.raised', { count: queue.length });
  const mine = meId ? queue.find((h) => h.participantId === meId) : undefined;
  return mine ? `${count} ${t('queue.yourPlace', { position: ordinal(mine.position) })}` : count;
}

/** The speaking queue in the server's order (never re-sorted here). */
export function QueueList({ queue, meId, limit, actions }: Props) {
  const shown = limit ? queue.slice(0, limit) : queue;
  return (
    <>
      <p aria-live="polite" aria-atomic="true" class="queue-summary" data-testid="queue-summary">
        {queueSummary(queue, meId)}
      </p>
      <ol class="queue" data-testid="queue">
        {shown.map((hand) => (
          <li
            key={hand.participantId}
            class={`queue-row intent-${hand.intent}${hand.participantId === meId ? ' queue-row-mine' : ''}`}
            data-testid="queue-row"
            data-participant-id={hand.participantId}
            data-position={hand.position}
          >
            <HandSummary hand={hand} />
            {actions && <span class="row-actions">{actions(hand)}</span>}
          </li>
        ))}
      </ol>
      {limit && queue.length > limit && <p class="queue-more">{t('queue.more', { count: queue.length - limit })}</p>}
    </>
  );
}

export function HandSummary({ hand }: { hand: HandView }) {
  return (
    <span class="hand">
      <span class="hand-position" aria-hidden="true">
        {hand.position}
      </span>
      <span class="hand-name">{hand.displayName}</span>
      <span class="hand-group">{groupLabels[hand.group]}</span>
      {hand.intent !== 'speak' && <span class={`tag tag-${hand.intent}`}>{intentLabels[hand.intent]}</span>}
    </span>
  );
}
