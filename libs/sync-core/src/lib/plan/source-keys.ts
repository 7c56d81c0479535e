import type { TargetTable } from './target-index.js';

/** The keys of the valid source records seen so far (what a hook may ask of them). */
export interface SourceKeys {
  has(key: string): boolean;
  readonly size: number;
}

/** `SourceKeyTracker.add` of a key already added. */
export const SEEN = -2;
/** `SourceKeyTracker.add` of a new key that has no N2F record. */
export const UNMATCHED = -1;

/**
 * Tracks source keys against the target table: a key with an N2F record is a flag on its slot
 * (one map lookup, which also finds the record to compare), others go to a set. Removals are
 * then the unflagged slots, found without hashing.
 */
export class SourceKeyTracker implements SourceKeys {
  readonly #target: TargetTable<unknown>;
  readonly #matched: Uint8Array;
  readonly #unmatched = new Set<string>();
  #matchedCount = 0;

  constructor(target: TargetTable<unknown>) {
    this.#target = target;
    this.#matched = new Uint8Array(target.size);
  }

  /** Adds `key`: its N2F record's slot, `UNMATCHED` when it has none, or `SEEN` for a repeat. */
  add(key: string): number {
    const slot = this.#target.slotOf(key);
    if (slot === UNMATCHED) {
      const known = this.#unmatched.size;
      return this.#unmatched.add(key).size === known ? SEEN : UNMATCHED;
    }
    if (this.#matched[slot] === 1) return SEEN;
    this.#matched[slot] = 1;
    this.#matchedCount += 1;
    return slot;
  }

  /** Whether a source record matched the N2F record in `slot`. */
  matched(slot: number): boolean {
    return this.#matched[slot] === 1;
  }

  has(key: string): boolean {
    const slot = this.#target.slotOf(key);
    return slot === UNMATCHED ? this.#unmatched.has(key) : this.#matched[slot] === 1;
  }

  get size(): number {
    return this.#matchedCount + this.#unmatched.size;
  }
}
