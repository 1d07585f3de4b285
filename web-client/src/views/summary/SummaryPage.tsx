import { useEffect, useState } from 'preact/hooks';
import { api, summaryUrl } from '../../connection/api';
import { credentials } from '../../connection/credentials';
import { useRequest } from '../shared/hooks';
import { ErrorNotice } from '../shared/Notices';
import { viewerTimeZone } from '../shared/time';
import { links } from '../router';
import { SummaryDocument } from './SummaryDocument';
import { SummaryToolbar } from './SummaryToolbar';

/**
 * The printable summary of one consultation. Observers may read it once the consultation closed;
 * moderators and the organizer at any time, so the key comes from the link, else this tab's
 * moderator key for it, else the organizer key.
 */
export function SummaryPage({ id, keyFromLink }: { id: string; keyFromLink: string | undefined }) {
  const credential = keyFromLink || credentials.moderatorKey(id, undefined) || credentials.organizerKey() || undefined;
  const { data: summary, error, loading, reload } = useRequest(() => api.summary(id, credential), [id, credential]);
  const viewerZone = viewerTimeZone();

  useEffect(() => {
    if (summary) {
      document.title = `Summary: ${summary.consultation.title} · Consultation Hub`;
    }
  }, [summary]);

  return (
    <main id="main" class="page summary-page" data-testid="summary-page" aria-busy={loading && !summary}>
      <nav class="no-print button-row" aria-label="Consultation">
        <a href={links.home()}>All consultations</a>
        <a href={links.watch(id)}>Watch</a>
      </nav>
      <p class="eyebrow">Summary of recommendations and observations</p>
      <SummaryToolbar urlOf={(format) => summaryUrl(id, format)} credential={credential} onRefresh={reload} />
      <ErrorNotice error={error} />
      {!summary && error?.code === 'forbidden' && <KeyForm id={id} />}
      {!summary && loading && !error && <p>Loading the summary…</p>}
      {summary && <SummaryDocument summary={summary} viewerZone={viewerZone} />}
      {summary && (
        <footer class="summary-footer">
          Times are shown in the consultation's zone ({summary.consultation.timeZone}) and in yours ({viewerZone}). Printed from Consultation Hub.
        </footer>
      )}
    </main>
  );
}

/** A moderator (or an observer of a private consultation) types the key the summary needs. */
function KeyForm({ id }: { id: string }) {
  const [typed, setTyped] = useState('');
  return (
    <form
      class="panel no-print"
      data-testid="summary-key-form"
      onSubmit={(e) => {
        e.preventDefault();
        location.hash = links.summary(id, typed.trim());
      }}
    >
      <p>The summary opens to everyone who may watch once the consultation has closed; moderators and the organizer can read it at any time.</p>
      <label for="summary-key">Moderator, observer or organizer key</label>
      <input id="summary-key" type="password" required autoComplete="off" value={typed} data-testid="summary-key" onInput={(e) => setTyped(e.currentTarget.value)} />
      <button type="submit" data-testid="summary-key-submit">
        Open the summary
      </button>
    </form>
  );
}
