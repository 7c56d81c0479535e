import type { ServiceEvent, ServiceEventBody } from './service-events.js';

/** A listener's handle: stop listening. */
export interface Subscription {
  dispose(): void;
}

/** What a subscriber hears: each event, then the end of the run. */
export interface EventListener {
  event(event: ServiceEvent): void;
  end(): void;
}

/** The events of one run: kept for late subscribers (replay), pushed to live ones. */
export interface EventLog {
  readonly runId: string;
  readonly ended: boolean;
  /** Stamps the event with the run, the next sequence number and the time, stores and pushes it. */
  append(body: ServiceEventBody): ServiceEvent;
  /** Events with a sequence number greater than `seq` (all of them for -1). */
  since(seq: number): readonly ServiceEvent[];
  /** Live events from now on; `end` at once when the log has ended. */
  subscribe(listener: EventListener): Subscription;
  /** No more events: subscribers get `end`. */
  end(): void;
}

/** Options of {@link createEventLog}. */
export interface EventLogOptions {
  /** Most events kept for replay; past it the oldest `operation` events are dropped first. @default 20_000 */
  readonly maxEvents?: number;
  /** Clock of the `at` stamps. @default () => new Date() */
  readonly now?: () => Date;
}

/**
 * Creates the event log of a run. Replay then subscribe happen in one synchronous step, so a
 * late subscriber misses nothing and sees nothing twice.
 * @example const log = createEventLog('20261123-231500-ab12'); log.append({ type: 'scope-started', scope: 'users' });
 */
export function createEventLog(runId: string, options: EventLogOptions = {}): EventLog {
  const maxEvents = options.maxEvents ?? 20_000;
  const now = options.now ?? ((): Date => new Date());
  const events: ServiceEvent[] = [];
  const listeners = new Set<EventListener>();
  let seq = 0;
  let ended = false;

  const trim = (): void => {
    if (events.length <= maxEvents) return;
    // Progress is cumulative (done/total), so old operation events are the cheapest to lose.
    const at = events.findIndex((event) => event.type === 'operation');
    events.splice(at < 0 ? 0 : at, 1);
  };

  return {
    runId,
    get ended() {
      return ended;
    },
    append(body) {
      const event: ServiceEvent = { ...body, runId, seq: seq++, at: now().toISOString() };
      events.push(event);
      trim();
      for (const listener of listeners) listener.event(event);
      return event;
    },
    since: (after) => events.filter((event) => event.seq > after),
    subscribe(listener) {
      if (ended) {
        listener.end();
        return { dispose: () => undefined };
      }
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    end() {
      if (ended) return;
      ended = true;
      for (const listener of listeners) listener.end();
      listeners.clear();
    },
  };
}
