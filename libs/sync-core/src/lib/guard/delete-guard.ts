import { deleteLimit, type MaxDeletes } from './max-deletes.js';

/** Why a guard held a scope's deletes back. */
export type GuardReason = 'max-deletes' | 'empty-source' | 'shrunken-source';

/** A guard that held deletes: the numbers behind it and how the operator overrides it. */
export interface GuardHold {
  readonly held: true;
  readonly reason: GuardReason;
  readonly message: string;
  readonly numbers: Readonly<Record<string, number>>;
  readonly override: string;
}

/** What the delete guard looks at for one scope. */
export interface DeleteGuardInput {
  readonly scope: string;
  readonly deletes: number;
  readonly targetCount: number;
  readonly sourceRows: number;
  /** Source rows of the last successful run of this scope, when one is known. */
  readonly lastSourceRows: number | undefined;
  readonly maxDeletes: MaxDeletes;
  readonly minSourceRatio: number;
}

/**
 * Decides whether a scope's deletes may run (domain.md §6): never from an empty source, never
 * from a source much smaller than at the last successful run, never beyond the threshold.
 * Returns `undefined` when the deletes may go ahead.
 */
export function evaluateDeleteGuard(input: DeleteGuardInput): GuardHold | undefined {
  if (input.deletes === 0) return undefined;
  return emptySource(input) ?? shrunkenSource(input) ?? overThreshold(input);
}

function emptySource(input: DeleteGuardInput): GuardHold | undefined {
  if (input.sourceRows > 0) return undefined;
  return {
    held: true,
    reason: 'empty-source',
    message: `${input.scope}: the Agresso source returned no rows, so none of the ${input.deletes} deletes were applied. Check the source before deleting anything.`,
    numbers: { sourceRows: 0, deletes: input.deletes },
    override: 'none: fix the source (an empty source never deletes)',
  };
}

function shrunkenSource(input: DeleteGuardInput): GuardHold | undefined {
  const last = input.lastSourceRows;
  if (last === undefined || last === 0 || input.sourceRows >= last * input.minSourceRatio)
    return undefined;
  const percent = Math.round((input.sourceRows / last) * 100);
  return {
    held: true,
    reason: 'shrunken-source',
    message: `${input.scope}: the source has ${input.sourceRows} rows, ${percent}% of the ${last} of the last successful run (minimum ${Math.round(input.minSourceRatio * 100)}%), so its ${input.deletes} deletes were held back.`,
    numbers: {
      sourceRows: input.sourceRows,
      lastSourceRows: last,
      minSourceRatio: input.minSourceRatio,
      deletes: input.deletes,
    },
    override: `set safety.minSourceRatio to ${Math.floor((input.sourceRows / last) * 100) / 100} or less for this run`,
  };
}

function overThreshold(input: DeleteGuardInput): GuardHold | undefined {
  const limit = deleteLimit(input.maxDeletes, input.targetCount);
  if (input.deletes <= limit) return undefined;
  return {
    held: true,
    reason: 'max-deletes',
    message: `${input.scope}: ${input.deletes} deletes exceed the limit of ${limit} (max-deletes ${String(input.maxDeletes)} of ${input.targetCount} in N2F), so none were applied.`,
    numbers: { deletes: input.deletes, limit, targetCount: input.targetCount },
    override: `--max-deletes ${input.deletes}`,
  };
}
