import type { ConsultationView } from '../../contract';
import { groupLabels } from './labels';
import { t } from '../../i18n/i18n';
import { interleave } from '../../i18n/interleave';

/** Who is here: a count, and the list behind a disclosure (70 names are too many to show open). */
export function Presence({ view }: { view: ConsultationView }) {
  const people = view.participants.filter((p) => !p.removed);
  const present = people.filter((p) => p.connected);
  return (
    <div class="presence" data-testid="presence">
      <p>
        {interleave('presence.connected', { count: people.length }, { present: <strong data-testid="present-count">{present.length}</strong> })}
      </p>
      <details>
        <summary>{t('presence.showNames')}</summary>
        <ul class="people">
          {people.map((p) => (
            <li key={p.id} data-testid="presence-row" data-participant-id={p.id} data-connected={String(p.connected)}>
              <span class={p.connected ? 'dot dot-on' : 'dot dot-off'} aria-hidden="true" />
              {p.displayName}
              <span class="muted">
                {' '}
                · {groupLabels[p.group]}
                {p.affiliation ? ` · ${p.affiliation}` : ''}
                {p.country ? ` · ${p.country}` : ''}
                {p.isModerator ? ` · ${t('presence.moderator')}` : ''}
                {p.connected ? '' : ` · ${t('presence.away')}`}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
