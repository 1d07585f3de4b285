import { useEffect, useState } from 'preact/hooks';
import { credentials } from '../../connection/credentials';
import { FloorBanner } from '../shared/FloorBanner';
import { useCommands, useConsultation } from '../shared/hooks';
import { ErrorNotice, Loading } from '../shared/Notices';
import { PageHeader } from '../shared/PageHeader';
import { Presence } from '../shared/Presence';
import { QueueList } from '../shared/QueueList';
import type { Actions } from '../shared/commands';
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
        <h1>Not joined yet</h1>
        <p data-testid="not-joined">This browser has not joined this consultation. Open the join link the moderator shared.</p>
      </main>
    );
  }
  return <Participate id={id} token={stored.token} />;
}

function Participate({ id, token }: { id: string; token: string }) {
  const { connection, view, status, error } = useConsultation(id, token);
  const { run, error: commandError, busy, clear } = useCommands();
  const [left, setLeft] = useState(false);
  useEffect(() => {
    // A removed participant's token is dead; forget it so the join page starts afresh.
    if (status === 'removed') {
      credentials.setParticipant(id, null);
    }
  }, [id, status]);

  if (status === 'removed') {
    return (
      <main id="main" class="page page-narrow">
        <h1>You were removed</h1>
        <p role="alert" data-testid="removed-notice">
          A moderator removed you from this consultation.
        </p>
      </main>
    );
  }
  if (status === 'failed' && error?.code === 'forbidden') {
    return (
      <main id="main" class="page page-narrow">
        <h1>Your pass no longer works</h1>
        <p data-testid="pass-refused">{error.message}</p>
        <p>Join again with the join link the moderator shared.</p>
        <button type="button" data-testid="forget-pass" onClick={() => credentials.setParticipant(id, null)}>
          Forget this browser's pass
        </button>
      </main>
    );
  }
  if (!connection || !view) {
    return <Loading status={status} error={error} />;
  }
  const actions: Actions = { connection, run, busy };
  const me = view.participants.find((p) => p.id === view.participantId);
  const speaking = view.floor !== undefined && view.floor.participantId === view.participantId;

  const leave = async () => {
    const reply = await run(() => connection.invoke('Leave'));
    if (reply) {
      setLeft(true);
    }
  };

  return (
    <main id="main" class="page" data-testid="participate-page">
      <PageHeader view={view} status={status} error={error} role={me ? `Participant: ${me.displayName}` : 'Participant'} />
      <ErrorNotice error={commandError} onDismiss={clear} />
      {view.status === 'scheduled' && <p class="notice">The consultation has not started yet. You can post points already; the floor opens when it starts.</p>}
      {view.status === 'closed' && <p class="notice">The consultation is closed; this page is read-only.</p>}
      {left && (
        <p class="notice" data-testid="left-notice">
          You left: your hand was lowered. Reload the page to come back.
        </p>
      )}

      <div class="grid-two">
        <div class="panel">
          <FloorBanner floor={view.floor} clock={connection.clock} meId={view.participantId} />
          {speaking && (
            <button type="button" disabled={busy} data-testid="end-my-turn" onClick={() => run(() => connection.invoke('EndTurn'))}>
              I have finished (end my turn)
            </button>
          )}
        </div>
        <section class="panel" aria-labelledby="queue-heading">
          <h2 id="queue-heading">Speaking queue</h2>
          <HandControls view={view} actions={actions} />
          <QueueList queue={view.queue} meId={view.participantId} />
        </section>
      </div>

      <div class="grid-two">
        <section class="panel" aria-labelledby="points-heading">
          <h2 id="points-heading">Points</h2>
          <PostPointForm view={view} actions={actions} />
          <PointsForParticipants view={view} actions={actions} />
        </section>
        <section class="panel" aria-labelledby="polls-heading">
          <h2 id="polls-heading">Polls</h2>
          <PollsForParticipants view={view} actions={actions} />
          <h2>Who is here</h2>
          <Presence view={view} />
          {view.status !== 'closed' && !left && (
            <button type="button" class="quiet" disabled={busy} data-testid="leave" onClick={leave}>
              Leave the consultation
            </button>
          )}
        </section>
      </div>
    </main>
  );
}
