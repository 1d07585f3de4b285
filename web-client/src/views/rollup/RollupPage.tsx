import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
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
  return parts.length > 0 ? parts.join(' · ') : t('rollup.all');
}

/**
 * The roll-up for delegates: several consultations' summaries on one printable page, such as the
 * Asia, Africa and Americas consultations of one day. Organizer only; the filters live in the link.
 */
export function RollupPage({ scope }: { scope: RollupScope }) {
  const [organizerKey, setOrganizerKey] = useState(() => credentials.organizerKey());
  return (
    <main id="main" class="page summary-page rollup-page" data-testid="rollup-page">
      <nav class="no-print button-row" aria-label={t('home.nav')}>
        <a href={links.home(scope.region ? { region: scope.region } : {})}>{t('app.allConsultations')}</a>
      </nav>
      <h1>{t('rollup.heading', { scope: scopeLabel(scope) })}</h1>
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
            <label for="rollup-key">{t('rollup.key')}</label>
            <input id="rollup-key" type="password" required autoComplete="off" value={key} data-testid="rollup-organizer-key" onInput={(e) => setKey(e.currentTarget.value)} />
          </div>
        )}
        <div class="field">
          <label for="rollup-region">{t('rollup.region')}</label>
          <input id="rollup-region" value={region} placeholder={t('rollup.allRegions')} data-testid="rollup-region" onInput={(e) => setRegion(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="rollup-date">{t('rollup.day')}</label>
          <input id="rollup-date" type="date" value={date} data-testid="rollup-date" onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="rollup-status">{t('rollup.status')}</label>
          <select id="rollup-status" value={status} data-testid="rollup-status" onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">{t('rollup.any')}</option>
            {CONSULTATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s as ConsultationStatus]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" class="primary" data-testid="rollup-submit">
        {t('rollup.submit')}
      </button>
    </form>
  );
}

function Rollup({ scope, organizerKey }: { scope: RollupScope; organizerKey: string }) {
  const { data: rollup, error, loading, reload } = useRequest(() => api.rollup(scope, organizerKey), [scope.region, scope.date, scope.status, organizerKey]);
  useEffect(() => {
    addEventListener('beforeprint', openAllForPrint);
    return () => removeEventListener('beforeprint', openAllForPrint);
  }, []);
  const viewerZone = viewerTimeZone();
  return (
    <>
      <SummaryToolbar urlOf={(format) => rollupUrl(scope, format)} credential={organizerKey} onRefresh={reload} />
      <ErrorNotice error={error} />
      {!rollup && loading && !error && <p>{t('rollup.loading')}</p>}
      {rollup && rollup.consultations.length === 0 && (
        <p data-testid="rollup-empty">{t('rollup.empty')}</p>
      )}
      {rollup && rollup.consultations.length > 0 && (
        <>
          <Totals rollup={rollup} />
          {/* Each summary folds open from the contents; printing opens them all (see beforeprint below). */}
          {rollup.consultations.map((summary) => (
            <details
              key={summary.consultation.id}
              id={`rollup-${summary.consultation.id}`}
              class="rollup-item"
              data-testid="rollup-consultation"
              data-consultation-id={summary.consultation.id}
            >
              <summary class="rollup-item-summary" data-testid="rollup-consultation-toggle">
                {summary.consultation.title} <span class="muted">({summary.consultation.region}, {statusLabels[summary.consultation.status]})</span>
              </summary>
              <SummaryDocument summary={summary} viewerZone={viewerZone} />
            </details>
          ))}
        </>
      )}
    </>
  );
}

/**
 * A contents link opens its summary and scrolls to it. The hash is the router's, so the link
 * moves within the page itself instead of navigating.
 */
function openItem(e: Event, id: string) {
  e.preventDefault();
  const item = document.getElementById(`rollup-${id}`);
  if (item instanceof HTMLDetailsElement) {
    item.open = true;
    item.scrollIntoView({ block: 'start' });
    item.querySelector('summary')?.focus();
  }
}

/** Printing opens every folded summary, so the paper holds them all. */
function openAllForPrint() {
  for (const item of document.querySelectorAll<HTMLDetailsElement>('details.rollup-item')) {
    item.open = true;
  }
}

function Totals({ rollup }: { rollup: RegionalRollup }) {
  const totals = rollup.totals;
  return (
    <section class="summary-document rollup-totals" data-testid="rollup-totals" aria-labelledby="rollup-totals-heading">
      <h2 id="rollup-totals-heading">{t('rollup.together', { consultations: count(totals.consultations, 'consultation') })}</h2>
      <nav aria-labelledby="rollup-contents-heading" class="rollup-contents-nav">
        <h3 id="rollup-contents-heading">{t('rollup.contents')}</h3>
        <ol class="rollup-contents" data-testid="rollup-contents">
          {rollup.consultations.map((s) => (
            <li key={s.consultation.id}>
              <a href={`#rollup-${s.consultation.id}`} onClick={(e) => openItem(e, s.consultation.id)} data-testid="rollup-contents-link">
                {s.consultation.title}
              </a>{' '}
              <span class="muted">({s.consultation.region}, {statusLabels[s.consultation.status]})</span>
            </li>
          ))}
        </ol>
      </nav>
      <dl class="summary-meta">
        <div>
          <dt>{t('rollup.participants')}</dt>
          <dd data-testid="rollup-joined">{totals.joined}</dd>
        </div>
        <div>
          <dt>{t('rollup.speakers')}</dt>
          <dd>{totals.speakers}</dd>
        </div>
        <div>
          <dt>{t('rollup.turns')}</dt>
          <dd>{totals.turns}</dd>
        </div>
        <div>
          <dt>{t('rollup.speakingTime')}</dt>
          <dd>{hms(totals.spokenMs)}</dd>
        </div>
      </dl>
      <p>{pointCountsSentence(totals.pointCounts)}</p>
      <div class="summary-charts">
        {participationCharts(totals.byGroup, totals.pointsByKind).map((spec) => (
          <SummaryChart key={spec.id} spec={spec} />
        ))}
      </div>
      <GroupTable rows={totals.byGroup} />
      <CountryTable rows={totals.byCountry} />
      <h3>{t('rollup.moderation')}</h3>
      <ModerationTable counts={totals.moderation} />
    </section>
  );
}
