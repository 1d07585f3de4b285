import { useRef, useState } from 'preact/hooks';
import { api } from '../../connection/api';
import { type CommandError, toCommandError } from '../../connection/commandError';
import { credentials } from '../../connection/credentials';
import type { ConsultationSettings, CreatedConsultation } from '../../contract';
import { ErrorNotice } from '../shared/Notices';
import { viewerTimeZone } from '../shared/time';
import { CreatedLinks } from './CreatedLinks';
import { SettingsFields } from './SettingsFields';
import { emptyDraft, toSettings } from './settingsForm';
import { t } from '../../i18n/i18n';
import { useI18n } from '../../i18n/LanguageContext';

/** A missing or wrong organizer key, said beside the key field (the id the field's aria-describedby names). */
function KeyError({ error }: { error: CommandError | undefined }) {
  return (
    <div role="alert" class="inline-error-slot">
      {error && (
        <p id="organizer-key-error" class="inline-error" data-testid="organizer-key-error" data-code={error.code}>
          {error.message}
        </p>
      )}
    </div>
  );
}

/** Organizer: keep the organizer key for this tab, create a consultation, hand out its links. */
export function OrganizePage() {
  const [organizerKey, setOrganizerKey] = useState(credentials.organizerKey());
  const { language } = useI18n();
  const [draft, setDraft] = useState(() => emptyDraft(viewerTimeZone(), language));
  const [keyError, setKeyError] = useState<CommandError>();
  const [error, setError] = useState<CommandError>();
  const [busy, setBusy] = useState(false);
  const keyInput = useRef<HTMLInputElement>(null);
  const [created, setCreated] = useState<{ result: CreatedConsultation; settings: ConsultationSettings }>();

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    setKeyError(undefined);
    const built = toSettings(draft);
    if ('problem' in built) {
      setError({ code: 'invalid', message: built.problem });
      return;
    }
    if (!organizerKey.trim()) {
      setKeyError({ code: 'forbidden', message: t('organize.keyMissing') });
      keyInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await api.create(organizerKey.trim(), built.settings);
      setCreated({ result, settings: built.settings });
    } catch (failure) {
      const refused = toCommandError(failure);
      if (refused.code === 'forbidden') {
        // Said in the person's language; the server's sentence is the same fact in English.
        setKeyError({ code: 'forbidden', message: t('organize.keyWrong') });
        keyInput.current?.focus();
      } else {
        setError(refused);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="page">
      <h1>{t('organize.heading')}</h1>
      <section aria-labelledby="key-heading" class="panel">
        <h2 id="key-heading">{t('organize.keyHeading')}</h2>
        <label for="organizer-key">{t('organize.keyLabel')}</label>
        <input
          id="organizer-key"
          type="password"
          autoComplete="off"
          ref={keyInput}
          value={organizerKey}
          aria-describedby={keyError ? 'organizer-key-help organizer-key-error' : 'organizer-key-help'}
          aria-invalid={keyError ? true : undefined}
          data-testid="organizer-key"
          onInput={(e) => {
            setOrganizerKey(e.currentTarget.value);
            credentials.setOrganizerKey(e.currentTarget.value);
          }}
        />
        <p id="organizer-key-help" class="muted" data-testid="organizer-key-help">
          {t('organize.keyHelp')}
        </p>
        <KeyError error={keyError} />
      </section>

      <form class="panel" onSubmit={submit} aria-labelledby="create-heading" data-testid="create-form">
        <h2 id="create-heading">{t('organize.newHeading')}</h2>
        <SettingsFields draft={draft} onChange={setDraft} />
        <ErrorNotice error={error} />
        <button type="submit" class="primary" disabled={busy} data-testid="create-submit">
          {busy ? t('organize.creating') : t('organize.create')}
        </button>
      </form>

      {created && <CreatedLinks created={created.result} settings={created.settings} />}
    </main>
  );
}
