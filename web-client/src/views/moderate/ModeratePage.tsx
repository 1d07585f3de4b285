import { useState } from 'preact/hooks';
import { credentials } from '../../connection/credentials';
import { HandControls } from '../participate/HandControls';
import type { Actions } from '../shared/commands';
import { useCommands, useConsultation } from '../shared/hooks';
import { ErrorNotice, Loading } from '../shared/Notices';
import { PageHeader } from '../shared/PageHeader';
import { links } from '../router';
import { CaptureForm } from './CaptureForm';
import { Ledger } from './Ledger';
import { MergeForm } from './MergeForm';
import { ModFloor } from './ModFloor';
import { ModParticipants } from './ModParticipants';
import { ModPoints } from './ModPoints';
import { ModPolls } from './ModPolls';
import { ModQueue } from './ModQueue';
import { SeatForm } from './SeatForm';
import { SessionControls } from './SessionControls';
import { t } from '../../i18n/i18n';
import { useConsultationLanguage } from '../../i18n/LanguageContext';
import type { HandIntent } from '../../contract';

/** The moderator's desk. The key comes from the link (or this tab's memory of it). */
export function ModeratePage({ id, keyFromLink }: { id: string; keyFromLink: string | undefined }) {
  const key = credentials.moderatorKey(id, keyFromLink);
  const [typed, setTyped] = useState('');
  if (!key) {
    return (
      <main id="main" class="page page-narrow">
        <h1>{t('moderate.keyNeeded')}</h1>
        <form
          class="panel"
          onSubmit={(e) => {
            e.preventDefault();
            location.hash = links.moderate(id, typed.trim());
          }}
        >
          <label for="mod-key">{t('moderate.key')}</label>
          <input id="mod-key" type="password" required autoComplete="off" value={typed} data-testid="moderator-key" onInput={(e) => setTyped(e.currentTarget.value)} />
          <button type="submit">{t('common.open')}</button>
        </form>
      </main>
    );
  }
  return <Moderate id={id} moderatorKey={key} />;
}

function Moderate({ id, moderatorKey }: { id: string; moderatorKey: string }) {
  const [seat, setSeat] = useState(() => credentials.moderatorSeat(id));
  const { connection, view, status, error } = useConsultation(id, seat?.token ?? moderatorKey);
  const { run, bannerError, errorFor, busy: running, clear } = useCommands();
  // Commands wait for a live connection: while it reconnects they would only be refused.
  const busy = running || status !== 'live';
  const [intent, setIntent] = useState<HandIntent>('speak');
  useConsultationLanguage(view?.settings.language, view !== undefined);

  if (!connection || !view) {
    return <Loading status={status} error={error} />;
  }
  const actions: Actions = { connection, run, errorFor, busy };

  return (
    <main id="main" class="page page-wide" data-testid="moderate-page">
      <PageHeader view={view} status={status} error={error} role={t('header.moderator')}>
        <SessionControls view={view} actions={actions} moderatorKey={moderatorKey} />
      </PageHeader>
      <ErrorNotice error={bannerError} onDismiss={clear} />

      <div class="grid-two">
        <div class="panel">
          <ModFloor view={view} actions={actions} />
          <CaptureForm view={view} actions={actions} />
        </div>
        <section class="panel" aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t('queue.short')}</h2>
          <ModQueue view={view} actions={actions} />
          {view.participantId ? (
            <>
              <h3>{t('moderate.ownHand')}</h3>
              <HandControls view={view} actions={actions} intent={intent} onIntent={setIntent} />
            </>
          ) : (
            <details class="seat">
              <summary>{t('moderate.queueYourself')}</summary>
              <SeatForm id={id} moderatorKey={moderatorKey} onSeated={setSeat} />
            </details>
          )}
        </section>
      </div>

      <div class="grid-two">
        <section class="panel" aria-labelledby="mod-points-heading">
          <h2 id="mod-points-heading">{t('points.heading')}</h2>
          <MergeForm view={view} actions={actions} />
          <ModPoints view={view} actions={actions} />
        </section>
        <section class="panel" aria-labelledby="mod-polls-heading">
          <h2 id="mod-polls-heading">{t('polls.heading')}</h2>
          <ModPolls view={view} actions={actions} />
        </section>
      </div>

      <section class="panel" aria-labelledby="mod-people-heading">
        <h2 id="mod-people-heading">{t('moderate.participants')}</h2>
        <ModParticipants view={view} actions={actions} />
      </section>
      <section class="panel" aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">{t('moderate.ledger')}</h2>
        <Ledger view={view} />
      </section>
    </main>
  );
}
