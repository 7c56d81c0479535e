import { randomInt } from 'node:crypto';
import { parseFaultOptions, type FaultOptions, type FaultRule } from './fault-options.js';
import { seededRandom } from './random.js';

/** What a request meets instead of the API: a dropped connection or an error status. */
export type InjectedFault =
  | { readonly kind: 'drop' }
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly retryAfterSeconds: number;
      readonly body?: string;
    };

/** Draws faults for each request from the options and a seeded random source. */
export class FaultEngine {
  readonly #options: FaultOptions;
  readonly #seed: number;
  readonly #random: () => number;
  readonly #rules: { rule: FaultRule; remaining: number }[];
  #stormLeft = 0;

  constructor(input: FaultOptions = {}) {
    this.#options = parseFaultOptions(input);
    this.#seed = this.#options.seed ?? randomInt(2 ** 31);
    this.#random = seededRandom(this.#seed);
    this.#rules = (this.#options.next ?? []).map((rule) => ({ rule, remaining: rule.count ?? 1 }));
  }

  get options(): FaultOptions {
    return this.#options;
  }

  /** The options in force, with the seed drawn and the one-shot rules still pending. */
  snapshot(): FaultOptions {
    const next = this.#rules
      .filter((r) => r.remaining > 0)
      .map((r) => ({ ...r.rule, count: r.remaining }));
    return { ...this.#options, seed: this.#seed, next };
  }

  /** True with probability `rate`, drawn from the seeded source. */
  chance(rate: number | undefined): boolean {
    return rate !== undefined && rate > 0 && this.#random() < rate;
  }

  /** A value in [0, 1) from the seeded source. */
  random(): number {
    return this.#random();
  }

  /** Real milliseconds to wait before answering. */
  delayMs(): number {
    const { latencyMs = 0, latencyJitterMs = 0 } = this.#options;
    return latencyMs + (latencyJitterMs > 0 ? Math.floor(this.#random() * latencyJitterMs) : 0);
  }

  /** The fault this request meets before reaching the API, if any. */
  pick(method: string, path: string): InjectedFault | undefined {
    const ruled = this.#takeRule(method, path);
    if (ruled) return ruled.drop ? { kind: 'drop' } : this.#status(ruled.status ?? 500, ruled.body);
    if (this.#stormLeft > 0) {
      this.#stormLeft -= 1;
      return this.#status(429);
    }
    const {
      dropRate,
      errorRate,
      errorStatuses = [500, 502, 503],
      stormRate,
      stormLength = 5,
    } = this.#options;
    if (this.chance(dropRate)) return { kind: 'drop' };
    if (this.chance(errorRate))
      return this.#status(errorStatuses[Math.floor(this.#random() * errorStatuses.length)]);
    if (this.chance(stormRate)) {
      this.#stormLeft = stormLength - 1;
      return this.#status(429);
    }
    return undefined;
  }

  #takeRule(method: string, path: string): FaultRule | undefined {
    const pending = this.#rules.find(
      ({ rule, remaining }) =>
        remaining > 0 &&
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (rule.path === undefined || path.startsWith(rule.path)),
    );
    if (pending) pending.remaining -= 1;
    return pending?.rule;
  }

  #status(status = 500, body?: string): InjectedFault {
    const retryAfterSeconds = this.#options.retryAfterSeconds ?? 1;
    return body === undefined
      ? { kind: 'status', status, retryAfterSeconds }
      : { kind: 'status', status, retryAfterSeconds, body };
  }
}
