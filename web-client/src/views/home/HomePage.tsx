import { useEffect, useState } from 'preact/hooks';
import { api } from '../../connection/api';
import { type CommandError, toCommandError } from '../../connection/commandError';
import type { DirectoryEntry } from '../../contract';
import { ErrorNotice } from '../shared/Notices';
import { statusLabels } from '../shared/labels';
import { dualTime } from '../shared/time';
import { links } from '../router';

/** The consultations the hub lists; a fuller directory comes later. */
export function HomePage() {
  const [entries, setEntries] = useState<DirectoryEntry[]>();
  const [error, setError] = useState<CommandError>();
  useEffect(() => {
    api.list().then(setEntries, (e: unknown) => setError(toCommandError(e)));
  }, []);

  return (
    <main id="main" class="page">
      <h1>Consultation Hub</h1>
      <p>
        <a href={links.organize()} data-testid="organize-link">
          Organize a consultation
        </a>
      </p>
      <h2>Consultations</h2>
      <ErrorNotice error={error} />
      {entries === undefined && !error && <p>Loading…</p>}
      {entries?.length === 0 && <p data-testid="directory-empty">No consultations yet.</p>}
      {entries && entries.length > 0 && (
        <ul class="directory" data-testid="directory">
          {entries.map((e) => (
            <li key={e.id} class="directory-entry" data-testid="directory-entry" data-consultation-id={e.id} data-status={e.status}>
              <h3>
                <a href={links.watch(e.id)}>{e.title}</a>
              </h3>
              <p>
                <span class={`tag tag-status tag-${e.status}`}>{statusLabels[e.status]}</span> {e.region}
                {e.startsAt && ` · ${dualTime(e.startsAt, e.timeZone)}`}
              </p>
              <p class="muted">
                {e.present} of {e.participants} participants present · {e.observers} watching
                {e.visibility === 'private' ? ' · private' : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
