import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import { HUB_PATH } from '../contract';
import { createHubProtocol, hubProtocolName } from './hubProtocol';
import { pageHubUrls } from './hubUrls';
import { type HubLink, ReconnectingHub } from './reconnectingHub';

/** The part of SignalR's HubConnection the app uses; tests pass a fake. */
export interface HubPort {
  readonly state: HubConnectionState | `${HubConnectionState}`;
  start(): Promise<void>;
  stop(): Promise<void>;
  invoke<T>(method: string, ...args: unknown[]): Promise<T>;
  on(event: string, handler: (...args: any[]) => void): void;
  onreconnecting(handler: (error?: Error) => void): void;
  onreconnected(handler: (connectionId?: string) => void): void;
  onclose(handler: (error?: Error) => void): void;
}

/** Retries forever with a capped backoff: a projected dashboard must come back on its own. */
export function reconnectDelayMs(previousRetryCount: number): number {
  return Math.min(30_000, 500 * 2 ** Math.min(previousRetryCount, 6));
}

/**
 * A SignalR connection to the hub at `baseUrl` sending `credential` as access_token (or nothing,
 * for public observers). WebSockets only, without the negotiate request: the socket is the whole
 * conversation, so a front door needs no sticky sessions and any silo can take it. The hub
 * protocol is JSON unless the page's address asks for MessagePack (`?protocol=messagepack`).
 */
export function openHubLink(baseUrl: string, credential: string | null): HubLink {
  return new HubConnectionBuilder()
    .withUrl(new URL(HUB_PATH, baseUrl).toString(), {
      accessTokenFactory: () => credential ?? '',
      transport: HttpTransportType.WebSockets,
      skipNegotiation: true,
    })
    .withHubProtocol(createHubProtocol(hubProtocolName(globalThis.location?.search ?? '')))
    .configureLogging(LogLevel.Warning)
    .build();
}

/** The page's hub connection: over the addresses the page was served (see hubUrls.ts), reconnecting after a loss. */
export function createHub(credential: string | null): HubPort {
  return new ReconnectingHub({ urls: pageHubUrls, open: (url) => openHubLink(url, credential) });
}

export { HubConnectionState };
