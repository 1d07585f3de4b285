import { describe, expect, it } from 'vitest';
import { type HubLink, ReconnectingHub, retryDelayMs } from './reconnectingHub';

/** One scripted link: it connects or refuses as the test says, and can be dropped. */
class FakeLink implements HubLink {
  state: HubLink['state'] = 'Disconnected';
  readonly handlers: [string, (...args: any[]) => void][] = [];
  readonly invoked: string[] = [];
  private closed: ((error?: Error) => void) | undefined;

  constructor(
    readonly url: string,
    readonly connectionId: string,
    private readonly refuse: boolean,
  ) {}

  async start() {
    if (this.refuse) {
      throw new Error(`WebSocket failed to connect to ${this.url}`);
    }
    this.state = 'Connected';
  }
  async stop() {
    this.state = 'Disconnected';
  }
  async invoke<T>(method: string): Promise<T> {
    this.invoked.push(method);
    return undefined as T;
  }
  on(event: string, handler: (...args: any[]) => void) {
    this.handlers.push([event, handler]);
  }
  onclose(handler: (error?: Error) => void) {
    this.closed = handler;
  }

  drop() {
    this.state = 'Disconnected';
    this.closed!(new Error('WebSocket closed with status code: 1006.'));
  }
  emit(event: string, ...args: unknown[]) {
    for (const [name, handler] of this.handlers) {
      if (name === event) {
        handler(...args);
      }
    }
  }
}

/** A hub over scripted addresses: `down` refuse connections; every link opened and every sleep is recorded. */
function hubOver(urls: string[], down = new Set<string>()) {
  const links: FakeLink[] = [];
  const sleeps: number[] = [];
  const hub = new ReconnectingHub({
    urls: async () => urls,
    open: (url) => {
      const link = new FakeLink(url, `conn-${links.length + 1}`, down.has(url));
      links.push(link);
      return link;
    },
    // A real (zero) timer, so a hub retrying forever still lets the test run.
    sleep: (ms) => {
      sleeps.push(ms);
      return new Promise((r) => setTimeout(r, 0));
    },
    random: () => 0.999,
  });
  const events: string[] = [];
  hub.onreconnecting(() => events.push('reconnecting'));
  hub.onreconnected((id) => events.push(`reconnected ${id}`));
  hub.onclose(() => events.push('closed'));
  return { hub, links, sleeps, events, down };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
};
const A = 'http://a:5000';
const B = 'http://b:5000';
const C = 'http://c:5000';

describe('ReconnectingHub', () => {
  it('connects to the first address', async () => {
    const { hub, links } = hubOver([A, B]);
    await hub.start();
    expect(links.map((l) => l.url)).toEqual([A]);
    expect(hub.state).toBe('Connected');
    expect(hub.url).toBe(A);
  });

  it('moves to the next address when a start fails, for the caller to retry', async () => {
    const { hub, links } = hubOver([A, B], new Set([A]));
    await expect(hub.start()).rejects.toThrow(A);
    await hub.start();
    expect(links.map((l) => l.url)).toEqual([A, B]);
    expect(hub.url).toBe(B);
  });

  it('after a lost link, tries the same address at once and says it reconnected', async () => {
    const { hub, links, sleeps, events } = hubOver([A, B]);
    await hub.start();
    links[0]!.drop();
    await settle();
    expect(links.map((l) => l.url)).toEqual([A, A]);
    expect(sleeps).toEqual([]);
    expect(events).toEqual(['reconnecting', 'reconnected conn-2']);
    expect(hub.state).toBe('Connected');
  });

  it('after a lost link to a dead address, goes round the list with growing waits until one answers', async () => {
    const { hub, links, sleeps, events, down } = hubOver([A, B, C]);
    await hub.start();
    down.add(A);
    down.add(B);
    links[0]!.drop();
    await settle();
    expect(links.map((l) => l.url)).toEqual([A, A, B, C]);
    expect(sleeps).toEqual([retryDelayMs(1, () => 0.999), retryDelayMs(2, () => 0.999)]);
    expect(events).toEqual(['reconnecting', 'reconnected conn-4']);
    expect(hub.url).toBe(C);
  });

  it('wraps round the list and keeps trying while every address is down', async () => {
    const { hub, links, down } = hubOver([A, B]);
    await hub.start();
    down.add(A);
    down.add(B);
    links[0]!.drop();
    await settle();
    const tried = links.length;
    expect(links.slice(1, 5).map((l) => l.url)).toEqual([A, B, A, B]);
    expect(hub.state).toBe('Reconnecting');
    await hub.stop();
    await settle();
    expect(links.length).toBeLessThanOrEqual(tried + 1);
  });

  it('refuses invocations while reconnecting instead of sending them to a dead link', async () => {
    const { hub, links, down } = hubOver([A]);
    await hub.start();
    down.add(A);
    links[0]!.drop();
    await expect(hub.invoke('RaiseHand', 'c1', 'speak')).rejects.toThrow('not connected');
    expect(links[0]!.invoked).toEqual([]);
    await hub.stop();
  });

  it('carries every handler over to the new link', async () => {
    const { hub, links } = hubOver([A, B]);
    const received: unknown[] = [];
    hub.on('event', (e) => received.push(e));
    await hub.start();
    links[0]!.drop();
    await settle();
    links[1]!.emit('event', { version: 7 });
    expect(received).toEqual([{ version: 7 }]);
  });

  it('does not reconnect after stop', async () => {
    const { hub, links, events } = hubOver([A, B]);
    await hub.start();
    await hub.stop();
    links[0]!.drop();
    await settle();
    expect(links).toHaveLength(1);
    expect(events).toEqual(['closed']);
  });

  it('asks for the address list once', async () => {
    let asked = 0;
    const hub = new ReconnectingHub({
      urls: async () => {
        asked++;
        return [A];
      },
      open: (url) => new FakeLink(url, 'x', false),
    });
    await hub.start();
    await hub.stop();
    await hub.start();
    expect(asked).toBe(1);
  });
});

describe('retryDelayMs', () => {
  it('doubles from half a second to a 30 s cap', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => Math.round(retryDelayMs(n, top) / 100) * 100)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('spreads each wait over the upper half of its value', () => {
    expect(retryDelayMs(3, () => 0)).toBe(1000);
    expect(retryDelayMs(3, () => 0.5)).toBe(1500);
  });
});
