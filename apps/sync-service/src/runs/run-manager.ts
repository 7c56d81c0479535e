import type { RunReport, SyncRun } from '@n2f/sync-core';
import { createEventLog, type EventLog, type Subscription } from './event-log.js';
import type { HistoryStore } from './history-store.js';
import { startQuotaSampler } from './quota-sampler.js';
import { forwardRunEvents, runFinishedBody } from './run-event-bodies.js';
import type { RunRecord, RunRequest } from './run-record.js';
import type { QuotaFigures, RunTrigger, ServiceEvent } from './service-events.js';

/** What a trigger did: started a run, or not because one is running or the service is stopping. */
export type TriggerResult =
  | { readonly started: true; readonly id: string }
  | { readonly started: false; readonly reason: 'busy'; readonly runningId: string }
  | { readonly started: false; readonly reason: 'stopping' };

/** Runs one sync at a time, keeps their events for SSE and their records in the history. */
export interface RunManager {
  /** Starts a run unless one is running; a bad request throws sync-core's `ConfigurationError`. */
  trigger(request: RunRequest, trigger: RunTrigger): TriggerResult;
  /** Id of the run in progress. */
  running(): string | undefined;
  /** A record, the run in progress included (before its first write to the history). */
  record(id: string): Promise<RunRecord | undefined>;
  /** The newest records first. */
  records(limit: number): Promise<RunRecord[]>;
  /** The event log of a recent run, while this process has it. */
  log(id: string): EventLog | undefined;
  /** Every event of every run from now on. */
  onEvent(listener: (event: ServiceEvent) => void): Subscription;
  /** Resolves when no run is in progress. */
  idle(): Promise<void>;
  /** Refuses new runs, aborts the one in progress (sync-core stops between calls) and waits for its record. */
  close(): Promise<void>;
}

/** Options of {@link createRunManager}. */
export interface RunManagerOptions {
  readonly history: HistoryStore;
  /** Composes a sync-core run for a request (the service's wiring). */
  readonly createRun: (request: RunRequest, signal: AbortSignal) => SyncRun;
  /** Quota use of the N2F client now. */
  readonly quotaUsage: () => QuotaFigures;
  /** Quota sampling interval while a run goes on. @default 1000 */
  readonly sampleIntervalMs?: number;
  /** Hears errors that did not stop the service (history write failed…). @default ignore */
  readonly onError?: (error: unknown, runId: string) => void;
}

interface ActiveRun {
  readonly id: string;
  readonly controller: AbortController;
  record: RunRecord;
  done: Promise<void>;
}

const RECENT_LOGS = 5;

/**
 * Creates the run manager: single-flight runs, live and replayable events, persistent records.
 * @example const runs = createRunManager({ history, createRun: (req, signal) => createSyncRun({ ...base, ...req, signal }), quotaUsage });
 */
export function createRunManager(options: RunManagerOptions): RunManager {
  const logs = new Map<string, EventLog>();
  const listeners = new Set<(event: ServiceEvent) => void>();
  let active: ActiveRun | undefined;
  let stopping = false;

  const keepLog = (log: EventLog): void => {
    logs.set(log.runId, log);
    for (const id of [...logs.keys()].slice(0, Math.max(0, logs.size - RECENT_LOGS)))
      logs.delete(id);
    log.subscribe({ event: (e) => listeners.forEach((l) => l(e)), end: () => undefined });
  };

  function trigger(request: RunRequest, trigger: RunTrigger): TriggerResult {
    if (stopping) return { started: false, reason: 'stopping' };
    if (active) return { started: false, reason: 'busy', runningId: active.id };
    const controller = new AbortController();
    const run = options.createRun(request, controller.signal);
    const log = createEventLog(run.id);
    keepLog(log);
    const record: RunRecord = {
      id: run.id,
      trigger,
      request,
      status: 'running',
      startedAt: new Date().toISOString(),
      quota: [],
    };
    const current: ActiveRun = { id: run.id, controller, record, done: Promise.resolve() };
    active = current;
    current.done = execute(current, run, log).finally(() => {
      log.end();
      active = undefined;
    });
    return { started: true, id: run.id };
  }

  async function execute(current: ActiveRun, run: SyncRun, log: EventLog): Promise<void> {
    const forwarding = forwardRunEvents(run, log, current.record.trigger);
    const sampler = startQuotaSampler(options.quotaUsage, options.sampleIntervalMs ?? 1000, (s) =>
      log.append({ type: 'quota', ...s }),
    );
    let report: RunReport | undefined;
    try {
      await options.history.save(current.record);
      // A dry run is the plan, reported; otherwise each scope is planned then applied.
      report = current.record.request.dryRun ? (await run.plan()).report : await run.start();
      sampler.sample();
    } catch (error) {
      options.onError?.(error, current.id);
    } finally {
      sampler.stop();
      forwarding.dispose();
    }
    const finishedAt = report?.finishedAt ?? new Date().toISOString();
    const status = report === undefined ? 'interrupted' : 'finished';
    current.record = {
      ...current.record,
      status,
      finishedAt,
      quota: sampler.samples(),
      ...(report ? { report } : {}),
    };
    await options.history
      .save(current.record)
      .catch((error: unknown) => options.onError?.(error, current.id));
    // Sent once the report is in the history, so a client reacting to it reads the finished run.
    if (report) log.append(runFinishedBody(report));
  }

  return {
    trigger,
    running: () => active?.id,
    record: async (id) => (active?.id === id ? active.record : options.history.get(id)),
    async records(limit) {
      const stored = await options.history.list(limit);
      if (!active) return stored;
      const current = active.record;
      return [current, ...stored.filter((r) => r.id !== current.id)].slice(0, limit);
    },
    log: (id) => logs.get(id),
    onEvent(listener) {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    idle: async () => active?.done,
    async close() {
      stopping = true;
      active?.controller.abort();
      await active?.done;
    },
  };
}
