import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { WallConnection } from '../../connection/wallConnection';
import type { WallEntry } from '../../contract';
import { useNow } from '../shared/hooks';
import { ConnectionBadge } from '../shared/Notices';
import { cityOf, timeIn, viewerTimeZone } from '../shared/time';
import { links } from '../router';
import { GroupLegend } from './GroupStrip';
import { WallCard } from './WallCard';
import { WallTable } from './WallTable';
import { wallAnnouncements, wallDensity } from './wallData';
import { t } from '../../i18n/i18n';

/** Announcements kept in the live region; older ones have been read out already. */
const AnnouncementsKept = 3;

/** Watches the wall for as long as the page is mounted. */
function useWall() {
  const [connection] = useState(() => new WallConnection());
  const [, bump] = useReducer((n: number, _: void) => n + 1, 0);
  useEffect(() => {
    const unsubscribe = connection.subscribe(() => bump());
    void connection.start();
    return () => {
      unsubscribe();
      void connection.stop();
    };
  }, [connection]);
  return connection;
}

/** Arrivals, departures and new speakers, for the polite live region. */
function useAnnouncements(entries: readonly WallEntry[], loaded: boolean): string[] {
  const previous = useRef<readonly WallEntry[] | undefined>(undefined);
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => {
    if (!loaded) {
      return;
    }
    // The first snapshot is what the page shows on arrival, not news.
    const news = previous.current ? wallAnnouncements(previous.current, entries) : [];
    previous.current = entries;
    if (news.length > 0) {
      setLines((old) => [...old, ...news].slice(-AnnouncementsKept));
    }
  }, [entries, loaded]);
  return lines;
}

/**
 * The delegates' wall: every live public consultation's headline side by side, pushed by the
 * hub's wall grain. Made for a projector: dark, large, no controls needed; it reconnects by itself.
 */
export function WallPage() {
  const connection = useWall();
  const now = useNow(1000);
  const entries = connection.entries;
  const announcements = useAnnouncements(entries, connection.loaded);
  const viewerZone = viewerTimeZone();
  const serverNow = connection.clock.now(now);
  const density = wallDensity(entries.length);

  return (
    <div class="projected">
      <main id="main" class={`page page-wide wall wall-${density}`} data-testid="wall-page" data-count={entries.length}>
        <header class="wall-header">
          <h1>{t('wall.heading')}</h1>
          <p class="wall-meta">
            <span data-testid="wall-count">
              {t('wall.count', { count: entries.length })}
            </span>{' '}
            · <span class="muted">{timeIn(new Date(now).toISOString(), viewerZone)} {cityOf(viewerZone)}</span> ·{' '}
            <a href={links.home({ status: 'live' })}>{t('wall.directory')}</a>
          </p>
          <ConnectionBadge status={connection.status} error={connection.error} />
          {density === 'dense' ? (
            <GroupLegend />
          ) : (
            <p class="wall-legend" aria-hidden="true">
              <span class="legend-swatch legend-room" /> {t('wall.legendRoom')} <span class="legend-swatch legend-floor" /> {t('wall.legendFloor')}
            </p>
          )}
        </header>
        <div class="visually-hidden" role="status" aria-live="polite" data-testid="wall-announcer">
          {announcements.map((line, i) => (
            <p key={`${i}-${line}`}>{line}</p>
          ))}
        </div>
        {connection.loaded && entries.length === 0 && (
          <p class="wall-empty" data-testid="wall-empty">
            {t('wall.empty')}
          </p>
        )}
        {density === 'dense' ? (
          <WallTable entries={entries} serverNow={serverNow} viewerZone={viewerZone} />
        ) : (
          <ul class="wall-grid" aria-label={t('wall.grid')}>
            {entries.map((entry) => (
              <WallCard key={entry.consultationId} entry={entry} serverNow={serverNow} viewerZone={viewerZone} />
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
