import type { ConsultationSummary, SummaryPoint } from '../../contract';
import { groupLabels, kindPluralLabels } from '../shared/labels';
import { count, pointCountsSentence } from './summaryData';
import { t } from '../../i18n/i18n';


/** The points by kind, then theme, most votes first; duplicates folded into the point they repeat. */
export function SummaryPoints({ summary }: { summary: ConsultationSummary }) {
  return (
    <section class="summary-section" data-testid="summary-points" aria-labelledby={`points-${summary.consultation.id}`}>
      <h3 id={`points-${summary.consultation.id}`}>{t('summary.points')}</h3>
      <p data-testid="summary-point-counts">{pointCountsSentence(summary.pointCounts)}</p>
      {summary.points.length === 0 && <p class="muted">{t('summary.noPoints')}</p>}
      {summary.points.map((section) => (
        <section key={section.kind} class="summary-kind" data-testid="summary-kind" data-kind={section.kind}>
          <h4>{kindPluralLabels[section.kind]}</h4>
          {section.themes.map((theme) => (
            <section key={theme.theme ?? ''} class="summary-theme" data-testid="summary-theme" data-theme={theme.theme ?? ''}>
              <h5>{theme.theme ?? t('common.noTheme')}</h5>
              <ol class="summary-point-list">
                {theme.points.map((p) => (
                  <PointItem key={p.id} point={p} />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}

function PointItem({ point: p }: { point: SummaryPoint }) {
  const by = p.authorName ? `${p.authorName}${p.authorGroup ? `, ${groupLabels[p.authorGroup]}` : ''}` : t('summary.theFloor');
  const notes = [p.pinned && t('summary.pinnedNote'), p.captured && t('summary.capturedNote')].filter(Boolean).join(' · ');
  return (
    <li class="summary-point" data-testid="summary-point" data-point-id={p.id} data-votes={p.votes}>
      <p class="point-text" data-testid="point-text">
        {p.text}
      </p>
      <p class="point-byline">
        <strong>{count(p.votes, 'vote')}</strong> · {by} · {p.id}
        {p.turnId && ` · ${t('summary.during', { turn: p.turnId })}`}
        {notes && ` · ${notes}`}
      </p>
      {p.duplicates.length > 0 && (
        <ul class="summary-duplicates" aria-label={t('summary.foldedInto', { id: p.id })}>
          {p.duplicates.map((d) => (
            <li key={d.id} data-testid="summary-duplicate" data-point-id={d.id}>
              {t('summary.foldedIn', { id: d.id })}
              {d.authorName && ` (${d.authorName}, ${count(d.votes, 'vote')})`}
              {!d.authorName && ` (${count(d.votes, 'vote')})`}: <span class="point-text">{d.text}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

