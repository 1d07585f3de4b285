import { ERROR_CODES, type ErrorCode } from '../contract';
import { t } from '../i18n/i18n';

/**
 * A refused command or request as the page shows it: the server's stable code and a message
 * a person understands. `unknown` covers failures without a code (network, server bugs).
 */
export interface CommandError {
  code: ErrorCode | 'unknown';
  message: string;
  /** A private consultation's title, when the server named it in refusing. */
  consultationTitle?: string;
}

const codes: ReadonlySet<string> = new Set(ERROR_CODES);

/** Reads "code: message" text; anything else is `unknown` with the text kept. */
export function parseCodedMessage(text: string): CommandError {
  const match = /^\s*([a-z-]+):\s*([\s\S]*)$/.exec(text);
  if (match && codes.has(match[1]!)) {
    return { code: match[1] as ErrorCode, message: match[2]!.trim() };
  }
  return { code: 'unknown', message: text.trim() || t('common.somethingWrong') };
}

/**
 * Parses what `HubConnection.invoke` throws. SignalR prefixes a HubException's message with
 * "An unexpected error occurred invoking 'X' on the server. HubException: ", so the coded part
 * is what follows the last "HubException: ".
 */
export function parseHubError(error: unknown): CommandError {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const marker = 'HubException: ';
  const at = text.lastIndexOf(marker);
  return parseCodedMessage(at >= 0 ? text.slice(at + marker.length) : text);
}

/** Thrown by the API helpers and the connection, so pages handle one error shape. */
export class CommandFailure extends Error {
  constructor(readonly error: CommandError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'CommandFailure';
  }
}

/** The CommandError in anything caught. */
export function toCommandError(error: unknown): CommandError {
  return error instanceof CommandFailure ? error.error : parseHubError(error);
}
