import { useEffect, useState } from 'preact/hooks';
import { credentials } from '../../connection/credentials';
import type { HandIntent } from '../../contract';
import { t } from '../../i18n/i18n';
import { useConsultationLanguage } from '../../i18n/LanguageContext';
import { FloorBanner } from '../shared/FloorBanner';
import { useCommands, useConsultation } from '../shared/hooks';
import { ErrorNotice, InlineError, Loading } from '../shared/Notices';
import { PageHeader } from '../shared/PageHeader';
import { Presence } from '../shared/Presence';
import { QueueList } from '../shared/QueueList';
import type { Actions } from '../shared/commands';
import { ActionBar } from './ActionBar';
import { HandControls } from './HandControls';
import { PointsForParticipants } from './PointsForParticipants';
import { PollsForParticipants } from './PollsForParticipants';
import { PostPointForm } from './PostPointForm';

/** A participant's floor: hand, turn, points, polls. */
export function ParticipatePage({ id }: { id: string }) {
  const stored = credentials.participant(id);
  if (!stored) {
    return (
      <main id="main" class="page page-narrow">
        <h1>{t('participate.notJoined')}</h1>
        <p data-testid="not-joined">{t('participate.notJoinedText')}</p>
      </main>
    );
  }
  return <Participate id={id} token={stored.token} />;
}

function Participate({ id, token }: { id: string; token: string }) {
  const { connection, view, status, error } = useConsultation(id, token);
  const { run, bannerError, errorFor, busy: running, clear } = useCommands();
  // Commands wait for a live connection: while it reconnects they would only be refused.
  const busy = running || status !== 'live';
  const [left, setLeft] = useState(false);
  const [intent, setIntent] = useState<HandIntent>('speak');
  useConsultationLanguage(view?.settings.language, view !== undefined);
  useEffect(() => {
    // A removed participant's token is dead; forget it so the join page starts afresh.
    if (status === 'removed') {
      credentials.setParticipant(id, null);
    }
  }, [id, status]);

  if (status === 'removed') {
    return (
      <main id="main" class="page page-narrow">
        <h1>{t('participate.removed')}</h1>
        <p role="alert" data-testid="removed-notice">
          {t('participate.removedText')}
        </p>
      </main>
    );
  }
  if (status === 'failed' && error?.code === 'forbidden') {
    return (
      <main id="main" class="page page-narrow">
        <h1>{t('participate.passRefused')}</h1>
        <p data-testid="pass-refused">{error.message}</p>
        <p>{t('participate.joinAgain')}</p>
        <button type="button" data-testid="forget-pass" onClick={() => credentials.setParticipant(id, null)}>
          {t('participate.forget')}
        </button>
      </main>
    );
  }
  if (!connection || !view) {
    return <Loading status={status} error={error} />;
  }
  const actions: Actions = { connection, run, errorFor, busy };
  const me = view.participants.find((p) => p.id === view.participantId);
  const speaking = view.floor !== undefined && view.floor.participantId === view.participantId;
  const open = view.status !== 'closed' && !left;

  const leave = async () => {
    const reply = await run(() => connection.invoke('Leave'), 'leave');
    if (reply) {
      setLeft(true);
    }
  };

  return (
    <main id="main" class={`page participate-page${open ? ' with-action-bar' : ''}`} data-testid="participate-page">
      <PageHeader view={view} status={status} error={error} role={me ? t('header.participantNamed', { name: me.displayName }) : t('header.participant')} />
      <ErrorNotice error={bannerError} onDismiss={clear} />
      {view.status === 'scheduled' && <p class="notice">{t('participate.scheduled')}</p>}
      {view.status === 'closed' && <p class="notice">{t('participate.closed')}</p>}
      {left && (
        <p class="notice" data-testid="left-notice">
          {t('participate.left')}
        </p>
      )}

      <div class="grid-two floor-row">
        <div class="panel floor-panel">
          <FloorBanner floor={view.floor} clock={connection.clock} meId={view.participantId} />
          {speaking && (
            <button type="button" aria-disabled={busy} data-testid="end-my-turn" onClick={() => !busy && run(() => connection.invoke('EndTurn'), 'turn')}>
              {t('floor.endMyTurn')}
            </button>
          )}
          <InlineError error={errorFor('turn')} id="turn-error" />
        </div>
        <section class="panel" aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t('queue.heading')}</h2>
          <HandControls view={view} actions={actions} intent={intent} onIntent={setIntent} />
          <QueueList queue={view.queue} meId={view.participantId} />
        </section>
      </div>

      <div class="grid-two">
        <section class="panel" aria-labelledby="points-heading">
          <h2 id="points-heading">{t('points.heading')}</h2>
          <PostPointForm view={view} actions={actions} />
          <PointsForParticipants view={view} actions={actions} />
        </section>
        <section class="panel" aria-labelledby="polls-heading">
          <h2 id="polls-heading">{t('polls.heading')}</h2>
          <PollsForParticipants view={view} actions={actions} />
          <h2>{t('presence.heading')}</h2>
          <Presence view={view} />
          {open && (
            <button type="button" class="quiet" aria-disabled={busy} data-testid="leave" onClick={() => !busy && void leave()}>
              {t('participate.leave')}
            </button>
          )}
          <InlineError error={errorFor('leave')} id="leave-error" />
        </section>
      </div>
      {open && <ActionBar view={view} actions={actions} intent={intent} />}
    </main>
  );
}
