import type { ConsultationView, EventEnvelope, WatchReply } from '../contract';
import { applyEnvelope } from './applyEnvelope';

/** What happened to one envelope handed to {@link StreamTracker.receive}. */
export type ReceiveOutcome =
  /** Folded into the view. */
  | 'applied'
  /** Kept until a view to fold it into arrives (Watch in flight, or a resync pending). */
  | 'buffered'
  /** Already in the view (version <= the view's). */
  | 'dropped'
  /** A version is missing: kept, and a resync is needed (see {@link StreamTracker.needsResync}). */
  | 'gap'
  /** For another consultation. */
  | 'ignored';

/**
 * Orders one consultation's event stream around Watch calls. SignalR may deliver events before
 * Watch returns (the hub subscribes first, then reads), may redeliver after a resync, and a lost
 * message leaves a gap; the tracker buffers, drops and detects these so the view only ever
 * advances one version at a time. It does no I/O: the connection asks it when to call Watch.
 */
export class StreamTracker {
  private _view: ConsultationView | undefined;
  private _buffer = new Map<number, EventEnvelope>();
  private _watching = false;
  private _gap = false;
  private _preferFullView = false;

  constructor(readonly consultationId: string) {}

  /** The current view, once a Watch has returned one. */
  get view(): ConsultationView | undefined {
    return this._view;
  }

  /** The version the view reflects, or null before the first view. */
  get version(): number | null {
    return this._view?.version ?? null;
  }

  /** True when the stream has a gap (or no view) and no Watch is in flight to repair it. */
  get needsResync(): boolean {
    return !this._watching && (this._gap || this._view === undefined);
  }

  /** Number of envelopes waiting to be folded. */
  get buffered(): number {
    return this._buffer.size;
  }

  /**
   * Marks a Watch as in flight and returns the `sinceVersion` to send: the last version, or
   * null for a whole view (none yet, or a resync by version already failed to close a gap).
   */
  beginWatch(): number | null {
    this._watching = true;
    return this._view === undefined || this._preferFullView ? null : this._view.version;
  }

  /** The Watch failed; events keep buffering until the next one. */
  failWatch(): void {
    this._watching = false;
  }

  /** Handles one `event` message. */
  receive(envelope: EventEnvelope): ReceiveOutcome {
    if (envelope.consultationId !== this.consultationId) {
      return 'ignored';
    }
    if (this._view !== undefined && envelope.version <= this._view.version) {
      return 'dropped';
    }
    this._buffer.set(envelope.version, envelope);
    if (this._view === undefined || this._watching || this._gap) {
      return 'buffered';
    }
    const before = this._view.version;
    this.drain();
    if (this._view.version > before) {
      return 'applied';
    }
    return this._gap ? 'gap' : 'buffered';
  }

  /** Folds Watch's reply (a whole view, or the events since the version sent) and the buffer. */
  completeWatch(reply: WatchReply): void {
    this._watching = false;
    const sentVersion = this._view?.version ?? null;
    if (reply.view && (this._view === undefined || reply.view.version >= this._view.version)) {
      this._view = reply.view;
    }
    for (const e of reply.events ?? []) {
      if (e.consultationId === this.consultationId && (this._view === undefined || e.version > this._view.version)) {
        this._buffer.set(e.version, e);
      }
    }
    this._gap = false;
    this.drain();
    const behind = this._view === undefined || this._view.version < reply.version;
    if (behind && !this._gap) {
      this._gap = true;
    }
    // A by-version resync that still leaves a hole means the server no longer has those events.
    this._preferFullView = this._gap && sentVersion !== null;
  }

  /** Applies a change the caller learned from its own command's reply. */
  update(change: (view: ConsultationView) => ConsultationView): void {
    if (this._view) {
      this._view = change(this._view);
    }
  }

  private drain(): void {
    const view = this._view;
    if (view === undefined) {
      return;
    }
    let current = view;
    for (const version of [...this._buffer.keys()].sort((a, b) => a - b)) {
      if (version <= current.version) {
        this._buffer.delete(version);
        continue;
      }
      if (version !== current.version + 1) {
        this._gap = true;
        break;
      }
      current = applyEnvelope(current, this._buffer.get(version)!);
      this._buffer.delete(version);
    }
    this._view = current;
  }
}
