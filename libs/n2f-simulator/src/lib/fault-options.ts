import * as v from 'valibot';
import { parseOption } from './option-error.js';

/** "The next `count` requests (matching `method` and `path`) fail with `status`, or are dropped." */
export interface FaultRule {
  /** How many matching requests fail. @default 1 */
  readonly count?: number;
  /** Only requests with this HTTP method (any case). @default any */
  readonly method?: string;
  /** Only requests whose API path (after `/services/api/v2`, e.g. `/users`) starts with this. @default any */
  readonly path?: string;
  /** The status to answer: 500, 503, 429 (with `Retry-After`), 401… @default 500 */
  readonly status?: number;
  /** The raw body to answer instead of the JSON error (e.g. `""` or an HTML page). */
  readonly body?: string;
  /** Destroy the socket without answering instead. @default false */
  readonly drop?: boolean;
}

/** Realism and faults. Random choices come from `seed`, so a seeded run is reproducible. */
export interface FaultOptions {
  /** Seed of every random choice below. @default a random seed, reported by `GET /__simulator/faults` */
  readonly seed?: number;
  /** Delay before every API answer, in real milliseconds. @default 0 */
  readonly latencyMs?: number;
  /** Extra random delay, uniform in [0, latencyJitterMs). @default 0 */
  readonly latencyJitterMs?: number;
  /** Chance (0–1) that a request gets a 5xx. @default 0 */
  readonly errorRate?: number;
  /** The statuses `errorRate` picks from. @default [500, 502, 503] */
  readonly errorStatuses?: readonly number[];
  /** Chance that a request's connection is destroyed without an answer. @default 0 */
  readonly dropRate?: number;
  /** Chance that a request starts a 429 storm of `stormLength` requests. @default 0 */
  readonly stormRate?: number;
  /** Requests answered 429 in a row once a storm starts. @default 5 */
  readonly stormLength?: number;
  /** `Retry-After` of injected 429s, in seconds. @default 1 */
  readonly retryAfterSeconds?: number;
  /** Chance that a valid token is declared expired (401) before its time. @default 0 */
  readonly earlyExpiryRate?: number;
  /** Return `null` for fields stored as empty strings. @default false */
  readonly emptyAsNull?: boolean;
  /** Culture of the role and profile labels on users. @default the account's first culture */
  readonly labelCulture?: string;
  /** Return the items of each page in a random order. @default false */
  readonly shufflePages?: boolean;
  /** Chance that a page (other than the first) repeats the previous page's last item first. @default 0 */
  readonly duplicateRate?: number;
  /** One-shot failures, consumed in order of the list. @default [] */
  readonly next?: readonly FaultRule[];
}

const rate = v.exactOptional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));
const natural = v.pipe(v.number(), v.integer(), v.minValue(0));
const status = v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599));

const RuleSchema = v.strictObject({
  count: v.exactOptional(natural),
  method: v.exactOptional(v.string()),
  path: v.exactOptional(v.string()),
  status: v.exactOptional(status),
  body: v.exactOptional(v.string()),
  drop: v.exactOptional(v.boolean()),
});

const FaultSchema: v.GenericSchema<FaultOptions> = v.strictObject(
  {
    seed: v.exactOptional(v.pipe(v.number(), v.integer())),
    latencyMs: v.exactOptional(natural),
    latencyJitterMs: v.exactOptional(natural),
    errorRate: rate,
    errorStatuses: v.exactOptional(v.pipe(v.array(status), v.minLength(1))),
    dropRate: rate,
    stormRate: rate,
    stormLength: v.exactOptional(v.pipe(natural, v.minValue(1))),
    retryAfterSeconds: v.exactOptional(natural),
    earlyExpiryRate: rate,
    emptyAsNull: v.exactOptional(v.boolean()),
    labelCulture: v.exactOptional(v.pipe(v.string(), v.nonEmpty())),
    shufflePages: v.exactOptional(v.boolean()),
    duplicateRate: rate,
    next: v.exactOptional(v.array(RuleSchema)),
  },
  'must be an object of fault options',
);

/** Validates fault options, naming the bad one (unknown keys are refused, to catch typos). */
export function parseFaultOptions(input: unknown): FaultOptions {
  return parseOption(FaultSchema, input, 'faults');
}
