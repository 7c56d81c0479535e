import * as v from 'valibot';
import { StateAxeValueSchema } from './axe-value-schema.js';
import { issuePath } from './issues.js';
import type { SimulatorState } from './types.js';
import { StateUserSchema } from './user-schema.js';

const id = v.pipe(v.string('must be a string'), v.nonEmpty('is required'));
const names = v.array(
  v.object({ culture: id, value: v.string('must be a string') }),
  'must be an array',
);
const list = <T>(item: v.GenericSchema<T>) =>
  v.optional(v.array(item, 'must be an array'), () => []);
const labelled = v.object({ uuid: id, names });

const StateSchema: v.GenericSchema<unknown, SimulatorState> = v.object(
  {
    clients: list(v.object({ clientId: id, clientSecret: id })),
    companies: list(v.object({ uuid: id, code: v.string(), name: v.string() })),
    roles: list(labelled),
    userprofiles: list(labelled),
    customAxes: list(v.object({ company: id, uuid: id, names })),
    users: list(StateUserSchema),
    axeValues: list(StateAxeValueSchema),
  },
  'must be a JSON object',
);

/** A state that cannot be loaded; `path` names the offending entry, e.g. `users[3].mail`. */
export class SimulatorStateError extends Error {
  override readonly name = 'SimulatorStateError';
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`Invalid simulator state at ${path || '(root)'}: ${problem}`);
    this.path = path;
  }
}

/** Checks the shape of a state (missing lists default to empty); references are checked on load. */
export function parseStateShape(input: unknown): SimulatorState {
  const result = v.safeParse(StateSchema, input);
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new SimulatorStateError(issuePath(issue), issue.message);
}
