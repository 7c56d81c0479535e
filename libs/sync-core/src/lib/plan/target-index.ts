import type { CanonicalRecord } from '../canonical/canonical-value.js';

/**
 * The N2F records of a scope by key, read as a map of canonical records. Canonical forms are
 * built on demand at each read and not kept, so a large target costs one map of references
 * rather than a second copy of every record. `raw()` gives a record as N2F returned it.
 */
export interface TargetIndex<TTarget = unknown> extends ReadonlyMap<string, CanonicalRecord> {
  /** The record of `key` as N2F returned it. */
  raw(key: string): TTarget | undefined;
  /** Every record as N2F returned it. */
  raws(): IterableIterator<TTarget>;
}

/** Indexes raw N2F records by key, canonicalising on each read. */
export function createTargetIndex<TTarget>(
  byKey: ReadonlyMap<string, TTarget>,
  toCanonical: (raw: TTarget) => CanonicalRecord | undefined,
): TargetIndex<TTarget> {
  return new LazyTargetIndex(byKey, toCanonical);
}

class LazyTargetIndex<TTarget> implements TargetIndex<TTarget> {
  readonly #byKey: ReadonlyMap<string, TTarget>;
  readonly #toCanonical: (raw: TTarget) => CanonicalRecord | undefined;

  constructor(
    byKey: ReadonlyMap<string, TTarget>,
    toCanonical: (raw: TTarget) => CanonicalRecord | undefined,
  ) {
    this.#byKey = byKey;
    this.#toCanonical = toCanonical;
  }

  get size(): number {
    return this.#byKey.size;
  }

  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  /** The canonical form of the record of `key` (built at each call). */
  get(key: string): CanonicalRecord | undefined {
    const raw = this.#byKey.get(key);
    return raw === undefined ? undefined : this.#toCanonical(raw);
  }

  /** The record of `key` as N2F returned it. */
  raw(key: string): TTarget | undefined {
    return this.#byKey.get(key);
  }

  /** Every record as N2F returned it. */
  raws(): IterableIterator<TTarget> {
    return this.#byKey.values();
  }

  keys(): MapIterator<string> {
    return this.#byKey.keys();
  }

  *entries(): MapIterator<[string, CanonicalRecord]> {
    for (const key of this.#byKey.keys()) {
      const record = this.get(key);
      if (record !== undefined) yield [key, record];
    }
  }

  *values(): MapIterator<CanonicalRecord> {
    for (const [, record] of this.entries()) yield record;
  }

  forEach(
    callback: (
      value: CanonicalRecord,
      key: string,
      map: ReadonlyMap<string, CanonicalRecord>,
    ) => void,
  ): void {
    for (const [key, record] of this.entries()) callback(record, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, CanonicalRecord]> {
    return this.entries();
  }
}
