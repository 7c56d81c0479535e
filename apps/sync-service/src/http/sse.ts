import type { ServerResponse } from 'node:http';
import { eventId, type ServiceEvent } from '../runs/service-events.js';
import { SECURITY_HEADERS } from './respond.js';

/** An open server-sent-events answer. */
export interface EventStream {
  send(event: ServiceEvent): void;
  /** Ends the answer (the run is over, or the service stops). */
  close(): void;
  /** Called once when the stream ends, from either side. */
  onClose(listener: () => void): void;
}

/** The event streams of one server, so that shutdown can end them (they would keep it open). */
export interface EventStreams {
  /**
   * Answers `text/event-stream`: each event is one `id:` + `data:` (JSON) block; a client
   * reconnecting sends `Last-Event-ID` and the caller replays from there.
   */
  open(res: ServerResponse): EventStream;
  /** Ends every open stream. */
  closeAll(): void;
}

/**
 * Creates the stream set of a server.
 * @example const streams = createEventStreams(); const stream = streams.open(res);
 */
export function createEventStreams(options: { readonly heartbeatMs?: number } = {}): EventStreams {
  const open = new Set<EventStream>();
  return {
    open(res) {
      const stream = openEventStream(res, options.heartbeatMs ?? 15_000, () => open.delete(stream));
      open.add(stream);
      return stream;
    },
    closeAll() {
      for (const stream of [...open]) stream.close();
    },
  };
}

function openEventStream(res: ServerResponse, heartbeatMs: number, onEnd: () => void): EventStream {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    // The socket goes with the stream: nothing else is sent on it, and shutdown need not wait for it.
    connection: 'close',
    'x-accel-buffering': 'no', // nginx: do not buffer the stream
  });
  res.write('retry: 3000\n\n');
  const listeners: (() => void)[] = [];
  let closed = false;
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
  heartbeat.unref();
  const finish = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    onEnd();
    for (const listener of listeners.splice(0)) listener();
  };
  const stream: EventStream = {
    send(event) {
      if (!closed) res.write(`id: ${eventId(event)}\ndata: ${JSON.stringify(event)}\n\n`);
    },
    close() {
      if (!closed) res.end();
      finish();
    },
    onClose(listener) {
      if (closed) listener();
      else listeners.push(listener);
    },
  };
  res.on('close', finish);
  return stream;
}
