import { useEffect, useState } from 'preact/hooks';
import { api, rollupUrl } from '../../connection/api';
import { credentials } from '../../connection/credentials';
import { CONSULTATION_STATUSES, type ConsultationStatus, type RegionalRollup, type RollupScope } from '../../contract';
import { useRequest } from '../shared/hooks';
import { statusLabels } from '../shared/labels';
import { ErrorNotice } from '../shared/Notices';
import { viewerTimeZone } from '../shared/time';
import { links } from '../router';
import { heldOn, ModerationTable, SummaryDocument } from '../summary/SummaryDocument';
import { SummaryChart } from '../summary/SummaryChart';
import { CountryTable, GroupTable } from '../summary/SummaryParticipation';
import { SummaryToolbar } from '../summary/SummaryToolbar';
import { count, hms, participationCharts, pointCountsSentence } from '../summary/summaryData';

/** "Asia · Monday 10 March 2025 · Closed", or "All consultations". */
export function scopeLabel(scope: RollupScope): string {
  const parts = [scope.region, scope.date && heldOn(scope.date), scope.status && statusLabels[scope.status]].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'All consultations';
}

/**
 * The roll-up for delegates: several consultations' summaries on one printable page, such as the
 * Asia, Africa and Americas consultations of one day. Organizer only; the filters live in the link.
 */
export function RollupPage({ scope }: { scope: RollupScope }) {
  const [organizerKey, setOrganizerKey] = useState(() => credentials.organizerKey());
  return (
    <main id="main" class="page summary-page rollup-page" data-testid="rollup-page">
      <nav class="no-print button-row" aria-label="Hub">
        <a href={links.home(scope.region ? { region: scope.region } : {})}>All consultations</a>
      </nav>
      <h1>Roll-up of summaries: {scopeLabel(scope)}</h1>
      <ScopeForm
        scope={scope}
        organizerKey={organizerKey}
        onKey={(key) => {
          credentials.setOrganizerKey(key);
          setOrganizerKey(key.trim());
        }}
      />
      {organizerKey && <Rollup scope={scope} organizerKey={organizerKey} />}
    </main>
  );
}

function ScopeForm({ scope, organizerKey, onKey }: { scope: RollupScope; organizerKey: string; onKey: (key: string) => void }) {
  const [region, setRegion] = useState(scope.region ?? '');
  const [date, setDate] = useState(scope.date ?? '');
  const [status, setStatus] = useState<string>(scope.status ?? '');
  const [key, setKey] = useState('');
  useEffect(() => {
    setRegion(scope.region ?? '');
    setDate(scope.date ?? '');
    setStatus(scope.status ?? '');
  }, [scope.region, scope.date, scope.status]);
  return (
    <form
      class="panel no-print rollup-form"
      data-testid="rollup-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!organizerKey && key.trim()) {
          onKey(key);
        }
        location.replace(links.rollup({ region: region.trim() || undefined, date: date || undefined, status: status || undefined }));
      }}
    >
      <div class="fields">
        {!organizerKey && (
          <div class="field">
            <label for="rollup-key">Organizer key</label>
            <input id="rollup-key" type="password" required autoComplete="off" value={key} data-testid="rollup-organizer-key" onInput={(e) => setKey(e.currentTarget.value)} />
          </div>
        )}
        <div class="field">
          <label for="rollup-region">Region</label>
          <input id="rollup-region" value={region} placeholder="All regions" data-testid="rollup-region" onInput={(e) => setRegion(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="rollup-date">Day held (in each consultation's own time zone)</label>
          <input id="rollup-date" type="date" value={date} data-testid="rollup-date" onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="rollup-status">Status</label>
          <select id="rollup-status" value={status} data-testid="rollup-status" onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">Any</option>
            {CONSULTATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s as ConsultationStatus]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" class="primary" data-testid="rollup-submit">
        Show the roll-up
      </button>
    </form>
  );
}

function Rollup({ scope, organizerKey }: { scope: RollupScope; organizerKey: string }) {
  const { data: rollup, error, loading, reload } = useRequest(() => api.rollup(scope, organizerKey), [scope.region, scope.date, scope.status, organizerKey]);
  const viewerZone = viewerTimeZone();
  return (
    <>
      <SummaryToolbar urlOf={(format) => rollupUrl(scope, format)} credential={organizerKey} onRefresh={reload} />
      <ErrorNotice error={error} />
      {!rollup && loading && !error && <p>Loading the roll-up…</p>}
      {rollup && rollup.consultations.length === 0 && (
        <p data-testid="rollup-empty">No consultation matches. Regions are compared ignoring case; the day is the one each consultation was held on in its own zone.</p>
      )}
      {rollup && rollup.consultations.length > 0 && (
        <>
          <Totals rollup={rollup} />
          {rollup.consultations.map((summary) => (
            <div key={summary.consultation.id} class="rollup-item" data-testid="rollup-consultation" data-consultation-id={summary.consultation.id}>
              <SummaryDocument summary={summary} viewerZone={viewerZone} />
            </div>
          ))}
        </>
      )}
    </>
  );
}

function Totals({ rollup }: { rollup: RegionalRollup }) {
  const t = rollup.totals;
  return (
    <section class="summary-document rollup-totals" data-testid="rollup-totals" aria-labelledby="rollup-totals-heading">
      <h2 id="rollup-totals-heading">All {count(t.consultations, 'consultation')} together</h2>
      <ol class="rollup-contents">
        {rollup.consultations.map((s) => (
          <li key={s.consultation.id}>
            {s.consultation.title} <span class="muted">({s.consultation.region}, {statusLabels[s.consultation.status]})</span>
          </li>
        ))}
      </ol>
      <dl class="summary-meta">
        <div>
          <dt>Participants</dt>
          <dd data-testid="rollup-joined">{t.joined}</dd>
        </div>
        <div>
          <dt>Speakers</dt>
          <dd>{t.speakers}</dd>
        </div>
        <div>
          <dt>Turns</dt>
          <dd>{t.turns}</dd>
        </div>
        <div>
          <dt>Speaking time</dt>
          <dd>{hms(t.spokenMs)}</dd>
        </div>
      </dl>
      <p>{pointCountsSentence(t.pointCounts)}</p>
      <div class="summary-charts">
        {participationCharts(t.byGroup, t.pointsByKind).map((spec) => (
          <SummaryChart key={spec.id} spec={spec} />
        ))}
      </div>
      <GroupTable rows={t.byGroup} />
      <CountryTable rows={t.byCountry} />
      <h3>Moderation</h3>
      <ModerationTable counts={t.moderation} />
    </section>
  );
}
