const MINUTE = 60_000;

/** Rolling one-minute windows of accepted calls, one per key (client and bucket), on simulated time. */
export class QuotaCounter {
  readonly #windows = new Map<string, number[]>();

  /** Counts a call at `at` when under `limit` and returns 0; otherwise the ms until a slot frees. */
  take(key: string, limit: number, at: number): number {
    let window = this.#windows.get(key);
    if (!window) this.#windows.set(key, (window = []));
    // A clock set backwards leaves calls "in the future": they no longer count.
    if ((window.at(-1) ?? at) > at) window.length = 0;
    while ((window[0] ?? Infinity) <= at - MINUTE) window.shift();
    if (window.length < limit) {
      window.push(at);
      return 0;
    }
    return (window[0] ?? at) + MINUTE - at;
  }
}
