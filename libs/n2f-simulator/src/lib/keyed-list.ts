/** The reading side of a `KeyedList`. */
export interface ReadonlyKeyedList<T> {
  readonly size: number;
  get(key: string): T | undefined;
  page(start: number, limit: number): T[];
  values(): T[];
}

/**
 * An insertion-ordered collection with O(1) lookup by key and O(limit) paging.
 * Deletes leave a hole that the next page read compacts, so a run of deletes
 * costs one O(n) pass, not one per delete.
 */
export class KeyedList<T> implements ReadonlyKeyedList<T> {
  #items: (T | undefined)[] = [];
  #keys: string[] = [];
  #positions = new Map<string, number>();
  #holes = 0;

  /** Number of live items. */
  get size(): number {
    return this.#positions.size;
  }

  get(key: string): T | undefined {
    const at = this.#positions.get(key);
    return at === undefined ? undefined : this.#items[at];
  }

  /** Replaces the item in place, or appends it; returns whether it was new. */
  set(key: string, item: T): boolean {
    const at = this.#positions.get(key);
    if (at !== undefined) {
      this.#items[at] = item;
      return false;
    }
    this.#positions.set(key, this.#items.length);
    this.#items.push(item);
    this.#keys.push(key);
    return true;
  }

  /** Removes the item; returns it, or undefined when the key is unknown. */
  delete(key: string): T | undefined {
    const at = this.#positions.get(key);
    if (at === undefined) return undefined;
    const item = this.#items[at];
    this.#items[at] = undefined;
    this.#positions.delete(key);
    this.#holes += 1;
    return item;
  }

  /** The live items from `start`, at most `limit` of them, in insertion order. */
  page(start: number, limit: number): T[] {
    this.#compact();
    return this.#items.slice(start, start + limit) as T[];
  }

  /** Every live item, in insertion order. */
  values(): T[] {
    return this.page(0, this.#items.length);
  }

  #compact(): void {
    if (this.#holes === 0) return;
    const items: T[] = [];
    const keys: string[] = [];
    this.#items.forEach((item, at) => {
      const key = this.#keys[at];
      if (item === undefined || key === undefined) return;
      this.#positions.set(key, items.length);
      items.push(item);
      keys.push(key);
    });
    this.#items = items;
    this.#keys = keys;
    this.#holes = 0;
  }
}
