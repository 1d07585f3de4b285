import { api } from '../../connection/api';
import { credentials } from '../../connection/credentials';
import type { ConsultationStatus, DirectoryEntry } from '../../contract';
import { useRequest } from '../shared/hooks';
import { statusLabels } from '../shared/labels';
import { ErrorNotice } from '../shared/Notices';
import { dualClock, dualTime, timeIn, viewerTimeZone } from '../shared/time';
import { links } from '../router';
import { type DirectoryFilters, directoryCount, filterDirectory, isOverdue, regionsOf, sectionsOf } from './directory';

/** How often the directory refreshes its live counts while the tab is visible. */
const RefreshMs = 5_000;

const sectionTitles: Record<ConsultationStatus, string> = { live: 'Live now', scheduled: 'Upcoming', closed: 'Closed' };
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
      <h1>Consultations</h1>
      <nav aria-label="Hub" class="button-row hub-nav">
        <a href={links.wall()} data-testid="wall-link">
          Delegates' wall
        </a>
        <a href={links.organize()} data-testid="organize-link">
          Organize a consultation
        </a>
        <a href={links.rollup(filters.region ? { region: filters.region } : {})} data-testid="rollup-link">
          Roll-up of summaries (organizers)
        </a>
      </nav>

      <form class="directory-filters" aria-label="Filter consultations" onSubmit={(e) => e.preventDefault()}>
        <div class="inline-field">
          <label for="filter-region">Region</label>
          <select id="filter-region" data-testid="directory-filter-region" value={filters.region ?? ''} onChange={(e) => setFilters({ ...filters, region: e.currentTarget.value || undefined })}>
            <option value="">All regions</option>
            {regionOptions(entries ?? [], filters.region).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div class="inline-field">
          <label for="filter-status">Status</label>
          <select
            id="filter-status"
            data-testid="directory-filter-status"
            value={filters.status ?? ''}
            onChange={(e) => setFilters({ ...filters, status: (e.currentTarget.value || undefined) as ConsultationStatus | undefined })}
          >
            <option value="">Live, upcoming and closed</option>
            {sectionOrder.map((s) => (
              <option key={s} value={s}>
                {sectionTitles[s]}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" class="link-button" data-testid="directory-clear-filters" onClick={() => setFilters({})}>
            Show all
          </button>
        )}
      </form>
      <p class="muted">
        Times are shown in each consultation's own time zone and in yours ({viewerZone}). Counts refresh every {RefreshMs / 1000} seconds
        {loadedAt !== undefined && <span data-testid="directory-updated"> · updated {timeIn(new Date(loadedAt).toISOString(), viewerZone)}</span>}.
      </p>
      <ErrorNotice error={error} />
      {entries === undefined && !error && <p>Loading…</p>}
      {entries && (
        <p role="status" class="directory-count" data-testid="directory-count">
          {directoryCount(sections)}
        </p>
      )}
      {entries?.length === 0 && <p data-testid="directory-empty">No consultations yet.</p>}
      {entries && entries.length > 0 && shown.length === 0 && (
        <p data-testid="directory-no-match">No consultation matches these filters.</p>
      )}
      <div data-testid="directory">
        {sectionOrder
          .filter((s) => byStatus[s].length > 0)
          .map((s) => (
            <section key={s} class="directory-section" aria-labelledby={`directory-${s}`} data-testid="directory-section" data-status={s}>
              <h2 id={`directory-${s}`}>
                {sectionTitles[s]} <span class="muted">({byStatus[s].length})</span>
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
        {e.visibility === 'private' && <span class="tag">Private</span>}
      </p>
      <p data-testid="directory-time">
        {e.startsAt ? (
          <>
            {e.status === 'closed' ? 'Held ' : isOverdue(e, now) ? 'Was due ' : e.status === 'live' ? 'Planned for ' : 'Starts '}
            <time dateTime={e.startsAt}>{dualTime(e.startsAt, e.timeZone, viewerZone)}</time>
          </>
        ) : e.status === 'live' ? (
          <>Local time now {dualClock(new Date(now).toISOString(), e.timeZone, viewerZone)}</>
        ) : (
          <span class="muted">No start time set ({e.timeZone})</span>
        )}
      </p>
      <p class="directory-counts">
        <span data-testid="directory-present" data-value={e.present}>
          {e.present} present
        </span>{' '}
        of{' '}
        <span data-testid="directory-participants" data-value={e.participants}>
          {e.participants} {e.participants === 1 ? 'participant' : 'participants'}
        </span>{' '}
        ·{' '}
        <span data-testid="directory-observers" data-value={e.observers}>
          {e.observers} watching
        </span>
      </p>
      <p class="button-row">
        <a href={links.watch(e.id)} data-testid="directory-watch-link">
          {e.status === 'live' ? 'Watch live' : 'Open'}
        </a>
        {e.status === 'closed' && (
          <a href={links.summary(e.id)} data-testid="directory-summary-link">
            Summary
          </a>
        )}
      </p>
    </li>
  );
}
