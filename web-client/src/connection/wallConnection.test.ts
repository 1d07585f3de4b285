import { describe, expect, it } from 'vitest';
import type { WallSnapshot, WallUpdate } from '../contract';
import { aWallEntry } from '../testing/builders';
import type { HubPort } from './hubPort';
import { WallConnection } from './wallConnection';

/** A hub whose WatchWall replies the test releases. */
class FakeHub implements HubPort {
  state: HubPort['state'] = 'Disconnected';
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly replies: (() => Promise<WallSnapshot>)[] = [];
  private readonly handlers = new Map<string, (...args: any[]) => void>();
  private reconnected: (() => void) | undefined;
  private reconnecting: (() => void) | undefined;

  async start() {
    this.state = 'Connected';
  }
  async stop() {
    this.state = 'Disconnected';
  }
  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    this.calls.push({ method, args });
    const next = this.replies.shift();
    return (next ? next() : Promise.reject(new Error('no reply queued'))) as Promise<T>;
  }
  on(event: string, handler: (...args: any[]) => void) {
    this.handlers.set(event, handler);
  }
  onreconnecting(handler: () => void) {
    this.reconnecting = handler;
  }
  onreconnected(handler: () => void) {
    this.reconnected = handler;
  }
  onclose() {}

  push(update: WallUpdate) {
    this.handlers.get('wall')!(update);
  }
  reconnect() {
    this.reconnecting!();
    this.reconnected!();
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const ids = (c: WallConnection) => c.entries.map((e) => e.consultationId);

function connect() {
  const hub = new FakeHub();
  const now = () => Date.parse('2025-05-01T10:00:05Z');
  return { hub, connection: new WallConnection({ hub, now, serverDate: async () => null }) };
}

describe('WallConnection', () => {
  it('calls WatchWall without arguments and folds updates that beat its reply', async () => {
    const { hub, connection } = connect();
    let release!: (s: WallSnapshot) => void;
    hub.replies.push(() => new Promise((r) => (release = r)));

    const started = connection.start();
    await settle();
    hub.push({ consultations: [aWallEntry('c1', { version: 8, handsRaised: 2 })] });
    expect(connection.loaded).toBe(false);
    release({ consultations: [aWallEntry('c1', { version: 7 }), aWallEntry('c2')] });
    await started;

    expect(hub.calls).toEqual([{ method: 'WatchWall', args: [] }]);
    expect(connection.status).toBe('live');
    expect(ids(connection)).toEqual(['c1', 'c2']);
    expect(connection.entries[0]!.handsRaised).toBe(2);
  });

  it('applies live updates and tells subscribers', async () => {
    const { hub, connection } = connect();
    hub.replies.push(async () => ({ consultations: [] }));
    await connection.start();
    let told = 0;
    connection.subscribe(() => told++);

    hub.push({ consultations: [aWallEntry('c1', { reportedAt: '2025-05-01T10:00:07Z' })] });

    expect(ids(connection)).toEqual(['c1']);
    expect(told).toBe(1);
    expect(connection.clock.offsetMs).toBe(2000);
  });

  it('watches again after a reconnect, the new snapshot replacing the old wall', async () => {
    const { hub, connection } = connect();
    hub.replies.push(async () => ({ consultations: [aWallEntry('c1'), aWallEntry('c2')] }));
    await connection.start();

    hub.replies.push(async () => ({ consultations: [aWallEntry('c2', { version: 4 })] }));
    hub.reconnect();
    expect(connection.status).toBe('reconnecting');
    await settle();

    expect(hub.calls.map((c) => c.method)).toEqual(['WatchWall', 'WatchWall']);
    expect(connection.status).toBe('live');
    expect(ids(connection)).toEqual(['c2']);
  });

  it('fails with the server message when the hub refuses WatchWall', async () => {
    const { hub, connection } = connect();
    hub.replies.push(async () => {
      throw new Error("An unexpected error occurred invoking 'WatchWall' on the server. HubException: rate-limited: slow down");
    });
    await connection.start();

    expect(connection.status).toBe('failed');
    expect(connection.error).toEqual({ code: 'rate-limited', message: 'slow down' });
  });
});
