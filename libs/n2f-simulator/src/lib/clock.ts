import * as v from 'valibot';
import { parseOption } from './option-error.js';

/** Where the simulated clock stands and how fast it runs. */
export interface ClockOptions {
  /** The simulated time now, as an ISO 8601 instant. @default the real time */
  readonly now?: string;
  /** Simulated milliseconds per real millisecond (60 makes a minute pass in a second). @default 1 */
  readonly speed?: number;
}

/** The clock as the control surface reports it. */
export interface ClockSnapshot {
  readonly now: string;
  readonly speed: number;
}

/** The simulated clock: quota windows and token lifetimes run on it. */
export interface Clock {
  /** Simulated epoch milliseconds. */
  now(): number;
  /** Simulated milliseconds per real millisecond. */
  readonly speed: number;
  /** Jumps to `now` and/or changes the speed; time stays continuous when only the speed changes. */
  set(options: ClockOptions): void;
  snapshot(): ClockSnapshot;
}

const ClockOptionsSchema: v.GenericSchema<ClockOptions> = v.strictObject(
  {
    now: v.exactOptional(
      v.pipe(
        v.string(),
        v.check((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 instant'),
      ),
    ),
    speed: v.exactOptional(v.pipe(v.number(), v.finite(), v.gtValue(0, 'must be greater than 0'))),
  },
  'must be an object { now?, speed? }',
);

/** Validates clock options, naming the bad one. */
export function parseClockOptions(input: unknown): ClockOptions {
  return parseOption(ClockOptionsSchema, input, 'clock');
}

/** A clock that starts at `options.now` (default: real time) and runs at `options.speed`. */
export function createClock(options: ClockOptions = {}): Clock {
  let anchorReal = performance.now();
  let anchorSim = Date.now();
  let speed = 1;
  const now = (): number => anchorSim + (performance.now() - anchorReal) * speed;
  const clock: Clock = {
    now,
    get speed() {
      return speed;
    },
    set(next) {
      const { now: at, speed: nextSpeed } = parseClockOptions(next);
      anchorSim = at === undefined ? now() : Date.parse(at);
      anchorReal = performance.now();
      speed = nextSpeed ?? speed;
    },
    snapshot: () => ({ now: new Date(now()).toISOString(), speed }),
  };
  clock.set(options);
  return clock;
}
