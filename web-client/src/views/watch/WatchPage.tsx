import { useMemo } from 'preact/hooks';
import type { ConsultationView } from '../../contract';
import { FloorBanner } from '../shared/FloorBanner';
import { useConsultation, useNow } from '../shared/hooks';
import { kindLabels, statusLabels } from '../shared/labels';
import { moderationSummary } from '../shared/moderationSummary';
import { ConnectionBadge, Loading } from '../shared/Notices';
import { PollResults } from '../shared/PollResults';
import { QueueList } from '../shared/QueueList';
import { links } from '../router';
import { TallyChart } from './TallyChart';
import { tallyCharts } from './talliesData';
import { liveTallies } from '../../state/runningTurn';

/** Points and polls a projected screen has room for. */
const TopPoints = 8;
const QueueRows = 8;

/** The observer dashboard, made to be projected: large type, high contrast, no controls needed. */
export function WatchPage({ id, observerKey }: { id: string; observerKey: string | undefined }) {
  const { connection, view, status, error } = useConsultation(id, observerKey ?? null);
  const now = useNow(1000);
  // The running turn counts in speaking time, so the charts move each second while someone speaks.
  const serverNow = view?.floor && connection ? connection.clock.now(now) : 0;
  const charts = useMemo(() => (view ? tallyCharts(view.floor && connection ? liveTallies(view, serverNow) : view.tallies) : []), [view, serverNow]);
  if (!connection || !view) {
    return (
      <div class="projected">
        <Loading status={status} error={error} />
      </div>
    );
  }
  const polls = [...view.polls].reverse().slice(0, 2);
  return (
    <div class="projected">
      <main id="main" class="page page-wide watch" data-testid="watch-page">
        <header class="watch-header">
          <h1 data-testid="consultation-title">{view.settings.title}</h1>
          <p class="header-meta">
            <span class={`tag tag-status tag-${view.status}`} data-testid="consultation-status" data-status={view.status}>
              {statusLabels[view.status]}
            </span>{' '}
            {view.settings.region}
            {view.status === 'closed' && (
              <>
                {' · '}
                <a href={links.summary(view.id, observerKey)} data-testid="summary-link">
                  Summary of recommendations and observations
                </a>
              </>
            )}
          </p>
          <ConnectionBadge status={status} error={error} />
        </header>
        <Headline view={view} />
        <div class="watch-top">
          <div class="panel panel-floor">
            <FloorBanner floor={view.floor} clock={connection.clock} />
          </div>
          <section class="panel" aria-labelledby="watch-queue-heading">
            <h2 id="watch-queue-heading">Queue</h2>
            <QueueList queue={view.queue} limit={QueueRows} />
          </section>
        </div>
        <div class="watch-middle">
          <section class="panel" aria-labelledby="watch-points-heading">
            <h2 id="watch-points-heading">Top points</h2>
            <TopPointsList view={view} />
          </section>
          <section class="panel" aria-labelledby="watch-polls-heading">
            <h2 id="watch-polls-heading">Polls</h2>
            {polls.length === 0 && <p class="muted">No polls yet.</p>}
            {polls.map((poll) => (
              <div key={poll.id} class="poll" data-testid="poll" data-poll-id={poll.id} data-closed={String(poll.closed)}>
                <h3>{poll.question}</h3>
                <PollResults poll={poll} />
              </div>
            ))}
          </section>
        </div>
        <section class="tallies" aria-labelledby="tallies-heading">
          <h2 id="tallies-heading">The room at a glance</h2>
          <div class="tally-grid">
            {charts.map((spec) => (
              <TallyChart key={spec.id} spec={spec} />
            ))}
          </div>
        </section>
      </main>
    </div>
  );
}

function Headline({ view }: { view: ConsultationView }) {
  const t = view.tallies;
  const present = Object.values(t.presentByGroup).reduce((a, b) => a + b, 0);
  const points = Object.values(t.pointsByKind).reduce((a, b) => a + b, 0);
  return (
    <dl class="headline" data-testid="headline">
      <div>
        <dt>Present</dt>
        <dd data-testid="headline-present">{present}</dd>
      </div>
      <div>
        <dt>Hands raised</dt>
        <dd data-testid="headline-hands">{t.handsRaised}</dd>
      </div>
      <div>
        <dt>Speakers so far</dt>
        <dd data-testid="headline-speakers">{t.speakers}</dd>
      </div>
      <div>
        <dt>Points</dt>
        <dd data-testid="headline-points">{points}</dd>
      </div>
      <div class="headline-moderation">
        <dt>Moderation</dt>
        <dd data-testid="moderation-counts">{moderationSummary(t.moderation)}</dd>
      </div>
    </dl>
  );
}

function TopPointsList({ view }: { view: ConsultationView }) {
  const points = view.points.filter((p) => p.status === 'visible').slice(0, TopPoints);
  if (points.length === 0) {
    return <p class="muted">No points yet.</p>;
  }
  return (
    <ol class="top-points" data-testid="top-points">
      {points.map((p) => (
        <li key={p.id} data-testid="point-item" data-point-id={p.id} class={p.pinned ? 'point-pinned' : ''}>
          <span class="votes" data-testid="point-votes">
            {p.votes}
          </span>
          <span class="point-body">
            <span class={`tag tag-kind-${p.kind}`}>{kindLabels[p.kind]}</span>
            {p.theme && <span class="tag tag-theme">{p.theme}</span>}
            {p.pinned && <span class="tag tag-pinned">Pinned</span>}
            <span class="point-text" data-testid="point-text">
              {p.text}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
