import { describe, expect, it } from 'vitest';
import { CommandFailure, parseCodedMessage, parseHubError, toCommandError } from './commandError';

describe('parseHubError', () => {
  it('reads the code SignalR puts after "HubException: "', () => {
    const error = new Error(
      "An unexpected error occurred invoking 'RaiseHand' on the server. HubException: conflict: Your hand is already raised.",
    );
    expect(parseHubError(error)).toEqual({ code: 'conflict', message: 'Your hand is already raised.' });
  });

  it('reads a bare "code: message"', () => {
    expect(parseHubError(new Error('rate-limited: At most 5 points a minute; try again in 12 s.'))).toEqual({
      code: 'rate-limited',
      message: 'At most 5 points a minute; try again in 12 s.',
    });
  });

  it('keeps colons inside the message', () => {
    expect(parseHubError(new Error('HubException: invalid: kind must be one of: observation, question.'))).toEqual({
      code: 'invalid',
      message: 'kind must be one of: observation, question.',
    });
  });

  it.each(['forbidden', 'invalid', 'conflict', 'rate-limited', 'not-found', 'unavailable'])('knows the %s code', (code) => {
    expect(parseHubError(new Error(`HubException: ${code}: x`)).code).toBe(code);
  });

  it('reports errors without a known code as unknown, keeping the text', () => {
    expect(parseHubError(new Error("Cannot send data if the connection is not in the 'Connected' State."))).toEqual({
      code: 'unknown',
      message: "Cannot send data if the connection is not in the 'Connected' State.",
    });
    expect(parseCodedMessage('teapot: short and stout').code).toBe('unknown');
  });

  it('has a message even for errors without text', () => {
    expect(parseHubError(undefined).message).not.toBe('');
  });
});

describe('toCommandError', () => {
  it('unwraps a CommandFailure', () => {
    expect(toCommandError(new CommandFailure({ code: 'not-found', message: 'No such point.' }))).toEqual({
      code: 'not-found',
      message: 'No such point.',
    });
  });
});
