import type { WallEntry, WallSpeaker } from '../../contract';
import { countdown } from '../../state/countdown';
import { groupLabels, kindLabels } from '../shared/labels';
import { dualClock } from '../shared/time';
import { links } from '../router';
import { type BalanceRow, balanceHeadline, balanceRows, percent } from './wallData';

/** One live consultation on the wall. Every figure is text; the bars only repeat it for the eye. */
export function WallCard({ entry, serverNow, viewerZone }: { entry: WallEntry; serverNow: number; viewerZone: string }) {
  const rows = balanceRows(entry, serverNow);
  const headline = balanceHeadline(rows);
  const titleId = `wall-title-${entry.consultationId}`;
  return (
    <li class="wall-card" aria-labelledby={titleId} data-testid="wall-card" data-consultation-id={entry.consultationId} data-version={entry.version}>
      <header class="wall-card-header">
        <p class="wall-region" data-testid="wall-region">
          {entry.region}
        </p>
        <h2 id={titleId} data-testid="wall-title">
          <a href={links.watch(entry.consultationId)}>{entry.title}</a>
        </h2>
        <p class="wall-clock" data-testid="wall-clock">
          {dualClock(new Date(serverNow).toISOString(), entry.timeZone, viewerZone)}
        </p>
      </header>
      <dl class="wall-figures">
        <div>
          <dt>Present</dt>
          <dd data-testid="wall-present">{entry.present}</dd>
        </div>
        <div>
          <dt>Hands raised</dt>
          <dd data-testid="wall-hands">{entry.handsRaised}</dd>
        </div>
        <div>
          <dt>Turns</dt>
          <dd data-testid="wall-turns">{entry.turns}</dd>
        </div>
      </dl>
      <Speaker speaker={entry.speaker} serverNow={serverNow} />
      <section class="wall-balance" aria-label={`People and speaking time by stakeholder group, ${entry.title}`}>
        {rows.length === 0 ? (
          <p class="muted">Nobody present yet.</p>
        ) : (
          <table class="wall-groups" data-testid="wall-groups">
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Present</th>
                <th scope="col">Speaking time</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <GroupRow key={r.group} row={r} />
              ))}
            </tbody>
          </table>
        )}
        {headline && (
          <p class="wall-balance-headline" data-testid="wall-balance">
            {headline}
          </p>
        )}
      </section>
      <section aria-label={`Top points, ${entry.title}`}>
        {entry.topPoints.length === 0 ? (
          <p class="muted">No points yet.</p>
        ) : (
          <ol class="wall-points" data-testid="wall-top-points">
            {entry.topPoints.map((p) => (
              <li key={p.id} data-testid="wall-point" data-point-id={p.id} data-votes={p.votes}>
                <span class="votes" aria-label={`${p.votes} ${p.votes === 1 ? 'vote' : 'votes'}`}>
                  {p.votes}
                </span>
                <span class="wall-point-body">
                  <span class="tag">{kindLabels[p.kind]}</span>
                  {p.theme && <span class="tag tag-theme">{p.theme}</span>}
                  <span class="point-text">{p.text}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </li>
  );
}

function Speaker({ speaker, serverNow }: { speaker: WallSpeaker | undefined; serverNow: number }) {
  if (!speaker) {
    return (
      <p class="wall-speaker" data-testid="wall-speaker" data-state="empty">
        <span class="muted">Nobody has the floor.</span>
      </p>
    );
  }
  const c = countdown(speaker, serverNow);
  const state = c.overtime ? 'overtime' : c.warning ? 'warning' : 'speaking';
  return (
    <p class={`wall-speaker wall-speaker-${state}`} data-testid="wall-speaker" data-state={state}>
      <span class="wall-speaker-label">Floor</span>{' '}
      <span class="wall-speaker-name" data-testid="wall-speaker-name">
        {speaker.displayName}
      </span>{' '}
      <span class="muted">{groupLabels[speaker.group]}</span>{' '}
      <span class="wall-countdown" data-testid="wall-countdown" aria-label={c.overtime ? `overtime ${c.label}` : `${c.label} left`}>
        {c.label}
      </span>
      {c.overtime && <span class="overtime-mark"> Overtime</span>}
    </p>
  );
}

function GroupRow({ row }: { row: BalanceRow }) {
  return (
    <tr data-testid="wall-group-row" data-group={row.group} data-present={row.present} data-spoken-ms={row.spokenMs}>
      <th scope="row">{row.label}</th>
      <td>
        <span class="wall-bar" aria-hidden="true">
          <span class="wall-bar-fill legend-room" style={{ width: percent(row.presentShare) }} />
        </span>
        {row.present} <span class="muted">({percent(row.presentShare)})</span>
      </td>
      <td>
        <span class="wall-bar" aria-hidden="true">
          <span class="wall-bar-fill legend-floor" style={{ width: percent(row.spokenShare) }} />
        </span>
        {percent(row.spokenShare)}
      </td>
    </tr>
  );
}
