import { api } from '../../connection/api';
import { credentials } from '../../connection/credentials';
import type { ConsultationStatus, DirectoryEntry } from '../../contract';
import { useRequest } from '../shared/hooks';
import { statusLabels } from '../shared/labels';
import { ErrorNotice } from '../shared/Notices';
import { dualClock, dualTime, heldRange, relativeTime, timeIn, viewerTimeZone } from '../shared/time';
import { links } from '../router';
import { type DirectoryFilters, directoryCount, filterDirectory, isOverdue, regionsOf, sectionsOf } from './directory';
import { t } from '../../i18n/i18n';
import { interleave } from '../../i18n/interleave';

/** How often the directory refreshes its live counts while the tab is visible. */
const RefreshMs = 5_000;

const sectionOrder = ['live', 'scheduled', 'closed'] as const;

/** The directory: live now, upcoming and closed consultations, filtered by region and status (kept in the link). */
export function HomePage({ filters }: { filters: DirectoryFilters }) {
  // Organizers see private consultations too.
  const { data: entries, error, loadedAt } = useRequest(() => api.list(credentials.organizerKey() || undefined), [], RefreshMs);
  const viewerZone = viewerTimeZone();
  const shown = entries ? filterDirectory(entries, filters) : [];
  const sections = sectionsOf(shown);
  const byStatus: Record<ConsultationStatus, DirectoryEntry[]> = { live: sections.live, scheduled: sections.upcoming, closed: sections.closed };
  const filtered = Boolean(filters.region || filters.status);
  const setFilters = (next: DirectoryFilters) => location.replace(links.home(next));

  return (
    <main id="main" class="page directory-page" data-testid="directory-page">
      <h1>{t('home.heading')}</h1>
      <nav aria-label={t('home.nav')} class="button-row hub-nav">
        <a href={links.wall()} data-testid="wall-link">
          {t('home.wall')}
        </a>
        <a href={links.organize()} data-testid="organize-link">
          {t('home.organize')}
        </a>
        <a href={links.rollup(filters.region ? { region: filters.region } : {})} data-testid="rollup-link">
          {t('home.rollup')}
        </a>
      </nav>

      <form class="directory-filters" aria-label={t('home.filters')} onSubmit={(e) => e.preventDefault()}>
        <div class="inline-field">
          <label for="filter-region">{t('home.region')}</label>
          <select id="filter-region" data-testid="directory-filter-region" value={filters.region ?? ''} onChange={(e) => setFilters({ ...filters, region: e.currentTarget.value || undefined })}>
            <option value="">{t('home.allRegions')}</option>
            {regionOptions(entries ?? [], filters.region).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div class="inline-field">
          <label for="filter-status">{t('home.status')}</label>
          <select
            id="filter-status"
            data-testid="directory-filter-status"
            value={filters.status ?? ''}
            onChange={(e) => setFilters({ ...filters, status: (e.currentTarget.value || undefined) as ConsultationStatus | undefined })}
          >
            <option value="">{t('home.allStatuses')}</option>
            {sectionOrder.map((s) => (
              <option key={s} value={s}>
                {t(`home.sections.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" class="link-button" data-testid="directory-clear-filters" onClick={() => setFilters({})}>
            {t('home.showAll')}
          </button>
        )}
      </form>
      <p class="muted">
        {t('home.timesNote', { zone: viewerZone, seconds: RefreshMs / 1000 })}
        {loadedAt !== undefined && <span data-testid="directory-updated"> {t('home.updated', { time: timeIn(new Date(loadedAt).toISOString(), viewerZone) })}</span>}
      </p>
      <ErrorNotice error={error} />
      {entries === undefined && !error && <p>{t('common.loading')}</p>}
      {entries && (
        <p role="status" class="directory-count" data-testid="directory-count">
          {directoryCount(sections)}
        </p>
      )}
      {entries?.length === 0 && <p data-testid="directory-empty">{t('home.empty')}</p>}
      {entries && entries.length > 0 && shown.length === 0 && (
        <p data-testid="directory-no-match">{t('home.noMatch')}</p>
      )}
      <div data-testid="directory">
        {sectionOrder
          .filter((s) => byStatus[s].length > 0)
          .map((s) => (
            <section key={s} class="directory-section" aria-labelledby={`directory-${s}`} data-testid="directory-section" data-status={s}>
              <h2 id={`directory-${s}`}>
                {t(`home.sections.${s}`)} <span class="muted">({byStatus[s].length})</span>
              </h2>
              <ul class="directory">
                {byStatus[s].map((e) => (
                  <DirectoryItem key={e.id} entry={e} viewerZone={viewerZone} now={loadedAt ?? Date.now()} />
                ))}
              </ul>
            </section>
          ))}
      </div>
    </main>
  );
}

/** The regions to offer, plus the one in the link even if nothing matches it right now. */
function regionOptions(entries: readonly DirectoryEntry[], current: string | undefined): string[] {
  const regions = regionsOf(entries);
  return current && !regions.some((r) => r.toLocaleLowerCase('en') === current.trim().toLocaleLowerCase('en')) ? [...regions, current] : regions;
}

function DirectoryItem({ entry: e, viewerZone, now }: { entry: DirectoryEntry; viewerZone: string; now: number }) {
  return (
    <li class="directory-entry" data-testid="directory-entry" data-consultation-id={e.id} data-status={e.status}>
      <h3>
        <a href={links.watch(e.id)}>{e.title}</a>
      </h3>
      <p>
        <span class={`tag tag-status tag-${e.status}`}>{statusLabels[e.status]}</span> <span data-testid="directory-region">{e.region}</span>
        {e.visibility === 'private' && <span class="tag">{t('home.private')}</span>}
      </p>
      <p data-testid="directory-time">
        {e.status === 'closed' && e.startedAt ? (
          interleave('home.held', {}, { time: <time dateTime={e.startedAt}>{heldRange(e.startedAt, e.closedAt, e.timeZone, viewerZone)}</time> })
        ) : e.startsAt ? (
          <>
            {interleave(e.status === 'closed' ? 'home.held' : isOverdue(e, now) ? 'home.wasDue' : e.status === 'live' ? 'home.plannedFor' : 'home.starts', {}, {
              time: <time dateTime={e.startsAt}>{dualTime(e.startsAt, e.timeZone, viewerZone)}</time>,
            })}
            {e.status === 'scheduled' && <span class="muted" data-testid="directory-relative">{` (${relativeTime(e.startsAt, now)})`}</span>}
          </>
        ) : e.status === 'live' ? (
          t('home.localNow', { time: dualClock(new Date(now).toISOString(), e.timeZone, viewerZone) })
        ) : e.status === 'closed' ? (
          <span class="muted">{t('home.closedNoTimes')}</span>
        ) : (
          <span class="muted">{t('home.noStart', { zone: e.timeZone })}</span>
        )}
      </p>
      <p class="directory-counts">
        <span data-testid="directory-present" data-value={e.present} hidden />
        <span data-testid="directory-participants" data-value={e.participants} hidden />
        <span data-testid="directory-observers" data-value={e.observers} hidden />
        {t('home.counts', { present: e.present, count: e.participants, watching: e.observers })}
      </p>
      <p class="button-row">
        <a href={links.watch(e.id)} data-testid="directory-watch-link">
          {e.status === 'live' ? t('home.watchLive') : t('common.open')}
        </a>
        {e.status === 'closed' && (
          <a href={links.summary(e.id)} data-testid="directory-summary-link">
            {t('home.summary')}
          </a>
        )}
      </p>
    </li>
  );
}
