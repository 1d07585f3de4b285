/**
 * Estimates how far the server's clock is ahead of this browser's, so countdowns follow the
 * server's `endsAt` even when the laptop's clock is wrong.
 *
 * Each live event's `at` (server time of the change) compared with the local time it arrived
 * gives `offset - latency`; latency is never negative, so the largest recent sample is the best
 * estimate. Only a window of recent samples is kept so a corrected local clock is followed.
 */
export class ServerClock {
  private readonly _samples: number[] = [];

  constructor(private readonly windowSize = 16) {}

  /** Records a server timestamp (ISO-8601) observed at local time `receivedAtMs`. */
  observe(serverTime: string, receivedAtMs: number): void {
    const server = Date.parse(serverTime);
    if (Number.isNaN(server)) {
      return;
    }
    this._samples.push(server - receivedAtMs);
    if (this._samples.length > this.windowSize) {
      this._samples.shift();
    }
  }

  /** Milliseconds to add to local time to get server time (0 before any sample). */
  get offsetMs(): number {
    return this._samples.length === 0 ? 0 : Math.max(...this._samples);
  }

  /** The server's time now, in epoch milliseconds. */
  now(localMs: number = Date.now()): number {
    return localMs + this.offsetMs;
  }
}
