import { describe, expect, it } from 'vitest';
import type { EventEnvelope, WatchReply } from '../contract';
import { aParticipant, anEnvelope, aView } from '../testing/builders';
import { CommandFailure } from './commandError';
import { ConsultationConnection } from './consultationConnection';
import type { HubPort } from './hubPort';

/** A hub whose Watch replies the test controls, recording every invoke. */
class FakeHub implements HubPort {
  state: HubPort['state'] = 'Disconnected';
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly watchReplies: (() => Promise<WatchReply>)[] = [];
  private readonly handlers = new Map<string, (...args: any[]) => void>();
  private reconnected: (() => void) | undefined;
  private reconnecting: (() => void) | undefined;
  commandResult: () => Promise<unknown> = async () => ({ version: 1 });

  async start() {
    this.state = 'Connected';
  }
  async stop() {
    this.state = 'Disconnected';
  }
  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    this.calls.push({ method, args });
    if (method === 'Watch') {
      const next = this.watchReplies.shift();
      return (next ? next() : Promise.reject(new Error('no reply queued'))) as Promise<T>;
    }
    return this.commandResult() as Promise<T>;
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

  push(envelope: EventEnvelope) {
    this.handlers.get('event')!(envelope);
  }
  pushMany(envelopes: EventEnvelope[]) {
    this.handlers.get('events')!(envelopes);
  }
  remove(id: string) {
    this.handlers.get('removed')!(id);
  }
  reconnect() {
    this.reconnecting!();
    this.reconnected!();
  }
  watches() {
    return this.calls.filter((c) => c.method === 'Watch').map((c) => c.args);
  }
}

const joined = (version: number) => anEnvelope('participant-joined', aParticipant(`p${version}`), version);
const full = (version: number): WatchReply => ({ role: 'observer', audience: 'observer', version, view: aView({ version }) });
const settle = () => new Promise((r) => setTimeout(r, 0));

function connect(hub = new FakeHub()) {
  const now = () => Date.parse('2025-05-01T10:00:00Z');
  return { hub, connection: new ConsultationConnection('c-test', null, { hub, now, serverDate: async () => null }) };
}

describe('ConsultationConnection', () => {
  it('watches after connecting and folds events that arrived before Watch returned', async () => {
    const { hub, connection } = connect();
    let release!: (r: WatchReply) => void;
    hub.watchReplies.push(() => new Promise((r) => (release = r)));

    const started = connection.start();
    await settle();
    hub.push(joined(11));
    release(full(10));
    await started;

    expect(hub.watches()).toEqual([['c-test', null]]);
    expect(connection.status).toBe('live');
    expect(connection.view?.version).toBe(11);
  });

  it('calls Watch with the last version when it sees a gap', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(async () => full(10));
    await connection.start();

    hub.watchReplies.push(async () => ({ role: 'observer', audience: 'observer', version: 12, events: [joined(11), joined(12)] }));
    hub.push(joined(12));
    await connection.resync();

    expect(hub.watches()).toEqual([
      ['c-test', null],
      ['c-test', 10],
    ]);
    expect(connection.view?.participants.map((p) => p.id)).toEqual(['p11', 'p12']);
  });

  it('folds every envelope of an events message in order', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(async () => full(10));
    await connection.start();

    hub.pushMany([joined(11), joined(12), joined(13)]);

    expect(connection.view?.version).toBe(13);
    expect(connection.view?.participants.map((p) => p.id)).toEqual(['p11', 'p12', 'p13']);
    expect(hub.watches()).toHaveLength(1);
  });

  it('drops the envelopes of an events message that the Watch reply already covers', async () => {
    const { hub, connection } = connect();
    let release!: (r: WatchReply) => void;
    hub.watchReplies.push(() => new Promise((r) => (release = r)));

    const started = connection.start();
    await settle();
    hub.pushMany([joined(10), joined(11)]);
    release(full(10));
    await started;

    expect(connection.view?.version).toBe(11);
    expect(connection.view?.participants.map((p) => p.id)).toEqual(['p11']);
  });

  it('resyncs from the last version when an events message skips one', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(async () => full(10));
    await connection.start();

    hub.watchReplies.push(async () => ({ role: 'observer', audience: 'observer', version: 13, events: [joined(11), joined(12), joined(13)] }));
    hub.pushMany([joined(12), joined(13)]);
    await connection.resync();

    expect(hub.watches().at(-1)).toEqual(['c-test', 10]);
    expect(connection.view?.participants.map((p) => p.id)).toEqual(['p11', 'p12', 'p13']);
  });

  it('calls Watch with the last version after a reconnect', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(async () => full(10));
    await connection.start();
    hub.push(joined(11));

    hub.watchReplies.push(async () => ({ role: 'observer', audience: 'observer', version: 11, events: [] }));
    hub.reconnect();
    await connection.resync();

    expect(hub.watches().at(-1)).toEqual(['c-test', 11]);
    expect(connection.status).toBe('live');
  });

  it('estimates the server clock from live events', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(async () => full(10));
    await connection.start();
    hub.push(anEnvelope('participant-joined', aParticipant('x'), 11, { at: '2025-05-01T10:00:04Z' }));
    expect(connection.clock.offsetMs).toBe(4000);
  });

  it('seeds the server clock from the HTTP date before any event arrives', async () => {
    const hub = new FakeHub();
    hub.watchReplies.push(async () => full(10));
    const connection = new ConsultationConnection('c-test', null, {
      hub,
      now: () => Date.parse('2025-05-01T10:00:00Z'),
      serverDate: async () => Date.parse('2025-05-01T10:02:00Z'),
    });
    await connection.start();
    expect(connection.clock.offsetMs).toBe(120_000);
  });

  it('fails with the server code when Watch is refused', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(() => Promise.reject(new Error("An unexpected error occurred invoking 'Watch' on the server. HubException: forbidden: This consultation is private.")));
    await connection.start();
    expect(connection.status).toBe('failed');
    expect(connection.error).toEqual({ code: 'forbidden', message: 'This consultation is private.' });
  });

  it('invokes commands with the consultation id first and surfaces refusals as CommandFailure', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(async () => full(10));
    await connection.start();

    await connection.invoke('MoveHand', 'p2', 1);
    expect(hub.calls.at(-1)).toEqual({ method: 'MoveHand', args: ['c-test', 'p2', 1] });

    hub.commandResult = () => Promise.reject(new Error('HubException: conflict: Your hand is already raised.'));
    const failure = await connection.invoke('RaiseHand', 'speak').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CommandFailure);
    expect((failure as CommandFailure).error).toEqual({ code: 'conflict', message: 'Your hand is already raised.' });
  });

  it('refuses commands while disconnected without calling the hub', async () => {
    const { hub, connection } = connect();
    const failure = await connection.invoke('LowerHand').catch((e: unknown) => e);
    expect((failure as CommandFailure).error.code).toBe('unavailable');
    expect(hub.calls).toEqual([]);
  });

  it('reports removal of the participant', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(async () => full(10));
    await connection.start();
    hub.remove('c-test');
    expect(connection.status).toBe('removed');
    expect(hub.state).toBe('Disconnected');
  });

  it('stays removed when the closed socket tries to reconnect', async () => {
    const { hub, connection } = connect();
    hub.watchReplies.push(async () => full(10));
    await connection.start();
    hub.remove('c-test');
    hub.reconnect();
    await connection.resync();
    expect(connection.status).toBe('removed');
    expect(hub.watches()).toHaveLength(1);
  });
});
