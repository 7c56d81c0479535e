import type { RunManager } from '../runs/run-manager.js';
import { eventsFromRecord } from '../runs/record-replay.js';
import { parseEventId } from '../runs/service-events.js';
import { sendError } from './respond.js';
import type { Route } from './router.js';
import type { EventStreams } from './sse.js';

/**
 * `GET /runs/:id/events`: the events so far (after `Last-Event-ID` on a reconnection), then live
 * ones; the stream ends with the run. A run this process no longer holds is rebuilt from its record.
 */
export function runEventsRoute(runs: RunManager, streams: EventStreams): Route {
  return {
    method: 'GET',
    path: '/runs/:id/events',
    async handle({ req, res, params }) {
      const id = params['id'] ?? '';
      const log = runs.log(id);
      if (log) {
        const last = parseEventId(header(req.headers['last-event-id']));
        const stream = streams.open(res);
        // Replay and subscribe in one synchronous step: nothing is missed, nothing sent twice.
        for (const event of log.since(last?.runId === id ? last.seq : -1)) stream.send(event);
        const subscription = log.subscribe({
          event: (e) => stream.send(e),
          end: () => stream.close(),
        });
        stream.onClose(() => subscription.dispose());
        return;
      }
      const record = await runs.record(id);
      if (!record) return sendError(res, 404, 'not-found', `No run "${id}"`);
      const stream = streams.open(res);
      for (const event of eventsFromRecord(record)) stream.send(event);
      stream.close();
    },
  };
}

/** `GET /events`: the run in progress replayed, then every event of every run, until the service stops. */
export function allEventsRoute(runs: RunManager, streams: EventStreams): Route {
  return {
    method: 'GET',
    path: '/events',
    handle({ req, res }) {
      const last = parseEventId(header(req.headers['last-event-id']));
      const stream = streams.open(res);
      const running = runs.running();
      const log = running === undefined ? undefined : runs.log(running);
      if (log)
        for (const event of log.since(last?.runId === log.runId ? last.seq : -1))
          stream.send(event);
      const subscription = runs.onEvent((event) => stream.send(event));
      stream.onClose(() => subscription.dispose());
    },
  };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
