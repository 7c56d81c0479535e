/** A dependency order: every node after its parent, with the cycles that had to be broken. */
export interface DependencyOrder {
  readonly order: readonly string[];
  /** Each broken cycle, starting with the node that lost its parent link. */
  readonly cycles: readonly (readonly string[])[];
}

/**
 * Orders `nodes` so each comes after its parent (`parentOf`, ignored when the parent is not a
 * node), in O(n): each node has at most one parent, so every cycle is found by walking up and
 * broken at its member that comes first in `nodes`. Roots keep their input order.
 */
export function orderByParent(
  nodes: readonly string[],
  parentOf: (node: string) => string | null,
): DependencyOrder {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const node of nodes) {
    const parent = parentOf(node);
    if (parent === null || !index.has(parent)) roots.push(node);
    else (children.get(parent) ?? children.set(parent, []).get(parent) ?? []).push(node);
  }
  const order: string[] = [];
  const done = new Set<string>();
  const emit = (root: string): void => {
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as string;
      done.add(node);
      order.push(node);
      for (const child of children.get(node) ?? []) if (!done.has(child)) queue.push(child);
    }
  };
  for (const root of roots) emit(root);
  const cycles: string[][] = [];
  for (const node of nodes) {
    if (done.has(node)) continue;
    const cycle = findCycle(node, parentOf);
    const breaker = cycle.reduce((best, n) =>
      (index.get(n) ?? 0) < (index.get(best) ?? 0) ? n : best,
    );
    cycles.push(rotate(cycle, breaker));
    emit(breaker);
  }
  return { order, cycles };
}

// Walks up from `start` (all of whose ancestors are undone nodes) until a node repeats.
function findCycle(start: string, parentOf: (node: string) => string | null): string[] {
  const seen = new Map<string, number>();
  const path: string[] = [];
  let node: string | null = start;
  while (node !== null && !seen.has(node)) {
    seen.set(node, path.length);
    path.push(node);
    node = parentOf(node);
  }
  return path.slice(node === null ? 0 : (seen.get(node) ?? 0));
}

function rotate(cycle: readonly string[], first: string): string[] {
  const at = cycle.indexOf(first);
  return [...cycle.slice(at), ...cycle.slice(0, at)];
}
