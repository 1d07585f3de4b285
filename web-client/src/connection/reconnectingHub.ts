import { HubConnectionState } from '@microsoft/signalr';
import type { HubPort } from './hubPort';

/** One SignalR connection to one address, without automatic reconnect: what {@link ReconnectingHub} drives. */
export interface HubLink {
  readonly state: HubPort['state'];
  readonly connectionId: string | null;
  start(): Promise<void>;
  stop(): Promise<void>;
  invoke<T>(method: string, ...args: unknown[]): Promise<T>;
  on(event: string, handler: (...args: any[]) => void): void;
  onclose(handler: (error?: Error) => void): void;
}

/** What a {@link ReconnectingHub} needs; tests replace the links, the clock and the dice. */
export interface ReconnectOptions {
  /** The hub addresses in the order to try them (see hubUrls.ts); asked once, on the first start. */
  urls: () => Promise<readonly string[]>;
  /** Opens a link to one address (not started). */
  open: (url: string) => HubLink;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1), for jitter. */
  random?: () => number;
}

/**
 * Milliseconds to wait before reconnect attempt `attempt` (1 for the first retry after the
 * immediate one): 0.5 s doubling to a 30 s cap, each drawn from the upper half of its value so the
 * browsers a dead silo dropped do not all come back in the same instant.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.min(attempt - 1, 6));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * A hub connection that survives the loss of the silo it talks to. SignalR's own automatic
 * reconnect retries one URL; this one opens a fresh link after a loss, first to the same address
 * at once (a blip, or a front door that now routes elsewhere), then to the next address of the
 * list after each failure, with {@link retryDelayMs} between attempts, until it connects or is
 * stopped. Handlers registered with `on` are carried over to every new link; `onreconnected`
 * tells the caller to watch again (by version) on the new link.
 */
export class ReconnectingHub implements HubPort {
  private readonly _options: ReconnectOptions;
  private readonly _sleep: (ms: number) => Promise<void>;
  private readonly _random: () => number;
  private readonly _handlers: [string, (...args: any[]) => void][] = [];
  private readonly _reconnecting: ((error?: Error) => void)[] = [];
  private readonly _reconnected: ((connectionId?: string) => void)[] = [];
  private readonly _closed: ((error?: Error) => void)[] = [];
  private _urls: readonly string[] = [];
  private _index = 0;
  private _link: HubLink | undefined;
  private _inReconnect = false;
  private _stopped = false;

  constructor(options: ReconnectOptions) {
    this._options = options;
    this._sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this._random = options.random ?? Math.random;
  }

  get state(): HubPort['state'] {
    if (this._inReconnect) {
      return HubConnectionState.Reconnecting;
    }
    return this._link?.state ?? HubConnectionState.Disconnected;
  }

  /** The address in use (or being tried). */
  get url(): string | undefined {
    return this._urls[this._index];
  }

  /** Connects to the current address; a failure moves on to the next address for the caller's retry. */
  async start(): Promise<void> {
    this._stopped = false;
    if (this._urls.length === 0) {
      this._urls = await this._options.urls();
      if (this._urls.length === 0) {
        throw new Error('No hub address to connect to.');
      }
    }
    try {
      await this.connect();
    } catch (error) {
      this.advance();
      throw error;
    }
  }

  async stop(): Promise<void> {
    this._stopped = true;
    const link = this._link;
    this._link = undefined;
    await link?.stop();
    if (link) {
      for (const handler of this._closed) {
        handler();
      }
    }
  }

  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    const link = this._link;
    if (link === undefined || this._inReconnect) {
      return Promise.reject(new Error(`Cannot invoke '${method}': not connected to the hub.`));
    }
    return link.invoke<T>(method, ...args);
  }

  on(event: string, handler: (...args: any[]) => void): void {
    this._handlers.push([event, handler]);
    this._link?.on(event, handler);
  }

  onreconnecting(handler: (error?: Error) => void): void {
    this._reconnecting.push(handler);
  }

  onreconnected(handler: (connectionId?: string) => void): void {
    this._reconnected.push(handler);
  }

  /** Called when {@link stop} closed a connected hub: a lost link reconnects instead. */
  onclose(handler: (error?: Error) => void): void {
    this._closed.push(handler);
  }

  private async connect(): Promise<void> {
    const link = this._options.open(this._urls[this._index]!);
    for (const [event, handler] of this._handlers) {
      link.on(event, handler);
    }
    link.onclose((error) => this.onLinkClosed(link, error));
    await link.start();
    if (this._stopped) {
      await link.stop();
      throw new Error('The hub connection was stopped while connecting.');
    }
    this._link = link;
  }

  private onLinkClosed(link: HubLink, error?: Error): void {
    if (link !== this._link || this._stopped) {
      return;
    }
    this._link = undefined;
    void this.reconnect(error);
  }

  private async reconnect(error?: Error): Promise<void> {
    this._inReconnect = true;
    for (const handler of this._reconnecting) {
      handler(error);
    }
    for (let attempt = 0; !this._stopped; attempt++) {
      if (attempt > 0) {
        this.advance();
        await this._sleep(retryDelayMs(attempt, this._random));
        if (this._stopped) {
          break;
        }
      }
      try {
        await this.connect();
      } catch {
        continue;
      }
      this._inReconnect = false;
      for (const handler of this._reconnected) {
        handler(this._link?.connectionId ?? undefined);
      }
      return;
    }
    this._inReconnect = false;
  }

  private advance(): void {
    this._index = (this._index + 1) % this._urls.length;
  }
}
