import * as v from 'valibot';
import { issuePath } from './issues.js';
import type { SimulatorState } from './types.js';

const id = v.pipe(v.string('must be a string'), v.nonEmpty('is required'));
const names = v.array(
  v.object({ culture: id, value: v.string('must be a string') }),
  'must be an array',
);
const list = <T>(item: v.GenericSchema<T>) =>
  v.optional(v.array(item, 'must be an array'), () => []);
const labelled = v.object({ uuid: id, names });

/** A state whose reference data is checked; users and axe values are checked one by one on load. */
export interface RawState extends Omit<SimulatorState, 'users' | 'axeValues'> {
  users: unknown[];
  axeValues: unknown[];
}

const StateSchema: v.GenericSchema<unknown, RawState> = v.object(
  {
    clients: list(v.object({ clientId: id, clientSecret: id })),
    companies: list(v.object({ uuid: id, code: v.string(), name: v.string() })),
    roles: list(labelled),
    userprofiles: list(labelled),
    customAxes: list(v.object({ company: id, uuid: id, names })),
    users: list(v.unknown()),
    axeValues: list(v.unknown()),
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

/** Parses `input` (entry `index` of `list`, if given) or throws a `SimulatorStateError` naming it. */
export function parseStateEntry<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  list?: string,
  index?: number,
): T {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const inner = issuePath(issue);
  // The path is built only on failure: a large state parses many entries.
  const path = list === undefined ? '' : `${list}[${index ?? 0}]`;
  throw new SimulatorStateError(path && inner ? `${path}.${inner}` : path + inner, issue.message);
}

/** Checks the reference data of a state (missing lists default to empty). */
export function parseStateShape(input: unknown): RawState {
  return parseStateEntry(StateSchema, input);
}
