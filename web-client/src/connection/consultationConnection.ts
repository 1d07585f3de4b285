import {
  type CommandReply,
  type ConsultationView,
  type EventEnvelope,
  type HubCommand,
  type HubCommandArgs,
  type Role,
  type WatchReply,
} from '../contract';
import { StreamTracker } from '../state/streamTracker';
import { CommandFailure, parseHubError } from './commandError';
import { createHub, HubConnectionState } from './hubPort';
import { type ConnectionDeps, LiveConnection } from './liveConnection';

export { type ConnectionDeps, type ConnectionStatus, httpDate } from './liveConnection';

/** Resyncs in a row after which the page stops and says so, instead of hammering the server. */
const MaxResyncs = 5;

/**
 * One consultation watched over the hub: starts the connection, calls Watch (again after every
 * reconnect and every gap), folds events through a StreamTracker and tells subscribers when the
 * view or the status changed. Commands are invoked with the consultation id prepended and fail
 * with a CommandFailure carrying the server's code.
 */
export class ConsultationConnection extends LiveConnection {
  private readonly _tracker: StreamTracker;
  private _role: Role | undefined;
  private _watching: Promise<void> | undefined;

  constructor(readonly consultationId: string, credential: string | null, deps: Partial<ConnectionDeps> = {}) {
    super(deps.hub ?? createHub(credential), deps, 'The connection to the hub closed.');
    this._tracker = new StreamTracker(consultationId);
    this._hub.on('event', (envelope: EventEnvelope) => this.onEvent(envelope));
    // Several consecutive changes in one message (a batch, or an observer's coalescing window).
    this._hub.on('events', (envelopes: EventEnvelope[]) => envelopes.forEach((envelope) => this.onEvent(envelope)));
    this._hub.on('removed', (id: string) => this.onRemoved(id));
  }

  get view(): ConsultationView | undefined {
    return this._tracker.view;
  }

  /** The role Watch reported for the credential. */
  get role(): Role | undefined {
    return this._role;
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

  protected resubscribe(): Promise<void> {
    return this.resync();
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
}
