import type { MassChangeOptions, SafetyOptions, SyncRunOptions } from '@n2f/sync-core';
import type { AppConfig } from '../config/load.js';
import type { MassChangeConfig } from '../config/types.js';
import type { Selection } from '../flags/selection.js';
import type { Services } from './services.js';

/** What the command adds to the configuration for one run. */
export interface RunRequest {
  readonly selection: Selection;
  readonly signal: AbortSignal;
}

/** The orchestrator's options: composed services, configured safety and mapping, the command's selection. */
export function syncRunOptions(config: AppConfig, services: Services, request: RunRequest): SyncRunOptions {
  const file = config.file;
  return {
    source: services.source,
    client: services.client,
    registry: services.registry,
    scopes: request.selection.scopes,
    actions: request.selection.actions,
    sandbox: config.sandbox,
    safety: safetyOptions(config, request.selection),
    referenceCache: services.caches.references,
    referenceTtlMs: config.cacheTtlMs,
    stateStore: services.caches.state,
    signal: request.signal,
    ...(file.filters === undefined ? {} : { filters: file.filters }),
    ...(request.selection.only.length === 0 ? {} : { only: request.selection.only }),
    ...(file.cultures === undefined ? {} : { cultures: file.cultures }),
    ...(file.axeDeleteMode === undefined ? {} : { axeDeleteMode: file.axeDeleteMode }),
  };
}

// `--max-deletes` is the operator raising the limit for this run: it wins over per-scope limits too.
function safetyOptions(config: AppConfig, selection: Selection): SafetyOptions {
  const safety = config.file.safety;
  const maxDeletes = selection.maxDeletes ?? safety.maxDeletes;
  return {
    ...(safety.protected === undefined ? {} : { protected: safety.protected }),
    ...(maxDeletes === undefined ? {} : { maxDeletes }),
    ...(selection.maxDeletes !== undefined || safety.maxDeletesByScope === undefined ? {} : { maxDeletesByScope: safety.maxDeletesByScope }),
    ...(safety.minSourceRatio === undefined ? {} : { minSourceRatio: safety.minSourceRatio }),
    massChange: massChangeOptions(safety.massChange, selection.allowMassChange),
  };
}

// `--allow-mass-change` adds to the fields the configuration lets through.
function massChangeOptions(config: MassChangeConfig | undefined, allowed: readonly string[]): MassChangeOptions {
  return {
    ...(config?.threshold === undefined ? {} : { threshold: config.threshold }),
    ...(config?.minimum === undefined ? {} : { minimum: config.minimum }),
    ...(config?.fields === undefined ? {} : { fields: config.fields }),
    allow: [...(config?.allow ?? []), ...allowed],
  };
}
