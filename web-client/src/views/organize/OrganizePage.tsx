import { useState } from 'preact/hooks';
import { api } from '../../connection/api';
import { type CommandError, toCommandError } from '../../connection/commandError';
import { credentials } from '../../connection/credentials';
import type { ConsultationSettings, CreatedConsultation } from '../../contract';
import { ErrorNotice } from '../shared/Notices';
import { viewerTimeZone } from '../shared/time';
import { CreatedLinks } from './CreatedLinks';
import { SettingsFields } from './SettingsFields';
import { emptyDraft, toSettings } from './settingsForm';

/** Organizer: keep the organizer key for this tab, create a consultation, hand out its links. */
export function OrganizePage() {
  const [organizerKey, setOrganizerKey] = useState(credentials.organizerKey());
  const [draft, setDraft] = useState(() => emptyDraft(viewerTimeZone()));
  const [error, setError] = useState<CommandError>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ result: CreatedConsultation; settings: ConsultationSettings }>();

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    const built = toSettings(draft);
    if ('problem' in built) {
      setError({ code: 'invalid', message: built.problem });
      return;
    }
    if (!organizerKey.trim()) {
      setError({ code: 'forbidden', message: 'Enter the organizer key first.' });
      return;
    }
    setBusy(true);
    try {
      const result = await api.create(organizerKey.trim(), built.settings);
      setCreated({ result, settings: built.settings });
    } catch (failure) {
      setError(toCommandError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="page">
      <h1>Organize a consultation</h1>
      <section aria-labelledby="key-heading" class="panel">
        <h2 id="key-heading">Organizer key</h2>
        <label for="organizer-key">Organizer key (kept in this browser tab only)</label>
        <input
          id="organizer-key"
          type="password"
          autoComplete="off"
          value={organizerKey}
          data-testid="organizer-key"
          onInput={(e) => {
            setOrganizerKey(e.currentTarget.value);
            credentials.setOrganizerKey(e.currentTarget.value);
          }}
        />
      </section>

      <form class="panel" onSubmit={submit} aria-labelledby="create-heading" data-testid="create-form">
        <h2 id="create-heading">New consultation</h2>
        <SettingsFields draft={draft} onChange={setDraft} />
        <ErrorNotice error={error} />
        <button type="submit" class="primary" disabled={busy} data-testid="create-submit">
          {busy ? 'Creating…' : 'Create consultation'}
        </button>
      </form>

      {created && <CreatedLinks created={created.result} settings={created.settings} />}
    </main>
  );
}
