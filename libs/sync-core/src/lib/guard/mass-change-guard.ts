import type { CanonicalValue } from '../canonical/canonical-value.js';
import type { UpdateEntry } from '../model/plan-types.js';
import { deleteLimit, type MaxDeletes } from './max-deletes.js';

/** When changes of one guarded field are held: more than `threshold` of the existing entities, and at least `minimum`. */
export interface MassChangeLimit {
  readonly threshold: MaxDeletes;
  readonly minimum: number;
}

/** One entity a held field would change, as the plan saw it. */
export interface MassChangeExample {
  readonly key: string;
  readonly before: CanonicalValue;
  readonly after: CanonicalValue;
}

/** A guarded field whose updates were held: how many would change, five examples, the override. */
export interface MassChangeHold {
  readonly held: true;
  readonly reason: 'mass-change';
  readonly field: string;
  readonly message: string;
  readonly numbers: {
    readonly changes: number;
    readonly existing: number;
    readonly limit: number;
    readonly minimum: number;
  };
  readonly examples: readonly MassChangeExample[];
  readonly override: string;
}

/** What the mass-change guard looks at for one scope. */
export interface MassChangeInput {
  readonly scope: string;
  readonly updates: readonly UpdateEntry<unknown>[];
  /** The scope's entities in N2F. */
  readonly existing: number;
  /** The guarded fields of the scope (those let through for the run left out) and their limits. */
  readonly limits: ReadonlyMap<string, MassChangeLimit>;
}

const EXAMPLES = 5;

/**
 * Finds the guarded fields a scope's updates would change on too many of its existing entities
 * (domain.md §6), one hold per field, in the order of `limits`. Follow-up updates (links of
 * entities created in the same run) are not changes of existing entities and are not counted.
 */
export function evaluateMassChangeGuard(input: MassChangeInput): MassChangeHold[] {
  const holds: MassChangeHold[] = [];
  for (const [field, limit] of input.limits) {
    const changing = input.updates.filter(
      (entry) => !entry.followUp && entry.changes.some((change) => change.field === field),
    );
    const most = deleteLimit(limit.threshold, input.existing);
    if (changing.length > most && changing.length >= limit.minimum)
      holds.push(hold(input, field, changing, { limit: most, minimum: limit.minimum }));
  }
  return holds;
}

function hold(
  input: MassChangeInput,
  field: string,
  changing: readonly UpdateEntry<unknown>[],
  bounds: { readonly limit: number; readonly minimum: number },
): MassChangeHold {
  const examples = changing.slice(0, EXAMPLES).map((entry) => {
    const change = entry.changes.find((c) => c.field === field);
    return { key: entry.key, before: change?.before ?? null, after: change?.after ?? null };
  });
  return {
    held: true,
    reason: 'mass-change',
    field,
    message: `${input.scope}: ${changing.length} of ${input.existing} entities in N2F would change ${field} (limit ${bounds.limit}, and at least ${bounds.minimum}), so those changes were held back.`,
    numbers: { changes: changing.length, existing: input.existing, ...bounds },
    examples,
    override: `--allow-mass-change ${field}, or add "${field}" to safety.massChange.allow`,
  };
}
