import { ServerClock } from '../state/serverClock';
import type { CommandError } from './commandError';
import { type HubPort, reconnectDelayMs } from './hubPort';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'removed' | 'failed';

/** What a live connection needs from its surroundings; tests replace any of it. */
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
 * What every page's hub connection shares: a status and its error for the badge, subscribers,
 * a server clock seeded from the HTTP Date, and a start that retries until the hub answers.
 * Subclasses say what to (re)subscribe to once connected and after every reconnect.
 */
export abstract class LiveConnection {
  readonly clock = new ServerClock();
  protected readonly _hub: HubPort;
  protected readonly _now: () => number;
  protected _stopped = false;
  private readonly _listeners = new Set<() => void>();
  private readonly _sleep: (ms: number) => Promise<void>;
  private readonly _serverDate: () => Promise<number | null>;
  private _status: ConnectionStatus = 'connecting';
  private _error: CommandError | undefined;

  /** <paramref name="closedMessage"/> is what the badge says when the hub closes the connection for good. */
  protected constructor(hub: HubPort, deps: Partial<ConnectionDeps>, closedMessage: string) {
    this._hub = hub;
    this._now = deps.now ?? Date.now;
    this._sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this._serverDate = deps.serverDate ?? httpDate;
    hub.onreconnecting(() => this.setStatus('reconnecting'));
    hub.onreconnected(() => void this.resubscribe());
    hub.onclose(() => {
      if (!this._stopped && this._status !== 'removed') {
        this.setStatus('failed', { code: 'unavailable', message: closedMessage });
      }
    });
  }

  get status(): ConnectionStatus {
    return this._status;
  }

  /** The last failure of the connection itself (not of a command). */
  get error(): CommandError | undefined {
    return this._error;
  }

  subscribe(listener: () => void): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /** Connects (retrying until it works or {@link stop} is called) and subscribes. */
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
      await this.resubscribe();
    }
  }

  async stop(): Promise<void> {
    this._stopped = true;
    await this._hub.stop();
  }

  /** Calls the hub's watch method for what this connection shows: on start and after every reconnect. */
  protected abstract resubscribe(): Promise<void>;

  /** A removed participant's status is final. */
  protected setStatus(status: ConnectionStatus, error?: CommandError): void {
    if (this._status === 'removed') {
      return;
    }
    this._status = status;
    this._error = error;
    this.emit();
  }

  protected emit(): void {
    for (const listener of this._listeners) {
      listener();
    }
  }

  private async seedClock(): Promise<void> {
    const server = await this._serverDate();
    if (server !== null) {
      this.clock.observe(new Date(server).toISOString(), this._now());
      this.emit();
    }
  }
}
