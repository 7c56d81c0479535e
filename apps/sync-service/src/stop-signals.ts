/**
 * The signals that stop the service: Ctrl-C (SIGINT) everywhere, SIGTERM from systemd or `kill`,
 * SIGBREAK for Ctrl-Break in a Windows console (Windows never sends SIGTERM).
 */
export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGBREAK'];

/** Calls `stop` once, on the first stop signal; returns how to stop listening. */
export function onStopSignal(stop: (name: NodeJS.Signals) => void): () => void {
  const dispose = (): void => {
    for (const name of STOP_SIGNALS) process.off(name, handle);
  };
  function handle(name: NodeJS.Signals): void {
    dispose();
    stop(name);
  }
  for (const name of STOP_SIGNALS) process.on(name, handle);
  return dispose;
}
