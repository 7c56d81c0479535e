import * as v from 'valibot';
import { demoState } from './demo-state.js';
import { parseClockOptions, type ClockOptions } from './clock.js';
import type { FaultOptions } from './fault-options.js';
import { parseOption } from './option-error.js';
import { N2F_QUOTA, parseQuotaOptions, type QuotaOptions } from './quota.js';
import type { SimulatorState } from './types.js';

/** Options of `startSimulator`; every one has a default. */
export interface SimulatorOptions {
  /** The account at start (lists left out are empty); validated like a state file. @default demoState() */
  readonly state?: Partial<SimulatorState>;
  /** TCP port; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  readonly host?: string;
  /** Quotas per client and rolling minute; `false` switches them off. @default N2F_QUOTA (day/night, Europe/Paris) */
  readonly quota?: QuotaOptions;
  /** Lifetime of a token, in simulated seconds. @default 3600 */
  readonly tokenTtlSeconds?: number;
  /** Start time and speed of the simulated clock. @default real time, speed 1 */
  readonly clock?: ClockOptions;
  /** Realism and faults at start (see `FaultOptions`). @default none */
  readonly faults?: FaultOptions;
  /** The account's cultures: a user's `culture` must be one of them; labels default to the first. @default ['fr', 'nl', 'en'] */
  readonly cultures?: readonly string[];
  /** Newest API requests kept in the log. @default 10000 */
  readonly requestLogLimit?: number;
  /** Aborting it closes the simulator (and makes a pending start fail). */
  readonly signal?: AbortSignal;
}

/** The options with defaults applied (state and faults are checked when they are loaded). */
export interface ResolvedSimulatorOptions {
  readonly state: unknown;
  readonly port: number;
  readonly host: string;
  readonly quota: QuotaOptions;
  readonly tokenTtlMs: number;
  readonly clock: ClockOptions;
  readonly faults: FaultOptions;
  readonly cultures: readonly string[];
  readonly requestLogLimit: number;
  readonly signal: AbortSignal | undefined;
}

const natural = v.pipe(v.number(), v.integer(), v.minValue(0));
const positive = v.pipe(natural, v.minValue(1));

/** Applies defaults and fails fast with a `SimulatorOptionError` naming the bad option. */
export function resolveSimulatorOptions(options: SimulatorOptions = {}): ResolvedSimulatorOptions {
  const cultureList = v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1));
  return {
    state: options.state ?? demoState(),
    port: parseOption(v.pipe(natural, v.maxValue(65_535)), options.port ?? 0, 'port'),
    host: parseOption(v.pipe(v.string(), v.nonEmpty()), options.host ?? '127.0.0.1', 'host'),
    quota: options.quota === undefined ? N2F_QUOTA : parseQuotaOptions(options.quota),
    tokenTtlMs: parseOption(positive, options.tokenTtlSeconds ?? 3600, 'tokenTtlSeconds') * 1000,
    clock: parseClockOptions(options.clock ?? {}),
    faults: options.faults ?? {},
    cultures: parseOption(cultureList, options.cultures ?? ['fr', 'nl', 'en'], 'cultures'),
    requestLogLimit: parseOption(positive, options.requestLogLimit ?? 10_000, 'requestLogLimit'),
    signal: options.signal,
  };
}
