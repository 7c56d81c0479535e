import type { LabelledInput } from './reference-data.js';
import type { PlanWarning } from '../model/plan-warning.js';

/** Roles or profiles resolved by label in any culture (trimmed, case-insensitive) or by uuid. */
export interface LabelIndex {
  /** The uuid a label (or a uuid) designates, or `undefined`. */
  resolve(label: string): string | undefined;
  /** The label to send for a uuid: its French label, else its first one. */
  labelOf(uuid: string): string | undefined;
}

const MEMO_LIMIT = 1_000;

/** Indexes labelled entities; a label shared by two entities resolves to the first, with a warning. */
export function createLabelIndex(
  kind: string,
  items: readonly LabelledInput[],
  warnings: PlanWarning[],
): LabelIndex {
  const byLabel = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const item of items) {
    labels.set(item.uuid, preferredLabel(item));
    for (const name of item.names) {
      const label = name.value?.trim().toLowerCase();
      if (!label) continue;
      const owner = byLabel.get(label);
      if (owner === undefined) byLabel.set(label, item.uuid);
      else if (owner !== item.uuid) warnings.push(ambiguous(kind, label, owner));
    }
  }
  // The same few labels come on every row: remember how each spelling resolved (bounded).
  const seen = new Map<string, string | undefined>();
  const lookUp = (label: string): string | undefined =>
    byLabel.get(label.trim().toLowerCase()) ?? (labels.has(label) ? label : undefined);
  return {
    resolve: (label) => {
      if (seen.has(label)) return seen.get(label);
      const uuid = lookUp(label);
      if (seen.size < MEMO_LIMIT) seen.set(label, uuid);
      return uuid;
    },
    labelOf: (uuid) => labels.get(uuid),
  };
}

/** The French name of a labelled entity, trimmed and lower-cased ('' when it has none). */
export function frenchName(item: LabelledInput): string {
  const fr = item.names.find((name) => name.culture.trim().toLowerCase() === 'fr');
  return fr?.value?.trim().toLowerCase() ?? '';
}

function preferredLabel(item: LabelledInput): string {
  const fr = item.names.find(
    (name) => name.culture.trim().toLowerCase() === 'fr' && name.value?.trim(),
  );
  const first = fr ?? item.names.find((name) => name.value?.trim());
  return first?.value?.trim() ?? item.uuid;
}

function ambiguous(kind: string, label: string, owner: string): PlanWarning {
  return {
    code: 'AMBIGUOUS_LABEL',
    message: `${kind} label "${label}" belongs to several ${kind}s; using the first (${owner})`,
  };
}
