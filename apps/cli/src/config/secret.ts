import { inspect } from 'node:util';

const SHOWN = '[REDACTED]';

/**
 * A secret read from the environment. Printing, logging, string interpolation or JSON of it
 * shows `[REDACTED]`; only `reveal()` gives the value, at the one place a library needs it.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  /** The value itself, to hand to a library option. */
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return SHOWN;
  }
  toJSON(): string {
    return SHOWN;
  }
}

// util.inspect (console.log, consola) asks this symbol; set outside the class body so the
// declaration stays free of computed names (isolatedDeclarations).
Object.defineProperty(Secret.prototype, inspect.custom, { value: (): string => SHOWN });
