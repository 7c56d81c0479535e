/** Compact the array once this many expired entries sit at its head. */
const COMPACT_AFTER = 1024;

/** The times of the calls still inside a rolling window, oldest first. */
export class RollingLog {
  readonly #windowMs: number;
  #stamps: number[] = [];
  #head = 0;

  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  /** Forgets the calls that left the window at `now` (a call made at `t` leaves at `t + windowMs`). */
  count(now: number): number {
    const edge = now - this.#windowMs;
    while (this.#head < this.#stamps.length && (this.#stamps[this.#head] ?? edge) <= edge)
      this.#head += 1;
    if (this.#head >= COMPACT_AFTER) {
      this.#stamps = this.#stamps.slice(this.#head);
      this.#head = 0;
    }
    return this.#stamps.length - this.#head;
  }

  record(at: number): void {
    this.#stamps.push(at);
  }

  /**
   * When the count will drop below `limit` (call only when `count() >= limit`): the moment the
   * call `limit` places from the newest leaves the window.
   */
  freeAt(limit: number): number {
    const index = this.#stamps.length - limit;
    return (this.#stamps[index] ?? Number.NEGATIVE_INFINITY) + this.#windowMs;
  }
}
