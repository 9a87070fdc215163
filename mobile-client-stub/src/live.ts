import type { Api } from './api';
import { SseParser } from './sse';
import type { NotificationView, paths } from './types';

const STREAM: keyof paths = '/me/notifications/stream';

export interface LiveOptions {
  onNotification: (n: NotificationView) => void;
  /** Polling, and after each reconnect: the view reloads what it shows. */
  onTick: () => void;
  /** How often to poll while the stream is down. */
  pollMs?: number;
  /** How often to poll while it is up: not every change has a notification (a task marked done has none). */
  slowPollMs?: number;
}

/**
 * The inbox, live: GET /me/notifications/stream read with fetch streaming (EventSource cannot send
 * the bearer header). Reconnects with Last-Event-ID after a drop; while the stream is down the
 * view polls instead. Returns a function that stops everything.
 */
export function openLive(api: Api, options: LiveOptions): () => void {
  const controller = new AbortController();
  const pollMs = options.pollMs ?? 10000;
  const slowPollMs = options.slowPollMs ?? 20000;
  const parser = new SseParser();
  let streaming = false;
  let stopped = false;
  let lastTick = Date.now();
  const poll = setInterval(() => {
    if (Date.now() - lastTick >= (streaming ? slowPollMs : pollMs) - 500) tick();
  }, 1000);
  function tick(): void {
    lastTick = Date.now();
    options.onTick();
  }

  async function connect(delayMs: number): Promise<void> {
    while (!stopped) {
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream' };
        if (parser.lastEventId) headers['Last-Event-ID'] = parser.lastEventId;
        const response = await api.authFetch(new Request(`${api.baseUrl}${STREAM}`, { headers, signal: controller.signal }));
        if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
        streaming = true;
        delayMs = 2000;
        tick(); // whatever changed while we were away
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const event of parser.feed(value)) {
            if (event.event !== 'notification') continue;
            try {
              options.onNotification(JSON.parse(event.data) as NotificationView);
            } catch {
              /* a malformed event is skipped, the next one still counts */
            }
          }
        }
      } catch {
        if (stopped) return;
      }
      streaming = false;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      delayMs = Math.min(delayMs * 2, 60000);
    }
  }

  void connect(2000);
  return () => {
    stopped = true;
    clearInterval(poll);
    controller.abort();
  };
}
