export { demoState } from './lib/demo-state.js';
export { startSimulator, API_BASE_PATH } from './lib/server.js';
export { resolveSimulatorOptions } from './lib/options.js';
export { N2F_QUOTA } from './lib/quota.js';
export { SimulatorStateError } from './lib/state-schema.js';
export { SimulatorOptionError } from './lib/option-error.js';
export { CONTROL_PREFIX } from './lib/control-routes.js';
export type { Simulator } from './lib/server.js';
export type { SimulatorControls } from './lib/controls.js';
export type { SimulatorOptions, ResolvedSimulatorOptions } from './lib/options.js';
export type { QuotaOptions, QuotaLimits, QuotaWindows, QuotaBucket } from './lib/quota.js';
export type { ClockOptions, ClockSnapshot } from './lib/clock.js';
export type { FaultOptions, FaultRule } from './lib/fault-options.js';
export type { RequestLogEntry } from './lib/request-log.js';
export type {
  SimulatorState,
  StateClient,
  StateCompany,
  StateLabelled,
  StateCustomAxe,
  StateUser,
  StateAxeValue,
  UserFields,
  AxeValueFields,
  LocalizedName,
  FieldError,
} from './lib/types.js';
