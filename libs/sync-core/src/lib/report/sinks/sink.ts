import type { RunReport } from '../report-types.js';
import type { RunEventSource } from '../../events/run-events.js';

/** A writer attached to a run's events: detach it with `dispose()`, await `written()` after the run. */
export interface RunSink {
  /** Settles once everything of the run is on disk (it rejects when the write failed). */
  written(): Promise<void>;
  dispose(): void;
}

/** A sink that writes once, when the run finishes, from its report. */
export function onRunFinished(
  run: RunEventSource,
  write: (report: RunReport) => Promise<void>,
  detach: () => void = () => undefined,
): RunSink {
  let resolveWritten: (value: Promise<void>) => void = () => undefined;
  const written = new Promise<void>((resolve) => (resolveWritten = resolve));
  written.catch(() => undefined); // awaited by whoever attached the sink
  const subscription = run.onRunFinished(({ report }) => {
    detach();
    resolveWritten(write(report));
  });
  return {
    written: () => written,
    dispose: () => {
      subscription.dispose();
      detach();
    },
  };
}
