import type { InvalidRecord } from '../model/invalid-record.js';
import type { FieldChange, PlanEntry, ScopePlan } from '../model/plan-types.js';
import type { Failure } from '../report/report-types.js';
import type { OnlyPick } from './only-pick.js';

/** What `--only` did for one entity, step by step, as the CLI prints it and the service returns it. */
export interface OnlyStep {
  readonly scope: string;
  readonly key: string;
  /** `asked` on the command line, or `needed` by one asked for (its manager missing from N2F). */
  readonly reason: 'asked' | 'needed';
  /** Whether the Agresso source has a row for the key. */
  readonly sourceRow: boolean;
  /** Why the row is not valid, field by field (empty when valid or missing). */
  readonly invalid: readonly InvalidRecord[];
  /** Whether N2F has the entity. */
  readonly inN2f: boolean;
  readonly changes: readonly FieldChange[];
  readonly action: 'create' | 'update' | 'none';
  /** `done`, `refused`, `failed`, `skipped`; `planned` in a dry run; `none` when nothing was to send. */
  readonly result: 'done' | 'refused' | 'failed' | 'skipped' | 'planned' | 'none';
  readonly message?: string;
}

/** Where the steps come from: what was picked, the plan, and the writes that fell short. */
export interface OnlyTrace extends OnlyPick {
  readonly plan: ScopePlan;
  readonly failures: readonly Failure[];
  readonly dryRun: boolean;
}

/** The steps of each entity asked for, and of each one added for it, in that order. */
export function onlySteps(trace: OnlyTrace): OnlyStep[] {
  const keys = [...trace.wanted, ...trace.selection.added];
  return keys.map((key) => step(trace, key, trace.wanted.has(key) ? 'asked' : 'needed'));
}

function step(trace: OnlyTrace, key: string, reason: OnlyStep['reason']): OnlyStep {
  const { plan } = trace;
  const entries: PlanEntry<unknown>[] = [...plan.creates, ...plan.updates].filter(
    (entry) => entry.key === key,
  );
  const first = entries[0];
  const failure = trace.failures.find((f) => f.key === key);
  return {
    scope: plan.scope,
    key,
    reason,
    sourceRow: reason === 'needed' || trace.selection.found.has(key),
    invalid: plan.invalid.filter((record) => record.key === key),
    inN2f: trace.inN2f(key),
    changes: entries.flatMap((entry) => (entry.action === 'update' ? entry.changes : [])),
    action: first?.action === 'create' ? 'create' : first ? 'update' : 'none',
    result: first === undefined ? 'none' : trace.dryRun ? 'planned' : (failure?.outcome ?? 'done'),
    ...(failure ? { message: failure.message } : {}),
  };
}
