interface Flight<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  waiters: number;
}

/** Runs one `work` per key at a time; concurrent callers of a key share its result or its error. */
export interface SingleFlight<T> {
  run(key: string, work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
}

function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: () => void,
): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      onAbort();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * A single-flight group. Each caller can give up with its own signal; the work's signal aborts
 * only when every caller has given up, so one impatient caller does not fail the others.
 */
export function createSingleFlight<T>(): SingleFlight<T> {
  const flights = new Map<string, Flight<T>>();
  return {
    run(key, work, signal) {
      signal?.throwIfAborted();
      let flight = flights.get(key);
      if (!flight) {
        const controller = new AbortController();
        const promise = Promise.resolve()
          .then(() => work(controller.signal))
          .finally(() => flights.delete(key));
        flight = { promise, controller, waiters: 0 };
        flights.set(key, flight);
      }
      const joined = flight;
      joined.waiters += 1;
      return abortable(joined.promise, signal, () => {
        joined.waiters -= 1;
        if (joined.waiters === 0) joined.controller.abort(signal?.reason);
      });
    },
  };
}
