import { Cron } from 'croner';
import { SCHEDULE_TIME_ZONE } from './config/env-schema.js';

/** The schedule of runs. */
export interface Scheduler {
  /** Starts firing (the scheduler is created paused, so that nothing fires before the service listens). */
  start(): void;
  /** When the next scheduled run fires, or `null` (off or stopped). */
  nextRunAt(): Date | null;
  /** No more scheduled runs; a run in progress is not touched. */
  stop(): void;
}

/**
 * Calls `fire` on a cron expression in Europe/Paris time (the time zone of N2F's quota windows).
 * `protect` keeps croner from overlapping its own calls; the run manager refuses a second run anyway.
 * A `null` expression schedules nothing.
 * @example const scheduler = createScheduler('15 20 * * *', () => runs.trigger(request, 'schedule')); scheduler.start();
 */
export function createScheduler(
  expression: string | null,
  fire: () => void | Promise<void>,
): Scheduler {
  if (expression === null)
    return { start: () => undefined, nextRunAt: () => null, stop: () => undefined };
  const job = new Cron(
    expression,
    { timezone: SCHEDULE_TIME_ZONE, protect: true, paused: true },
    fire,
  );
  return {
    start: () => void job.resume(),
    nextRunAt: () => job.nextRun(),
    stop: () => job.stop(),
  };
}
