import { encode } from '@msgpack/msgpack';
import { type InvocationMessage, MessageType, NullLogger, TransferFormat } from '@microsoft/signalr';
import { describe, expect, it } from 'vitest';
import { createHubProtocol, hubProtocolName } from './hubProtocol';

/** One SignalR MessagePack message: the array after its length as a varint. */
function framed(message: unknown[]): ArrayBuffer {
  const body = encode(message);
  const prefix: number[] = [];
  let length = body.length;
  do {
    const low = length & 0x7f;
    length >>= 7;
    prefix.push(length > 0 ? low | 0x80 : low);
  } while (length > 0);
  const bytes = new Uint8Array(prefix.length + body.length);
  bytes.set(prefix);
  bytes.set(body, prefix.length);
  return bytes.buffer;
}

const envelope = (version: number) => ({ consultationId: 'c-town', version, type: 'hand-raised', at: '2026-12-04T17:00:00Z', data: { participantId: 'p1', intent: 'speak' } });

describe('hub protocol', () => {
  it('is JSON unless the page asks for MessagePack', () => {
    expect(hubProtocolName('')).toBe('json');
    expect(hubProtocolName('?protocol=json')).toBe('json');
    expect(hubProtocolName('?protocol=xml')).toBe('json');
    expect(hubProtocolName('?view=wall&protocol=MessagePack')).toBe('messagepack');
  });

  it('makes the binary MessagePack protocol or the text JSON one', () => {
    expect(createHubProtocol('messagepack').name).toBe('messagepack');
    expect(createHubProtocol('messagepack').transferFormat).toBe(TransferFormat.Binary);
    expect(createHubProtocol('json').name).toBe('json');
  });

  it('reads a MessagePack events message as the envelopes in order, with the JSON contract names', () => {
    const bytes = framed([MessageType.Invocation, {}, null, 'events', [[envelope(11), envelope(12)]], []]);

    const [message] = createHubProtocol('messagepack').parseMessages(bytes, NullLogger.instance) as InvocationMessage[];

    expect(message.target).toBe('events');
    expect(message.arguments[0]).toEqual([envelope(11), envelope(12)]);
  });
});
