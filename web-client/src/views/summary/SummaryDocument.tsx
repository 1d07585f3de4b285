import type { ConsultationSummary, ModerationCounts } from '../../contract';
import { statusLabels } from '../shared/labels';
import { dualTime } from '../shared/time';
import { SummaryParticipation } from './SummaryParticipation';
import { SummaryPoints } from './SummaryPoints';
import { SummaryPolls } from './SummaryPolls';
import { SummaryTimeline } from './SummaryTimeline';
import { intlLocale, t } from '../../i18n/i18n';
import type { en } from '../../i18n/locales/en';

/**
 * One consultation's "summary of recommendations and observations", laid out for reading and
 * printing: the title is an h2 so a roll-up can stack several under its own h1.
 */
export function SummaryDocument({ summary, viewerZone }: { summary: ConsultationSummary; viewerZone: string }) {
  const c = summary.consultation;
  const times: [string, string | undefined][] = [
    [t('summary.plannedStart'), c.startsAt],
    [t('summary.started'), c.startedAt],
    [t('summary.closed'), c.closedAt],
  ];
  return (
    <article class="summary-document" data-testid="summary-document" data-consultation-id={c.id} data-status={c.status}>
      <header class="summary-header">
        <h2 data-testid="summary-title">{c.title}</h2>
        <dl class="summary-meta" data-testid="summary-meta">
          <div>
            <dt>{t('summary.region')}</dt>
            <dd>{c.region}</dd>
          </div>
          <div>
            <dt>{t('summary.status')}</dt>
            <dd>
              <span class={`tag tag-status tag-${c.status}`} data-testid="summary-status" data-status={c.status}>
                {statusLabels[c.status]}
              </span>
            </dd>
          </div>
          {c.heldOn && (
            <div>
              <dt>{t('summary.heldOn')}</dt>
              <dd>{heldOn(c.heldOn)}</dd>
            </div>
          )}
          {times
            .filter((pair): pair is [string, string] => pair[1] !== undefined)
            .map(([label, iso]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>
                  <time dateTime={iso}>{dualTime(iso, c.timeZone, viewerZone)}</time>
                </dd>
              </div>
            ))}
          {c.themes.length > 0 && (
            <div>
              <dt>{t('summary.themes')}</dt>
              <dd>{c.themes.join('; ')}</dd>
            </div>
          )}
        </dl>
        {c.status !== 'closed' && (
          <p class="notice" data-testid="summary-provisional">
            {c.status === 'live' ? t('summary.provisionalLive') : t('summary.provisionalScheduled')}
          </p>
        )}
      </header>
      <SummaryPoints summary={summary} />
      <SummaryParticipation summary={summary} />
      <SummaryPolls summary={summary} />
      <section class="summary-section" data-testid="summary-moderation" aria-labelledby={`moderation-${c.id}`}>
        <h3 id={`moderation-${c.id}`}>{t('summary.moderation')}</h3>
        <ModerationTable counts={summary.moderation} />
      </section>
      <SummaryTimeline summary={summary} viewerZone={viewerZone} />
    </article>
  );
}

/** The counts observers see; never the hidden text. */
export function ModerationTable({ counts: m }: { counts: ModerationCounts }) {
  const cells: [keyof typeof en.summary.moderationCols, number][] = [
    ['hidden', m.hidden],
    ['merged', m.merged],
    ['pending', m.pending],
    ['reordered', m.reordered],
    ['handsRemoved', m.handsRemoved],
    ['participantsRemoved', m.participantsRemoved],
  ];
  return (
    <table class="summary-table summary-moderation-table">
      <thead>
        <tr>
          {cells.map(([label]) => (
            <th key={label} scope="col" class="num">
              {t(`summary.moderationCols.${label}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {cells.map(([label, n]) => (
            <td key={label} class="num" data-testid="summary-moderation-count" data-key={label}>
              {n}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** "2025-03-10" -> "Monday 10 March 2025" (a calendar day, so no zone conversion). */
export function heldOn(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}
