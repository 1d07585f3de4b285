import { HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import { HUB_PATH } from '../contract';
import { createHubProtocol, hubProtocolName } from './hubProtocol';

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

/** A HubConnection that sends `credential` as access_token (or nothing, for public observers). */
export function createHub(credential: string | null): HubPort {
  return new HubConnectionBuilder()
    .withUrl(HUB_PATH, { accessTokenFactory: () => credential ?? '' })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => reconnectDelayMs(ctx.previousRetryCount) })
    .withHubProtocol(createHubProtocol(hubProtocolName(globalThis.location?.search ?? '')))
    .configureLogging(LogLevel.Warning)
    .build();
}

export { HubConnectionState };
