import type { RunMessage, ScopeCounts, ScopeMessage } from './channel-messages.js';
import { createMemoryStats, type MemoryStats } from './memory-stats.js';

/** One run of one scope, with what happened while it was the running scope. */
export interface ScopeRecord {
  readonly runId: string;
  readonly scope: string;
  readonly startedAt: number;
  endedAt?: number;
  durationMs?: number;
  outcome?: string;
  counts?: ScopeCounts;
  apiCalls: number;
  apiErrors: number;
  retries: number;
  cacheHits: number;
  cacheMisses: number;
  rowsRead: number;
  readonly memory: MemoryStats;
}

/** One sync run. */
export interface RunRecord {
  readonly runId: string;
  readonly scopes: readonly string[];
  readonly dryRun: boolean;
  readonly startedAt: number;
  endedAt?: number;
  durationMs?: number;
  outcome?: string;
}

/** Runs and scope runs in order of start, the most recent `limit` of each. */
export interface ScopeLedger {
  startRun(message: RunMessage, at: number): void;
  endRun(message: RunMessage, at: number): void;
  startScope(message: ScopeMessage, at: number): ScopeRecord;
  endScope(message: ScopeMessage, at: number): ScopeRecord;
  /** The scope events without a scope are attributed to: the latest started that has not ended. */
  current(): ScopeRecord | undefined;
  /** Scopes started and not ended, oldest first. */
  running(): readonly ScopeRecord[];
  scopes(): readonly ScopeRecord[];
  runs(): readonly RunRecord[];
}

function newScope(runId: string, scope: string, startedAt: number): ScopeRecord {
  return {
    runId,
    scope,
    startedAt,
    apiCalls: 0,
    apiErrors: 0,
    retries: 0,
    cacheHits: 0,
    cacheMisses: 0,
    rowsRead: 0,
    memory: createMemoryStats(),
  };
}

function trim<T>(list: T[], limit: number): void {
  if (list.length > limit) list.splice(0, list.length - limit);
}

/** An empty ledger keeping at most `limit` runs and `limit` scope runs. */
export function createScopeLedger(limit: number): ScopeLedger {
  const runs: RunRecord[] = [];
  const scopes: ScopeRecord[] = [];
  const active: ScopeRecord[] = [];
  const findRun = (runId: string): RunRecord | undefined =>
    runs.findLast((run) => run.runId === runId);
  const adopt = <T extends RunRecord | ScopeRecord>(record: T): T => {
    const list = ('scope' in record ? scopes : runs) as T[];
    list.push(record);
    trim(list, limit);
    return record;
  };
  // A run or scope whose start was not seen (metrics created mid-run) is dated back from its duration.
  return {
    startRun({ runId, scopes: names, dryRun }, at) {
      adopt({ runId, scopes: names, dryRun, startedAt: at });
    },
    endRun({ runId, scopes: names, dryRun, outcome, durationMs }, at) {
      const run =
        findRun(runId) ??
        adopt({ runId, scopes: names, dryRun, startedAt: at - (durationMs ?? 0) });
      Object.assign(run, { endedAt: at, durationMs: durationMs ?? at - run.startedAt, outcome });
    },
    startScope({ runId, scope }, at) {
      const record = adopt(newScope(runId, scope, at));
      active.push(record);
      return record;
    },
    endScope({ runId, scope, outcome, durationMs, counts }, at) {
      const index = active.findLastIndex((r) => r.runId === runId && r.scope === scope);
      const [started] = index === -1 ? [] : active.splice(index, 1);
      const record = started ?? adopt(newScope(runId, scope, at - (durationMs ?? 0)));
      Object.assign(record, {
        endedAt: at,
        durationMs: durationMs ?? at - record.startedAt,
        outcome,
        counts,
      });
      return record;
    },
    current: () => active.at(-1),
    running: () => active,
    scopes: () => scopes,
    runs: () => runs,
  };
}
