import {
  type CommandReply,
  type ConsultationView,
  type EventEnvelope,
  type HubCommand,
  type HubCommandArgs,
  type Role,
  type WatchReply,
} from '../contract';
import { ServerClock } from '../state/serverClock';
import { StreamTracker } from '../state/streamTracker';
import { type CommandError, CommandFailure, parseHubError } from './commandError';
import { createHub, type HubPort, HubConnectionState, reconnectDelayMs } from './hubPort';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'removed' | 'failed';

/** Resyncs in a row after which the page stops and says so, instead of hammering the server. */
const MaxResyncs = 5;

/** What the connection needs from its surroundings; tests replace any of it. */
export interface ConnectionDeps {
  hub: HubPort;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** The server's current time in epoch ms (second precision is fine), or null when unknown. */
  serverDate: () => Promise<number | null>;
}

/**
 * The HTTP Date header of a cheap request to the host. It is truncated to the second, so it
 * under-estimates the server clock like every other sample; it only matters until the first
 * live event arrives, e.g. for a page opened in the middle of a turn.
 */
export async function httpDate(): Promise<number | null> {
  try {
    const response = await fetch('/', { method: 'HEAD', cache: 'no-store' });
    const date = Date.parse(response.headers.get('Date') ?? '');
    return Number.isNaN(date) ? null : date;
  } catch {
    return null;
  }
}

/**
 * One consultation watched over the hub: starts the connection, calls Watch (again after every
 * reconnect and every gap), folds events through a StreamTracker and tells subscribers when the
 * view or the status changed. Commands are invoked with the consultation id prepended and fail
 * with a CommandFailure carrying the server's code.
 */
export class ConsultationConnection {
  readonly clock = new ServerClock();
  private readonly _tracker: StreamTracker;
  private readonly _hub: HubPort;
  private readonly _listeners = new Set<() => void>();
  private _status: ConnectionStatus = 'connecting';
  private _error: CommandError | undefined;
  private _role: Role | undefined;
  private _watching: Promise<void> | undefined;
  private _stopped = false;

  private readonly _now: () => number;
  private readonly _sleep: (ms: number) => Promise<void>;
  private readonly _serverDate: () => Promise<number | null>;

  constructor(readonly consultationId: string, credential: string | null, deps: Partial<ConnectionDeps> = {}) {
    const hub = deps.hub ?? createHub(credential);
    this._now = deps.now ?? Date.now;
    this._sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this._serverDate = deps.serverDate ?? httpDate;
    this._tracker = new StreamTracker(consultationId);
    this._hub = hub;
    hub.on('event', (envelope: EventEnvelope) => this.onEvent(envelope));
    hub.on('removed', (id: string) => this.onRemoved(id));
    hub.onreconnecting(() => this.setStatus('reconnecting'));
    hub.onreconnected(() => void this.resync());
    hub.onclose(() => {
      if (!this._stopped && this._status !== 'removed') {
        this.setStatus('failed', { code: 'unavailable', message: 'The connection to the hub closed.' });
      }
    });
  }

  get view(): ConsultationView | undefined {
    return this._tracker.view;
  }

  get status(): ConnectionStatus {
    return this._status;
  }

  /** The last failure of the connection itself (not of a command). */
  get error(): CommandError | undefined {
    return this._error;
  }

  /** The role Watch reported for the credential. */
  get role(): Role | undefined {
    return this._role;
  }

  subscribe(listener: () => void): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /** Connects (retrying until it works or {@link stop} is called) and watches. */
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
      await this.resync();
    }
  }

  private async seedClock(): Promise<void> {
    const server = await this._serverDate();
    if (server !== null) {
      this.clock.observe(new Date(server).toISOString(), this._now());
      this.emit();
    }
  }

  async stop(): Promise<void> {
    this._stopped = true;
    await this._hub.stop();
  }

  /** Invokes a command for this consultation. */
  async invoke<M extends HubCommand>(method: M, ...args: HubCommandArgs[M]): Promise<CommandReply> {
    if (this._hub.state !== HubConnectionState.Connected) {
      throw new CommandFailure({ code: 'unavailable', message: 'Not connected to the hub right now; try again in a moment.' });
    }
    try {
      return await this._hub.invoke<CommandReply>(method, this.consultationId, ...args);
    } catch (error) {
      throw new CommandFailure(parseHubError(error));
    }
  }

  /** Applies what a command's reply taught the caller (own votes, own pending point). */
  update(change: (view: ConsultationView) => ConsultationView): void {
    this._tracker.update(change);
    this.emit();
  }

  /** Calls Watch until the view is whole; concurrent callers share the run in flight. */
  resync(): Promise<void> {
    this._watching ??= this.watchLoop().finally(() => (this._watching = undefined));
    return this._watching;
  }

  private async watchLoop(): Promise<void> {
    for (let round = 0; round < MaxResyncs && !this._stopped; round++) {
      const since = this._tracker.beginWatch();
      let reply: WatchReply;
      try {
        reply = await this._hub.invoke<WatchReply>('Watch', this.consultationId, since);
      } catch (error) {
        this._tracker.failWatch();
        const parsed = parseHubError(error);
        // Refusals are final; a dropped connection resyncs again from onreconnected.
        if (parsed.code === 'forbidden' || parsed.code === 'not-found' || parsed.code === 'invalid') {
          this.setStatus('failed', parsed);
        }
        return;
      }
      this._tracker.completeWatch(reply);
      this._role = reply.role;
      if (!this._tracker.needsResync) {
        this.setStatus('live');
        return;
      }
    }
    if (!this._stopped) {
      this.setStatus('failed', { code: 'unavailable', message: 'The live stream keeps missing updates; reload the page.' });
    }
  }

  private onEvent(envelope: EventEnvelope): void {
    if (envelope.consultationId !== this.consultationId) {
      return;
    }
    this.clock.observe(envelope.at, this._now());
    const outcome = this._tracker.receive(envelope);
    if (outcome === 'applied') {
      this.emit();
    } else if (outcome === 'gap') {
      void this.resync();
    }
  }

  private onRemoved(id: string): void {
    if (id === this.consultationId) {
      this.setStatus('removed', { code: 'forbidden', message: 'A moderator removed you from this consultation.' });
      // The server closes the socket next; reconnecting with a dead token would only fail.
      this._stopped = true;
      void this._hub.stop();
    }
  }

  private setStatus(status: ConnectionStatus, error?: CommandError): void {
    if (this._status === 'removed') {
      return;
    }
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
