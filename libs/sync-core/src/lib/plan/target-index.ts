import type { CanonicalRecord } from '../canonical/canonical-value.js';

/**
 * The N2F records of a scope by key, in canonical form. Each record is made canonical once, in
 * N2F order, while the index is built: the plan reads every record (a match or a removal), and
 * reading them in source order instead would visit each raw record's scattered parts at random,
 * which at 100,000s of records costs several times the conversion itself.
 */
export interface TargetIndex<TTarget = unknown> extends ReadonlyMap<string, CanonicalRecord> {
  /** Every indexed record as N2F returned it, in N2F order. */
  raws(): IterableIterator<TTarget>;
}

/**
 * The target index as the plan fills and reads it: records in numbered slots (N2F order), so the
 * plan can mark the ones the source matched in a flat array and walk the rest without hashing.
 */
export class TargetTable<TTarget> implements TargetIndex<TTarget> {
  readonly #slots = new Map<string, number>();
  readonly #keys: string[] = [];
  readonly #records: CanonicalRecord[] = [];
  // References only: the raw records belong to the caller, who holds them during the plan anyway.
  readonly #raws: TTarget[] = [];

  /** Indexes a record under a key not yet taken. */
  add(key: string, raw: TTarget, record: CanonicalRecord): void {
    this.#slots.set(key, this.#keys.length);
    this.#keys.push(key);
    this.#records.push(record);
    this.#raws.push(raw);
  }

  /** The slot of `key`'s record, or -1. */
  slotOf(key: string): number {
    return this.#slots.get(key) ?? -1;
  }

  keyAt(slot: number): string {
    return this.#keys[slot] as string;
  }

  recordAt(slot: number): CanonicalRecord {
    return this.#records[slot] as CanonicalRecord;
  }

  get size(): number {
    return this.#keys.length;
  }

  has(key: string): boolean {
    return this.#slots.has(key);
  }

  get(key: string): CanonicalRecord | undefined {
    const slot = this.#slots.get(key);
    return slot === undefined ? undefined : this.#records[slot];
  }

  raws(): IterableIterator<TTarget> {
    return this.#raws.values();
  }

  keys(): MapIterator<string> {
    return this.#slots.keys();
  }

  *values(): MapIterator<CanonicalRecord> {
    yield* this.#records;
  }

  *entries(): MapIterator<[string, CanonicalRecord]> {
    for (let slot = 0; slot < this.#keys.length; slot++)
      yield [this.keyAt(slot), this.recordAt(slot)];
  }

  forEach(
    callback: (
      value: CanonicalRecord,
      key: string,
      map: ReadonlyMap<string, CanonicalRecord>,
    ) => void,
  ): void {
    for (let slot = 0; slot < this.#keys.length; slot++)
      callback(this.recordAt(slot), this.keyAt(slot), this);
  }

  [Symbol.iterator](): MapIterator<[string, CanonicalRecord]> {
    return this.entries();
  }
}
