import { COUNT_FIELDS, type ChannelMessages } from './channel-messages.js';
import type { Instruments } from './instruments.js';
import type { MemorySample } from './memory-stats.js';
import type { ScopeLedger, ScopeRecord } from './scope-ledger.js';

/** What the recorders write into. */
export interface RecorderContext {
  readonly m: Instruments;
  readonly ledger: ScopeLedger;
  readonly now: () => number;
  /** Takes a memory sample into the totals and every running scope, and returns it. */
  sample(): MemorySample;
  /** Called after a scope starts or ends, to start or stop interval sampling. */
  scopesChanged(): void;
}

/** Records one checked message; `reading` is the memory sample taken for it. */
export type Recorder<T> = (message: T, context: RecorderContext, reading: MemorySample) => void;
type On<C extends keyof ChannelMessages> = Recorder<ChannelMessages[C]>;
const seconds = (ms: number): number => ms / 1000;
const BREAKER_STATES: Readonly<Record<string, number>> = { closed: 0, 'half-open': 1, open: 2 };

const request: On<'n2f:request'> = (msg, { m, ledger }) => {
  const { method, route, bucket, outcome } = msg;
  m.requests.inc({ method, route, bucket, outcome, status: msg.status ?? 'none' });
  m.requestDuration.observe({ method, route, bucket }, seconds(msg.durationMs));
  const scope = ledger.current();
  if (scope) scope.apiCalls += 1;
  if (outcome === 'ok') return;
  m.requestErrors.inc({ method, route, error_code: msg.errorCode ?? 'unknown' });
  if (scope) scope.apiErrors += 1;
};

const query: On<'agresso:query'> = (msg, { m, ledger }) => {
  const { name, source } = msg;
  m.queries.inc({ name, source, outcome: msg.outcome });
  m.queryDuration.observe({ name, source }, seconds(msg.durationMs));
  m.rows.inc({ name, source }, msg.rows);
  m.invalidRows.inc({ name, source }, msg.invalidRows);
  if (msg.outcome !== 'ok')
    m.queryErrors.inc({ name, source, error_code: msg.errorCode ?? 'unknown' });
  const scope = ledger.current();
  if (scope) scope.rowsRead += msg.rows;
};

const lookup: On<'cache:lookup'> = ({ namespace, outcome, reason }, { m, ledger }) => {
  m.lookups.inc({ namespace, outcome, reason: reason ?? '' });
  const scope = ledger.current();
  if (scope && outcome === 'hit') scope.cacheHits += 1;
  else if (scope) scope.cacheMisses += 1;
};

const retry: On<'resilience:retry'> = ({ policy, delayMs, errorCode }, { m, ledger }) => {
  m.retries.inc({ policy, error_code: errorCode });
  m.retryDelay.inc({ policy }, seconds(Math.max(0, delayMs)));
  const scope = ledger.current();
  if (scope) scope.retries += 1;
};

const giveUp: On<'resilience:giveup'> = ({ policy, errorCode }, { m }) =>
  m.giveUps.inc({ policy, error_code: errorCode });

const breaker: On<'resilience:breaker'> = ({ policy, state }, { m }) => {
  m.breakerTransitions.inc({ policy, state });
  const level = BREAKER_STATES[state];
  if (level !== undefined) m.breakerState.set({ policy }, level);
};

const wait: On<'resilience:wait'> = ({ bucket, reason, waitedMs }, { m }) => {
  m.waits.inc({ bucket, reason });
  m.waitTime.inc({ bucket, reason }, seconds(Math.max(0, waitedMs)));
};

const run: On<'sync:run'> = (msg, { m, ledger, now }) => {
  if (msg.phase === 'start') return ledger.startRun(msg, now());
  ledger.endRun(msg, now());
  m.runs.inc({ outcome: msg.outcome ?? 'unknown', dry_run: msg.dryRun });
  if (msg.durationMs !== undefined) m.runDuration.observe({}, seconds(msg.durationMs));
};

function recordScopeEnd(record: ScopeRecord, { m }: RecorderContext): void {
  const { scope } = record;
  m.scopeRuns.inc({ scope, outcome: record.outcome ?? 'unknown' });
  m.scopeDuration.observe({ scope }, seconds(record.durationMs ?? 0));
  const counts = record.counts;
  if (counts)
    for (const result of COUNT_FIELDS) m.scopeEntities.inc({ scope, result }, counts[result]);
  const memory = record.memory.summary();
  m.scopeMemoryPeak.set({ scope, kind: 'rss' }, memory.peakRss);
  m.scopeMemoryPeak.set({ scope, kind: 'heap' }, memory.peakHeap);
  m.scopeMemoryMean.set({ scope, kind: 'rss' }, memory.meanRss);
  m.scopeMemoryMean.set({ scope, kind: 'heap' }, memory.meanHeap);
}

const scope: On<'sync:scope'> = (msg, context, reading) => {
  if (msg.phase === 'start') context.ledger.startScope(msg, context.now()).memory.add(reading);
  else recordScopeEnd(context.ledger.endScope(msg, context.now()), context);
  context.scopesChanged();
};

const plan: On<'sync:plan'> = (msg, { m }) => {
  for (const change of ['creates', 'updates', 'deletes', 'unchanged', 'invalid'] as const) {
    m.planned.set({ scope: msg.scope, change }, msg[change]);
  }
};

const operation: On<'sync:operation'> = (msg, { m }) => {
  const { scope: name, action, outcome } = msg;
  m.operations.inc({ scope: name, action, outcome });
  m.operationDuration.observe({ scope: name, action }, seconds(msg.durationMs));
  if (outcome === 'failed')
    m.operationErrors.inc({ scope: name, action, error_code: msg.errorCode ?? 'unknown' });
};

/** What to record for the messages of each channel. */
export const RECORDERS: { readonly [C in keyof ChannelMessages]: Recorder<ChannelMessages[C]> } = {
  'n2f:request': request,
  'agresso:query': query,
  'cache:lookup': lookup,
  'resilience:retry': retry,
  'resilience:giveup': giveUp,
  'resilience:breaker': breaker,
  'resilience:wait': wait,
  'sync:run': run,
  'sync:scope': scope,
  'sync:plan': plan,
  'sync:operation': operation,
};
