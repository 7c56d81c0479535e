export { loadConfig } from './config.js';
export { ServiceConfigError } from './config/problems.js';
export {
  DEPARTMENT_AXE_NAME,
  departmentsScope,
  serviceRegistry,
} from './plugins/departments-scope.js';
export { startSyncService } from './service.js';
// The demo (src/demo.ts) stays out: it loads the simulator, a dev dependency.

export type { AgressoConfig, ServiceConfig, SyncActionName } from './config.js';
export type { ConfigProblem } from './config/problems.js';
export type { Env, Secret } from './config/secrets.js';
export type { RunRecord, RunRequest, RunSummary, QuotaSample } from './runs/run-record.js';
export type {
  ServiceEvent,
  ServiceEventBody,
  RunTrigger,
  QuotaFigures,
} from './runs/service-events.js';
export type { ServiceLogger, SyncService, SyncServiceOptions } from './service.js';
