import { describe, expect, it } from 'vitest';
import { SseParser } from '../src/sse';

describe('SseParser', () => {
  it('reads notification and ping events as the inbox stream sends them', () => {
    const parser = new SseParser();
    const events = parser.feed('event: notification\nid: 412\ndata: {"id":412}\n\nevent: ping\ndata: {}\n\n');
    expect(events).toEqual([
      { event: 'notification', id: '412', data: '{"id":412}' },
      { event: 'ping', id: '412', data: '{}' },
    ]);
    expect(parser.lastEventId).toBe('412');
  });

  it('joins chunks split anywhere, CRLF included', () => {
    const parser = new SseParser();
    const text = 'event: notification\r\nid: 7\r\ndata: {"a":\r\ndata: 1}\r\n\r\n';
    const events = [...text].flatMap((c) => parser.feed(c));
    expect(events).toEqual([{ event: 'notification', id: '7', data: '{"a":\n1}' }]);
  });

  it('ignores comments and events without data', () => {
    const parser = new SseParser();
    expect(parser.feed(': keep-alive\n\nevent: ping\n\n')).toEqual([]);
  });

  it('calls an event without a name a message', () => {
    expect(new SseParser().feed('data: x\n\n')).toEqual([{ event: 'message', data: 'x' }]);
  });
});
