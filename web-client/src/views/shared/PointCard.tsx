import type { ComponentChildren } from 'preact';
import type { PointView } from '../../contract';
import { kindLabels, pointStatusLabels } from './labels';
import { t } from '../../i18n/i18n';

function byline(point: PointView): string {
  if (point.captured) {
    return point.authorName ? t('points.capturedFor', { name: point.authorName }) : t('points.capturedForFloor');
  }
  return point.authorName ? t('points.postedBy', { name: point.authorName }) : t('points.postedByAnon');
}

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
        {point.pinned && <span class="tag tag-pinned">{t('points.pinned')}</span>}
        {point.status !== 'visible' && (
          <span class={`tag tag-status-${point.status}`} data-testid="point-status">
            {pointStatusLabels[point.status]}
            {point.mergedInto ? ` ${t('points.mergedInto', { id: point.mergedInto })}` : ''}
          </span>
        )}
        <span class="point-id">{point.id}</span>
      </p>
      <p class="point-text" data-testid="point-text">
        {point.text}
      </p>
      <p class="point-byline">
        {byline(point)}
        {mine ? ` ${t('common.you')}` : ''} · <span data-testid="point-votes">{point.votes}</span> {t('points.voteWord', { count: point.votes })}
        {point.mergedFrom.length > 0 && ` · ${t('points.mergedFrom', { ids: point.mergedFrom.join(', ') })}`}
      </p>
      {children && <div class="row-actions">{children}</div>}
    </li>
  );
}
