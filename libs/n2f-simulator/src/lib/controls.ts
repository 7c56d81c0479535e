import type { ClockOptions, ClockSnapshot } from './clock.js';
import { FaultEngine } from './fault-engine.js';
import type { FaultOptions } from './fault-options.js';
import type { RequestLogEntry } from './request-log.js';
import type { Runtime } from './runtime.js';
import { loadStore, storeToState } from './store.js';
import type { SimulatorState } from './types.js';

/** What tests can inspect and change, in code and under `/__simulator/`. */
export interface SimulatorControls {
  /** A deep copy of the whole state (role and profile as uuids). */
  state(): SimulatorState;
  /** Replaces the whole state (validated like a state file; tokens stay valid). */
  setState(state: Partial<SimulatorState>): void;
  /** The API requests so far, oldest first. */
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** The fault options in force, with the drawn seed and the pending one-shot rules. */
  faults(): FaultOptions;
  /** Replaces the fault options (not a merge) and restarts the seeded random source. */
  setFaults(faults: FaultOptions): void;
  clock(): ClockSnapshot;
  /** Moves and/or speeds up the simulated clock. */
  setClock(clock: ClockOptions): void;
}

/** Controls over a runtime; invalid input throws `SimulatorStateError` or `SimulatorOptionError`. */
export function createControls(runtime: Runtime): SimulatorControls {
  return {
    state: () => storeToState(runtime.store),
    setState: (state) => {
      runtime.store = loadStore(state, runtime.cultures);
    },
    requests: () => runtime.log.entries(),
    clearRequests: () => runtime.log.clear(),
    faults: () => runtime.faults.snapshot(),
    setFaults: (faults) => {
      runtime.faults = new FaultEngine(faults);
    },
    clock: () => runtime.clock.snapshot(),
    setClock: (clock) => runtime.clock.set(clock),
  };
}
