import type { ConsolaInstance } from 'consola';
import { EXIT } from './exit-codes.js';

/** An abort signal tied to Ctrl-C, and how to stop listening. */
export interface Interrupt {
  readonly signal: AbortSignal;
  /** The signal that stopped the run, once one came (it decides the exit code). */
  readonly stoppedBy: NodeJS.Signals | undefined;
  dispose(): void;
}

/**
 * The signals that ask a run to stop: Ctrl-C (SIGINT) everywhere, SIGTERM from a service manager or
 * `kill`, SIGBREAK for Ctrl-Break in a Windows console (Windows never sends SIGTERM).
 */
export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGBREAK'];

/**
 * The first stop signal aborts the run's signal: the call in flight finishes, no new call starts,
 * and the report is still written. A second one quits at once.
 */
export function abortOnInterrupt(logger: ConsolaInstance): Interrupt {
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      logger.warn(`${name} again: quitting without waiting.`);
      process.exit(name === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted);
    }
    stoppedBy = name;
    logger.warn(`${name}: stopping after the call in flight; the report will still be written (press Ctrl-C again to quit now).`);
    controller.abort(new Error(`interrupted by ${name}`));
  };
  for (const name of STOP_SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    get stoppedBy() {
      return stoppedBy;
    },
    dispose() {
      for (const name of STOP_SIGNALS) process.off(name, onSignal);
    },
  };
}
