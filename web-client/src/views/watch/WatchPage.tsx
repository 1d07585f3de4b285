import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../../connection/api';
import { toCommandError } from '../../connection/commandError';
import type { ConsultationView } from '../../contract';
import { FloorBanner } from '../shared/FloorBanner';
import { useConsultation, useNow } from '../shared/hooks';
import { kindLabels, statusLabels } from '../shared/labels';
import { moderationSummary } from '../shared/moderationSummary';
import { ConnectionBadge, Loading } from '../shared/Notices';
import { heldOrPlanned } from '../shared/PageHeader';
import { PollResults } from '../shared/PollResults';
import { QueueList } from '../shared/QueueList';
import { links } from '../router';
import { TallyChart } from './TallyChart';
import { tallyCharts } from './talliesData';
import { liveTallies } from '../../state/runningTurn';
import { t } from '../../i18n/i18n';
import { useConsultationLanguage, useI18n } from '../../i18n/LanguageContext';

/** Points and polls a projected screen has room for. */
const TopPoints = 8;
const QueueRows = 8;

/** The observer dashboard, made to be projected: large type, high contrast, no controls needed. */
export function WatchPage({ id, observerKey }: { id: string; observerKey: string | undefined }) {
  const { connection, view, status, error } = useConsultation(id, observerKey ?? null);
  const { language } = useI18n();
  useConsultationLanguage(view?.settings.language, view !== undefined);
  const now = useNow(1000);
  // The running turn counts in speaking time, so the charts move each second while someone speaks.
  const serverNow = view?.floor && connection ? connection.clock.now(now) : 0;
  const charts = useMemo(
    () => (view ? tallyCharts(view.floor && connection ? liveTallies(view, serverNow) : view.tallies) : []),
    [view, serverNow, language],
  );
  if (status === 'failed' && error?.code === 'forbidden') {
    return <PrivateWatch id={id} />;
  }
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
            {heldOrPlanned(view) && <span data-testid="watch-time">{` · ${heldOrPlanned(view)}`}</span>}
            {view.status === 'closed' && (
              <>
                {' · '}
                <a href={links.summary(view.id, observerKey)} data-testid="summary-link">
                  {t('watch.summaryLink')}
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
            <h2 id="watch-queue-heading">{t('queue.short')}</h2>
            <QueueList queue={view.queue} limit={QueueRows} />
          </section>
        </div>
        <div class="watch-middle">
          <section class="panel" aria-labelledby="watch-points-heading">
            <h2 id="watch-points-heading">{t('watch.topPoints')}</h2>
            <TopPointsList view={view} />
          </section>
          <section class="panel" aria-labelledby="watch-polls-heading">
            <h2 id="watch-polls-heading">{t('polls.heading')}</h2>
            {polls.length === 0 && <p class="muted">{t('polls.none')}</p>}
            {polls.map((poll) => (
              <div key={poll.id} class="poll" data-testid="poll" data-poll-id={poll.id} data-closed={String(poll.closed)}>
                <h3>{poll.question}</h3>
                <PollResults poll={poll} />
              </div>
            ))}
          </section>
        </div>
        <section class="tallies" aria-labelledby="tallies-heading">
          <h2 id="tallies-heading">{t('watch.room')}</h2>
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

/**
 * A private consultation opened without the observer key: the server refuses but names the
 * consultation, so the page says what it is and asks for the key instead of staying blank.
 */
function PrivateWatch({ id }: { id: string }) {
  const [title, setTitle] = useState<string>();
  const [typed, setTyped] = useState('');
  useEffect(() => {
    api.get(id).then(
      (v) => setTitle(v.settings.title),
      (e: unknown) => setTitle(toCommandError(e).consultationTitle),
    );
  }, [id]);
  return (
    <main id="main" class="page page-narrow" data-testid="watch-private">
      <p class="eyebrow">{t('watch.privateHeading')}</p>
      <h1 data-testid="consultation-title">{title ?? t('watch.privateHeading')}</h1>
      <form
        class="panel"
        data-testid="observer-key-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) {
            location.hash = links.watch(id, typed.trim());
          }
        }}
      >
        <p>{t('watch.privateText')}</p>
        <label for="observer-key">{t('watch.observerKey')}</label>
        <input id="observer-key" type="password" required autoComplete="off" value={typed} data-testid="observer-key" onInput={(e) => setTyped(e.currentTarget.value)} />
        <button type="submit" class="primary" data-testid="observer-key-submit">
          {t('watch.watch')}
        </button>
      </form>
    </main>
  );
}

function Headline({ view }: { view: ConsultationView }) {
  const tallies = view.tallies;
  const present = Object.values(tallies.presentByGroup).reduce((a, b) => a + b, 0);
  const points = Object.values(tallies.pointsByKind).reduce((a, b) => a + b, 0);
  return (
    <dl class="headline" data-testid="headline">
      <div>
        <dt>{t('watch.present')}</dt>
        <dd data-testid="headline-present">{present}</dd>
      </div>
      <div>
        <dt>{t('watch.hands')}</dt>
        <dd data-testid="headline-hands">{tallies.handsRaised}</dd>
      </div>
      <div>
        <dt>{t('watch.speakers')}</dt>
        <dd data-testid="headline-speakers">{tallies.speakers}</dd>
      </div>
      <div>
        <dt>{t('points.heading')}</dt>
        <dd data-testid="headline-points">{points}</dd>
      </div>
      <div class="headline-moderation">
        <dt>{t('watch.moderation')}</dt>
        <dd data-testid="moderation-counts">{moderationSummary(tallies.moderation)}</dd>
      </div>
    </dl>
  );
}

function TopPointsList({ view }: { view: ConsultationView }) {
  const points = view.points.filter((p) => p.status === 'visible').slice(0, TopPoints);
  if (points.length === 0) {
    return <p class="muted">{t('points.none')}</p>;
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
            {p.pinned && <span class="tag tag-pinned">{t('points.pinned')}</span>}
            <span class="point-text" data-testid="point-text">
              {p.text}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
