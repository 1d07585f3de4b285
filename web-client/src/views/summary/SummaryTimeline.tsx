import type { ConsultationSummary } from '../../contract';
import { groupLabels, intentLabels, kindLabels } from '../shared/labels';
import { dualRange } from '../shared/time';
import { hms } from './summaryData';
import { intlLocale, t } from '../../i18n/i18n';

/** Who had the floor when, and the points made during each turn. */
export function SummaryTimeline({ summary, viewerZone }: { summary: ConsultationSummary; viewerZone: string }) {
  const zone = summary.consultation.timeZone;
  return (
    <section class="summary-section" data-testid="summary-timeline" aria-labelledby={`timeline-${summary.consultation.id}`}>
      <h3 id={`timeline-${summary.consultation.id}`}>{t('summary.timeline')}</h3>
      {summary.timeline.length === 0 && <p class="muted">{t('summary.nobodySpoke')}</p>}
      <ol class="summary-timeline">
        {summary.timeline.map((turn) => (
          <li key={turn.turnId} data-testid="summary-turn" data-turn-id={turn.turnId} data-overtime={String(turn.overtime)}>
            <p>
              <strong>{turn.turnId}</strong> <time dateTime={turn.startedAt}>{dualRange(turn.startedAt, turn.endedAt, zone, viewerZone)}</time> ·{' '}
              {turn.endedAt ? hms(turn.durationMs) : t('summary.running')} · {turn.displayName}, {groupLabels[turn.group]}
              {turn.intent && turn.intent !== 'speak' && ` · ${intentLabels[turn.intent]}`}
              {turn.overtime && <span class="overtime-mark"> · {t('summary.overtime')}</span>}
              {turn.waitedMs > 0 && <span class="muted"> · {t('summary.waited', { time: hms(turn.waitedMs) })}</span>}
            </p>
            {turn.points.length > 0 && (
              <ul class="summary-turn-points">
                {turn.points.map((p) => (
                  <li key={p.id} data-testid="summary-turn-point" data-point-id={p.id}>
                    {p.id} {kindLabels[p.kind].toLocaleLowerCase(intlLocale())}
                    {p.mergedInto && ` ${t('summary.turnPointFolded', { id: p.mergedInto })}`}
                    {p.captured && ` ${t('summary.turnPointCaptured')}`}: <span class="point-text">{p.text}</span>
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
