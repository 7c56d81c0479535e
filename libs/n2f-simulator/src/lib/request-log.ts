import type { QuotaBucket } from './quota.js';

/** One API request as the simulator saw it. Control requests are not logged. */
export interface RequestLogEntry {
  /** Simulated time the request arrived, ISO 8601. */
  readonly at: string;
  readonly method: string;
  /** The API path after `/services/api/v2`, slashes collapsed and segments decoded, e.g. `/users/a@b.c`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The status answered; 0 when the connection was dropped. */
  readonly status: number;
  /** Real milliseconds from arrival to answer. */
  readonly durationMs: number;
  /** The quota bucket of the method: `read` for GET, `write` for the others (auth included). */
  readonly bucket: QuotaBucket;
}

/** The request log, keeping the newest `limit` entries. */
export class RequestLog {
  readonly #limit: number;
  #entries: RequestLogEntry[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  add(entry: RequestLogEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit * 2) this.#entries = this.#entries.slice(-this.#limit);
  }

  entries(): RequestLogEntry[] {
    return this.#entries.slice(-this.#limit);
  }

  clear(): void {
    this.#entries = [];
  }
}
