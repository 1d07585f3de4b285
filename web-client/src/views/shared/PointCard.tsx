import type { ComponentChildren } from 'preact';
import type { PointView } from '../../contract';
import { kindLabels, pointStatusLabels } from './labels';

/** One point; text is rendered as text (Preact escapes it), never as HTML. */
export function PointCard({ point, mine, children }: { point: PointView; mine?: boolean; children?: ComponentChildren }) {
  return (
    <li
      class={`point point-${point.kind} point-status-${point.status}${point.pinned ? ' point-pinned' : ''}`}
      data-testid="point-item"
      data-point-id={point.id}
      data-status={point.status}
    >
      <p class="point-meta">
        <span class={`tag tag-kind-${point.kind}`}>{kindLabels[point.kind]}</span>
        {point.theme && <span class="tag tag-theme">{point.theme}</span>}
        {point.pinned && <span class="tag tag-pinned">Pinned</span>}
        {point.status !== 'visible' && (
          <span class={`tag tag-status-${point.status}`} data-testid="point-status">
            {pointStatusLabels[point.status]}
            {point.mergedInto ? ` into ${point.mergedInto}` : ''}
          </span>
        )}
        <span class="point-id">{point.id}</span>
      </p>
      <p class="point-text" data-testid="point-text">
        {point.text}
      </p>
      <p class="point-byline">
        {point.captured ? `Captured for ${point.authorName ?? 'the floor'}` : `Posted by ${point.authorName ?? 'a participant'}`}
        {mine ? ' (you)' : ''} · <span data-testid="point-votes">{point.votes}</span> {point.votes === 1 ? 'vote' : 'votes'}
        {point.mergedFrom.length > 0 && ` · merged from ${point.mergedFrom.join(', ')}`}
      </p>
      {children && <div class="row-actions">{children}</div>}
    </li>
  );
}
