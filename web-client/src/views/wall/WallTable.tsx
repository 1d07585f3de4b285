import type { WallEntry } from '../../contract';
import { countdown } from '../../state/countdown';
import { duration } from '../shared/labels';
import { dualClock } from '../shared/time';
import { links } from '../router';
import { GroupStrip } from './GroupStrip';
import { balanceHeadline, balanceRows } from './wallData';
import { liveSpeakingByGroup } from '../../state/runningTurn';

/**
 * Many consultations at once: one row each, so twenty fit on a projected screen and every
 * column compares across regions at a glance. Rows carry the same test ids as the cards.
 */
export function WallTable({ entries, serverNow, viewerZone }: { entries: readonly WallEntry[]; serverNow: number; viewerZone: string }) {
  const nowIso = new Date(serverNow).toISOString();
  return (
    <table class="wall-table">
      <caption class="visually-hidden">Live consultations, one a row</caption>
      <thead>
        <tr>
          <th scope="col">Consultation</th>
          <th scope="col" class="num">
            Present
          </th>
          <th scope="col" class="num">
            Hands
          </th>
          <th scope="col">Floor</th>
          <th scope="col">Room by group</th>
          <th scope="col">Speaking time by group</th>
          <th scope="col">Top point</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const top = e.topPoints[0];
          const c = e.speaker && countdown(e.speaker, serverNow);
          const state = !c ? 'empty' : c.overtime ? 'overtime' : c.warning ? 'warning' : 'speaking';
          return (
            <tr key={e.consultationId} data-testid="wall-card" data-consultation-id={e.consultationId} data-version={e.version}>
              <th scope="row" class="wall-table-title">
                <span class="wall-region" data-testid="wall-region">
                  {e.region}
                </span>{' '}
                <span class="wall-clock" data-testid="wall-clock">
                  {dualClock(nowIso, e.timeZone, viewerZone)}
                </span>
                <a href={links.watch(e.consultationId)} data-testid="wall-title">
                  {e.title}
                </a>
              </th>
              <td class="num wall-big" data-testid="wall-present">
                {e.present}
              </td>
              <td class="num wall-big" data-testid="wall-hands">
                {e.handsRaised}
              </td>
              <td class={`wall-speaker-${state}`} data-testid="wall-speaker" data-state={state}>
                {e.speaker && c ? (
                  <>
                    <span data-testid="wall-speaker-name">{e.speaker.displayName}</span>{' '}
                    <span class="wall-countdown" data-testid="wall-countdown">
                      {c.label}
                    </span>
                  </>
                ) : (
                  <span class="muted">—</span>
                )}
              </td>
              <td>
                <GroupStrip values={e.presentByGroup} format={String} testId="wall-groups" />
              </td>
              <td>
                <GroupStrip values={liveSpeakingByGroup(e, serverNow)} format={duration} testId="wall-speaking" />
                <span class="visually-hidden" data-testid="wall-balance">
                  {balanceHeadline(balanceRows(e, serverNow)) ?? ''}
                </span>
              </td>
              <td class="wall-table-point" data-testid="wall-top-points">
                {top ? (
                  <span data-testid="wall-point" data-point-id={top.id} data-votes={top.votes}>
                    <span class="votes">{top.votes}</span> <span class="point-text">{top.text}</span>
                  </span>
                ) : (
                  <span class="muted">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
