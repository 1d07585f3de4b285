import type { ConsultationSummary } from '../../contract';
import { groupLabels, intentLabels, kindLabels } from '../shared/labels';
import { dualRange } from '../shared/time';
import { hms } from './summaryData';

/** Who had the floor when, and the points made during each turn. */
export function SummaryTimeline({ summary, viewerZone }: { summary: ConsultationSummary; viewerZone: string }) {
  const zone = summary.consultation.timeZone;
  return (
    <section class="summary-section" data-testid="summary-timeline" aria-labelledby={`timeline-${summary.consultation.id}`}>
      <h3 id={`timeline-${summary.consultation.id}`}>Timeline</h3>
      {summary.timeline.length === 0 && <p class="muted">Nobody had the floor.</p>}
      <ol class="summary-timeline">
        {summary.timeline.map((t) => (
          <li key={t.turnId} data-testid="summary-turn" data-turn-id={t.turnId} data-overtime={String(t.overtime)}>
            <p>
              <strong>{t.turnId}</strong> <time dateTime={t.startedAt}>{dualRange(t.startedAt, t.endedAt, zone, viewerZone)}</time> ·{' '}
              {t.endedAt ? hms(t.durationMs) : 'running'} · {t.displayName}, {groupLabels[t.group]}
              {t.intent && t.intent !== 'speak' && ` · ${intentLabels[t.intent]}`}
              {t.overtime && <span class="overtime-mark"> · overtime</span>}
              {t.waitedMs > 0 && <span class="muted"> · waited {hms(t.waitedMs)}</span>}
            </p>
            {t.points.length > 0 && (
              <ul class="summary-turn-points">
                {t.points.map((p) => (
                  <li key={p.id} data-testid="summary-turn-point" data-point-id={p.id}>
                    {p.id} {kindLabels[p.kind].toLowerCase()}
                    {p.mergedInto && ` (folded into ${p.mergedInto})`}
                    {p.captured && ' (captured)'}: <span class="point-text">{p.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
