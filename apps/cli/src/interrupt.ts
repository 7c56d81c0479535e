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
 * First Ctrl-C (SIGINT) or SIGTERM aborts the run's signal: the call in flight finishes, no new call
 * starts, and the report is still written. A second one quits at once.
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
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    get stoppedBy() {
      return stoppedBy;
    },
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
