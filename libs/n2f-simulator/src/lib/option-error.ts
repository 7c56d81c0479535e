import * as v from 'valibot';
import { issuePath } from './issues.js';

/** An option or control request the simulator cannot use; `option` names it, e.g. `faults.errorRate`. */
export class SimulatorOptionError extends TypeError {
  override readonly name = 'SimulatorOptionError';
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`Invalid simulator option ${option}: ${problem}`);
    this.option = option;
  }
}

/** Parses `input` with `schema` or throws a `SimulatorOptionError` naming `name.path`. */
export function parseOption<T>(schema: v.GenericSchema<T>, input: unknown, name: string): T {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const path = issuePath(issue);
  throw new SimulatorOptionError(path ? `${name}.${path}` : name, issue.message);
}
