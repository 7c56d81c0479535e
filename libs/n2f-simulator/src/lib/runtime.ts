import { createClock, type Clock } from './clock.js';
import { FaultEngine } from './fault-engine.js';
import type { ResolvedSimulatorOptions } from './options.js';
import type { QuotaOptions } from './quota.js';
import { QuotaCounter } from './quota-counter.js';
import { RequestLog } from './request-log.js';
import { loadStore, type Store } from './store.js';
import { TokenStore } from './tokens.js';

/** Everything a request can read or change; `store` and `faults` are replaced by the control surface. */
export interface Runtime {
  store: Store;
  faults: FaultEngine;
  readonly clock: Clock;
  readonly tokens: TokenStore;
  readonly quotaCounter: QuotaCounter;
  readonly quota: QuotaOptions;
  readonly tokenTtlMs: number;
  readonly cultures: readonly string[];
  readonly log: RequestLog;
}

/** Loads the state and faults of resolved options into a runtime. */
export function createRuntime(options: ResolvedSimulatorOptions): Runtime {
  return {
    store: loadStore(options.state, options.cultures),
    faults: new FaultEngine(options.faults),
    clock: createClock(options.clock),
    tokens: new TokenStore(),
    quotaCounter: new QuotaCounter(),
    quota: options.quota,
    tokenTtlMs: options.tokenTtlMs,
    cultures: options.cultures,
    log: new RequestLog(options.requestLogLimit),
  };
}
