import { describe, expect, it } from 'vitest';
import type { EventEnvelope, WatchReply } from '../contract';
import { aParticipant, anEnvelope, aView } from '../testing/builders';
import { ConsultationConnection } from './consultationConnection';
import { type HubLink, ReconnectingHub } from './reconnectingHub';

/** A silo at one address: answers Watch from the test's script, pushes events, and can die. */
class Silo {
  alive = true;
  readonly watches: unknown[][] = [];
  readonly links: SiloLink[] = [];
  watchReply: (since: number | null) => WatchReply = () => {
    throw new Error('no Watch reply set');
  };

  constructor(readonly url: string) {}

  open(): SiloLink {
    const link = new SiloLink(this);
    this.links.push(link);
    return link;
  }

  push(envelope: EventEnvelope) {
    for (const link of this.links.filter((l) => l.state === 'Connected')) {
      link.deliver(envelope);
    }
  }

  kill() {
    this.alive = false;
    for (const link of this.links.filter((l) => l.state === 'Connected')) {
      link.drop();
    }
  }
}

class SiloLink implements HubLink {
  state: HubLink['state'] = 'Disconnected';
  readonly connectionId = 'conn';
  private readonly handlers = new Map<string, (...args: any[]) => void>();
  private closed: ((error?: Error) => void) | undefined;

  constructor(private readonly silo: Silo) {}

  async start() {
    if (!this.silo.alive) {
      throw new Error(`WebSocket failed to connect to ${this.silo.url}`);
    }
    this.state = 'Connected';
  }
  async stop() {
    this.state = 'Disconnected';
  }
  async invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    if (method !== 'Watch') {
      return { version: 0 } as T;
    }
    this.silo.watches.push(args);
    return this.silo.watchReply(args[1] as number | null) as T;
  }
  on(event: string, handler: (...args: any[]) => void) {
    this.handlers.set(event, handler);
  }
  onclose(handler: (error?: Error) => void) {
    this.closed = handler;
  }
  deliver(envelope: EventEnvelope) {
    this.handlers.get('event')?.(envelope);
  }
  drop() {
    this.state = 'Disconnected';
    this.closed?.(new Error('WebSocket closed with status code: 1006.'));
  }
}

const joined = (version: number) => anEnvelope('participant-joined', aParticipant(`p${version}`), version);
const settle = async () => {
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
};

/** A page watching c-test over two silos, first connected to `a`. */
async function watchOverTwoSilos() {
  const a = new Silo('http://a:5000');
  const b = new Silo('http://b:5000');
  const silos = new Map([a, b].map((s) => [s.url, s]));
  const hub = new ReconnectingHub({ urls: async () => [a.url, b.url], open: (url) => silos.get(url)!.open(), sleep: () => new Promise((r) => setTimeout(r, 0)), random: () => 0 });
  const statuses: string[] = [];
  const connection = new ConsultationConnection('c-test', null, { hub, now: () => Date.parse('2025-05-01T10:00:00Z'), serverDate: async () => null });
  connection.subscribe(() => statuses.push(connection.status));
  a.watchReply = () => ({ role: 'observer', audience: 'observer', version: 10, view: aView({ version: 10 }) });
  await connection.start();
  return { a, b, hub, connection, statuses };
}

describe('ConsultationConnection over a silo that dies', () => {
  it('shows reconnecting, then resumes on the next silo with Watch from the last version it applied', async () => {
    const { a, b, hub, connection, statuses } = await watchOverTwoSilos();
    a.push(joined(11));
    b.watchReply = () => ({ role: 'observer', audience: 'observer', version: 13, events: [joined(12), joined(13)] });

    a.kill();
    expect(connection.status).toBe('reconnecting');
    await settle();

    expect(hub.url).toBe(b.url);
    expect(b.watches).toEqual([['c-test', 11]]);
    expect(connection.view?.participants.map((p) => p.id)).toEqual(['p11', 'p12', 'p13']);
    expect(connection.status).toBe('live');
    expect(statuses).toContain('reconnecting');
  });

  it('applies each missed event once when it arrives both live and in the Watch reply', async () => {
    const { a, b, connection } = await watchOverTwoSilos();
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    b.watchReply = () => ({ role: 'observer', audience: 'observer', version: 12, events: [joined(11), joined(12)] });
    const watched = b.watchReply;
    b.watchReply = (since) => {
      // The new silo pushes 12 and 13 live while the Watch reply (11, 12) is on its way.
      b.push(joined(12));
      b.push(joined(13));
      release();
      return watched(since);
    };

    a.kill();
    await released;
    await settle();

    expect(b.watches).toEqual([['c-test', 10]]);
    expect(connection.view?.version).toBe(13);
    expect(connection.view?.participants.map((p) => p.id)).toEqual(['p11', 'p12', 'p13']);
  });

  it('takes a whole view when the silo no longer holds the missed events (the grain moved)', async () => {
    const { a, b, connection } = await watchOverTwoSilos();
    b.watchReply = () => ({
      role: 'observer',
      audience: 'observer',
      version: 14,
      view: aView({ version: 14, participants: [aParticipant('p11'), aParticipant('p14')] }),
    });

    a.kill();
    await settle();

    expect(b.watches).toEqual([['c-test', 10]]);
    expect(connection.view?.version).toBe(14);
    expect(connection.view?.participants.map((p) => p.id)).toEqual(['p11', 'p14']);
    expect(connection.status).toBe('live');
  });

  it('refuses commands while reconnecting', async () => {
    const { a, b, connection } = await watchOverTwoSilos();
    b.alive = false;
    a.kill();
    const failure = await connection.invoke('RaiseHand', 'speak').catch((e: unknown) => e);
    expect((failure as { error: { code: string } }).error.code).toBe('unavailable');
    expect(connection.status).toBe('reconnecting');
    await connection.stop();
  });
});
