/** Coalesces saves: at most one write runs, and calls made meanwhile share the single next one. */
export interface SerialWriter {
  /** Resolves once a write started after this call has finished (and rejects if it failed). */
  save(): Promise<void>;
  /** Resolves when no write is running or queued; never rejects. */
  idle(): Promise<void>;
}

/** A {@link SerialWriter} over `write`, which must capture the state to save when it starts. */
export function createSerialWriter(write: () => Promise<void>): SerialWriter {
  let running: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  return {
    save() {
      if (queued) return queued;
      const next = running
        .catch(() => undefined)
        .then(() => {
          queued = undefined;
          return write();
        });
      queued = next;
      running = next;
      return next;
    },
    async idle() {
      let current: Promise<void>;
      do {
        current = running;
        await current.catch(() => undefined);
      } while (current !== running);
    },
  };
}
