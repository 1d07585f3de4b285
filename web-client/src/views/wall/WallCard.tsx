import type { WallEntry, WallSpeaker } from '../../contract';
import { countdown } from '../../state/countdown';
import { groupLabels, kindLabels } from '../shared/labels';
import { dualClock } from '../shared/time';
import { links } from '../router';
import { type BalanceRow, balanceHeadline, balanceRows, cssPercent, percent } from './wallData';
import { t } from '../../i18n/i18n';

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
          <dt>{t('wall.present')}</dt>
          <dd data-testid="wall-present">{entry.present}</dd>
        </div>
        <div>
          <dt>{t('wall.handsRaised')}</dt>
          <dd data-testid="wall-hands">{entry.handsRaised}</dd>
        </div>
        <div>
          <dt>{t('wall.turns')}</dt>
          <dd data-testid="wall-turns">{entry.turns}</dd>
        </div>
      </dl>
      <Speaker speaker={entry.speaker} serverNow={serverNow} />
      <section class="wall-balance" aria-label={t('wall.balanceLabel', { title: entry.title })}>
        {rows.length === 0 ? (
          <p class="muted">{t('wall.nobodyPresent')}</p>
        ) : (
          <table class="wall-groups" data-testid="wall-groups">
            <thead>
              <tr>
                <th scope="col">{t('wall.group')}</th>
                <th scope="col">{t('wall.present')}</th>
                <th scope="col">{t('wall.speakingTime')}</th>
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
      <section aria-label={t('wall.topPointsLabel', { title: entry.title })}>
        {entry.topPoints.length === 0 ? (
          <p class="muted">{t('points.none')}</p>
        ) : (
          <ol class="wall-points" data-testid="wall-top-points">
            {entry.topPoints.map((p) => (
              <li key={p.id} data-testid="wall-point" data-point-id={p.id} data-votes={p.votes}>
                <span class="votes" aria-label={t('points.votes', { count: p.votes })}>
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
        <span class="muted">{t('floor.nobody')}</span>
      </p>
    );
  }
  const c = countdown(speaker, serverNow);
  const state = c.overtime ? 'overtime' : c.warning ? 'warning' : 'speaking';
  return (
    <p class={`wall-speaker wall-speaker-${state}`} data-testid="wall-speaker" data-state={state}>
      <span class="wall-speaker-label">{t('wall.floor')}</span>{' '}
      <span class="wall-speaker-name" data-testid="wall-speaker-name">
        {speaker.displayName}
      </span>{' '}
      <span class="muted">{groupLabels[speaker.group]}</span>{' '}
      <span class="wall-countdown" data-testid="wall-countdown" aria-label={c.overtime ? t('wall.overtimeLabel', { time: c.label }) : t('floor.left', { time: c.label })}>
        {c.label}
      </span>
      {c.overtime && <span class="overtime-mark"> {t('wall.overtime')}</span>}
    </p>
  );
}

function GroupRow({ row }: { row: BalanceRow }) {
  return (
    <tr data-testid="wall-group-row" data-group={row.group} data-present={row.present} data-spoken-ms={row.spokenMs}>
      <th scope="row">{row.label}</th>
      <td>
        <span class="wall-bar" aria-hidden="true">
          <span class="wall-bar-fill legend-room" style={{ width: cssPercent(row.presentShare) }} />
        </span>
        {row.present} <span class="muted">({percent(row.presentShare)})</span>
      </td>
      <td>
        <span class="wall-bar" aria-hidden="true">
          <span class="wall-bar-fill legend-floor" style={{ width: cssPercent(row.spokenShare) }} />
        </span>
        {percent(row.spokenShare)}
      </td>
    </tr>
  );
}
