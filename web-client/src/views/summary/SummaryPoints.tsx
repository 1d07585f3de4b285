import type { ConsultationSummary, SummaryPoint } from '../../contract';
import { groupLabels } from '../shared/labels';
import { count, pointCountsSentence } from './summaryData';

/** Plural headings for the kinds, as the Markdown summary writes them. */
const kindHeadings: Record<SummaryPoint['kind'], string> = {
  recommendation: 'Recommendations',
  observation: 'Observations',
  challenge: 'Challenges',
  question: 'Questions',
};

/** The points by kind, then theme, most votes first; duplicates folded into the point they repeat. */
export function SummaryPoints({ summary }: { summary: ConsultationSummary }) {
  return (
    <section class="summary-section" data-testid="summary-points" aria-labelledby={`points-${summary.consultation.id}`}>
      <h3 id={`points-${summary.consultation.id}`}>Points</h3>
      <p data-testid="summary-point-counts">{pointCountsSentence(summary.pointCounts)}</p>
      {summary.points.length === 0 && <p class="muted">No points were listed.</p>}
      {summary.points.map((section) => (
        <section key={section.kind} class="summary-kind" data-testid="summary-kind" data-kind={section.kind}>
          <h4>{kindHeadings[section.kind]}</h4>
          {section.themes.map((theme) => (
            <section key={theme.theme ?? ''} class="summary-theme" data-testid="summary-theme" data-theme={theme.theme ?? ''}>
              <h5>{theme.theme ?? 'No theme'}</h5>
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
  const by = p.authorName ? `${p.authorName}${p.authorGroup ? `, ${groupLabels[p.authorGroup]}` : ''}` : 'the floor';
  const notes = [p.pinned && 'pinned', p.captured && 'captured by the rapporteur'].filter(Boolean).join(' · ');
  return (
    <li class="summary-point" data-testid="summary-point" data-point-id={p.id} data-votes={p.votes}>
      <p class="point-text" data-testid="point-text">
        {p.text}
      </p>
      <p class="point-byline">
        <strong>{count(p.votes, 'vote')}</strong> · {by} · {p.id}
        {p.turnId && ` · during ${p.turnId}`}
        {notes && ` · ${notes}`}
      </p>
      {p.duplicates.length > 0 && (
        <ul class="summary-duplicates" aria-label={`Folded into ${p.id}`}>
          {p.duplicates.map((d) => (
            <li key={d.id} data-testid="summary-duplicate" data-point-id={d.id}>
              Folded in {d.id}
              {d.authorName && ` (${d.authorName}, ${count(d.votes, 'vote')})`}
              {!d.authorName && ` (${count(d.votes, 'vote')})`}: <span class="point-text">{d.text}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

