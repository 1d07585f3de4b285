import { type IHubProtocol, JsonHubProtocol } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';

/** The hub protocols the server speaks; JSON unless a page asks for MessagePack. */
export type HubProtocolName = 'json' | 'messagepack';

/**
 * The protocol a page's query string asks for (`?protocol=messagepack`), JSON otherwise. MessagePack
 * is opt-in: it saves bytes on a projected town-hall dashboard, but JSON stays readable in the
 * browser's developer tools and is what every other client of the contract speaks.
 */
export function hubProtocolName(search: string): HubProtocolName {
  return new URLSearchParams(search).get('protocol')?.toLowerCase() === 'messagepack' ? 'messagepack' : 'json';
}

/** The SignalR protocol object for a name. */
export function createHubProtocol(name: HubProtocolName): IHubProtocol {
  return name === 'messagepack' ? new MessagePackHubProtocol() : new JsonHubProtocol();
}
