import type { HubReply, HubWideMethod, WallEntry, WallSnapshot, WallUpdate } from '../contract';
import { applyWallSnapshot, applyWallUpdate, emptyWall, type WallState } from '../state/wall';
import { parseHubError } from './commandError';
import { createHub } from './hubPort';
import { type ConnectionDeps, LiveConnection } from './liveConnection';

const watchWall: HubWideMethod = 'WatchWall';

/**
 * The delegates' wall over the hub, anonymously (the wall shows public consultations only).
 * Calls WatchWall on start and after every reconnect (a new connection is a new group member);
 * `wall` messages arriving while the call is in flight are kept and folded after its snapshot.
 */
export class WallConnection extends LiveConnection {
  private _state: WallState = emptyWall;
  private _loaded = false;
  private _buffer: WallUpdate[] | undefined;

  constructor(deps: Partial<ConnectionDeps> = {}) {
    super(deps.hub ?? createHub(null), deps, 'The connection to the hub closed; reload the page.');
    this._hub.on('wall', (update: WallUpdate) => this.onUpdate(update));
  }

  /** Live consultations in wall order; empty until the first snapshot. */
  get entries(): readonly WallEntry[] {
    return this._state.entries;
  }

  /** True once a snapshot arrived (an empty wall is then really empty). */
  get loaded(): boolean {
    return this._loaded;
  }

  protected async resubscribe(): Promise<void> {
    this._buffer ??= [];
    let snapshot: WallSnapshot;
    try {
      snapshot = await this._hub.invoke<HubReply<'WatchWall'>>(watchWall);
    } catch (error) {
      this._buffer = undefined;
      // A dropped connection watches again from onreconnected; anything else is final.
      if (!this._stopped && this.status !== 'reconnecting') {
        this.setStatus('failed', parseHubError(error));
      }
      return;
    }
    const buffered = this._buffer;
    this._buffer = undefined;
    this._state = applyWallSnapshot(this._state, snapshot, buffered);
    this._loaded = true;
    this.observeClock(snapshot.consultations);
    this.setStatus('live');
  }
  private onUpdate(update: WallUpdate): void {
    if (this._buffer) {
      this._buffer.push(update);
      return;
    }
    this._state = applyWallUpdate(this._state, update);
    this.observeClock(update.consultations);
    this.emit();
  }

  /**
   * The newest report of a batch was made a moment before it was pushed, so it samples the
   * server clock like an event's `at`; older entries of a snapshot would only skew it. Until
   * then the HTTP Date of the host stands in.
   */
  private observeClock(entries: readonly WallEntry[]): void {
    const newest = entries.reduce<string | undefined>((max, e) => (max === undefined || Date.parse(e.reportedAt) > Date.parse(max) ? e.reportedAt : max), undefined);
    if (newest !== undefined) {
      this.clock.observe(newest, this._now());
    }
  }
}
