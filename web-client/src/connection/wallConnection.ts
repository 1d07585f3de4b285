import type { HubReply, HubWideMethod, WallEntry, WallSnapshot, WallUpdate } from '../contract';
import { ServerClock } from '../state/serverClock';
import { applyWallSnapshot, applyWallUpdate, emptyWall, type WallState } from '../state/wall';
import type { CommandError } from './commandError';
import { parseHubError } from './commandError';
import { type ConnectionStatus, httpDate } from './consultationConnection';
import { createHub, type HubPort, reconnectDelayMs } from './hubPort';

/** What the wall connection needs from its surroundings; tests replace any of it. */
export interface WallConnectionDeps {
  hub: HubPort;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** The server's current time in epoch ms, or null when unknown. */
  serverDate: () => Promise<number | null>;
}

const watchWall: HubWideMethod = 'WatchWall';

/**
 * The delegates' wall over the hub, anonymously (the wall shows public consultations only).
 * Calls WatchWall on start and after every reconnect (a new connection is a new group member);
 * `wall` messages arriving while the call is in flight are kept and folded after its snapshot.
 */
export class WallConnection {
  readonly clock = new ServerClock();
  private readonly _hub: HubPort;
  private readonly _listeners = new Set<() => void>();
  private readonly _now: () => number;
  private readonly _sleep: (ms: number) => Promise<void>;
  private readonly _serverDate: () => Promise<number | null>;
  private _state: WallState = emptyWall;
  private _loaded = false;
  private _buffer: WallUpdate[] | undefined;
  private _status: ConnectionStatus = 'connecting';
  private _error: CommandError | undefined;
  private _stopped = false;

  constructor(deps: Partial<WallConnectionDeps> = {}) {
    this._hub = deps.hub ?? createHub(null);
    this._now = deps.now ?? Date.now;
    this._sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this._serverDate = deps.serverDate ?? httpDate;
    this._hub.on('wall', (update: WallUpdate) => this.onUpdate(update));
    this._hub.onreconnecting(() => this.setStatus('reconnecting'));
    this._hub.onreconnected(() => void this.watch());
    this._hub.onclose(() => {
      if (!this._stopped) {
        this.setStatus('failed', { code: 'unavailable', message: 'The connection to the hub closed; reload the page.' });
      }
    });
  }

  /** Live consultations in wall order; empty until the first snapshot. */
  get entries(): readonly WallEntry[] {
    return this._state.entries;
  }

  /** True once a snapshot arrived (an empty wall is then really empty). */
  get loaded(): boolean {
    return this._loaded;
  }

  get status(): ConnectionStatus {
    return this._status;
  }

  get error(): CommandError | undefined {
    return this._error;
  }

  subscribe(listener: () => void): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /** Connects (retrying until it works or {@link stop} is called) and watches the wall. */
  async start(): Promise<void> {
    void this.seedClock();
    for (let attempt = 0; !this._stopped; attempt++) {
      try {
        await this._hub.start();
        break;
      } catch {
        this.setStatus('connecting', { code: 'unavailable', message: 'Cannot reach the hub; retrying…' });
        await this._sleep(reconnectDelayMs(attempt));
      }
    }
    if (!this._stopped) {
      await this.watch();
    }
  }

  async stop(): Promise<void> {
    this._stopped = true;
    await this._hub.stop();
  }

  private async watch(): Promise<void> {
    this._buffer ??= [];
    let snapshot: WallSnapshot;
    try {
      snapshot = await this._hub.invoke<HubReply<'WatchWall'>>(watchWall);
    } catch (error) {
      this._buffer = undefined;
      // A dropped connection watches again from onreconnected; anything else is final.
      if (!this._stopped && this._status !== 'reconnecting') {
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

  private async seedClock(): Promise<void> {
    const server = await this._serverDate();
    if (server !== null) {
      this.clock.observe(new Date(server).toISOString(), this._now());
      this.emit();
    }
  }

  private setStatus(status: ConnectionStatus, error?: CommandError): void {
    this._status = status;
    this._error = error;
    this.emit();
  }

  private emit(): void {
    for (const listener of this._listeners) {
      listener();
    }
  }
}
