import { Account } from './account.js';
import { AxeValueTable } from './axe-values.js';
import { StateAxeValueSchema } from './axe-value-schema.js';
import {
  parseStateEntry,
  parseStateShape,
  SimulatorStateError,
  type RawState,
} from './state-schema.js';
import type { SimulatorState } from './types.js';
import { isPlainStateUser, StateUserSchema } from './user-schema.js';
import { UserTable } from './users.js';

/** Everything the simulated account holds: reference data, users and axe values. */
export interface Store {
  readonly account: Account;
  readonly users: UserTable;
  readonly axeValues: AxeValueTable;
}

const fromStateCheck = { acceptUuids: true, checkManager: false } as const;

/** Builds a store from a state (any JSON); throws `SimulatorStateError` naming the bad entry. */
export function loadStore(input: unknown, cultures: readonly string[]): Store {
  const state = parseStateShape(input);
  checkUnique('clients', state.clients, 'clientId', (c) => c.clientId);
  checkUnique('companies', state.companies, 'uuid', (c) => c.uuid);
  checkUnique('roles', state.roles, 'uuid', (r) => r.uuid);
  checkUnique('userprofiles', state.userprofiles, 'uuid', (p) => p.uuid);
  checkUnique('customAxes', state.customAxes, 'uuid', (a) => `${a.company} ${a.uuid}`);
  const account = new Account(state, cultures);
  state.customAxes.forEach((axe, i) => {
    if (!account.companies.get(axe.company))
      throw new SimulatorStateError(`customAxes[${i}].company`, 'unknown company');
  });
  const store: Store = {
    account,
    users: new UserTable(account),
    axeValues: new AxeValueTable(account),
  };
  loadUsers(store, state);
  loadAxeValues(store, state);
  return store;
}

// Users and axe values are parsed one at a time, so a large state is never copied whole.
function loadUsers({ users }: Store, state: RawState): void {
  state.users.forEach((raw, i) => {
    const user = isPlainStateUser(raw) ? raw : parseStateEntry(StateUserSchema, raw, 'users', i);
    if (users.get(user.mail))
      throw new SimulatorStateError(`users[${i}].mail`, `duplicate mail "${user.mail}"`);
    const outcome = users.upsert(user, fromStateCheck, user.uuid);
    const [error] = outcome.ok ? [] : outcome.errors;
    if (error) throw new SimulatorStateError(`users[${i}].${error.field}`, error.message);
  });
  const missing = users.findMissingManager();
  if (missing) {
    const problem = `manager "${missing.managerMail}" is not a user of the state`;
    throw new SimulatorStateError(`users[${missing.index}].managerMail`, problem);
  }
}

function loadAxeValues({ axeValues }: Store, state: RawState): void {
  state.axeValues.forEach((raw, i) => {
    const value = parseStateEntry(StateAxeValueSchema, raw, 'axeValues', i);
    const values = axeValues.axe(value.company, value.axe);
    if (!values) throw new SimulatorStateError(`axeValues[${i}].axe`, 'unknown company or axe');
    if (values.get(value.code))
      throw new SimulatorStateError(`axeValues[${i}].code`, `duplicate code "${value.code}"`);
    axeValues.upsert(values, value, value.uuid);
  });
}

function checkUnique<T>(
  list: string,
  items: readonly T[],
  field: string,
  key: (item: T) => string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(key(item)))
      throw new SimulatorStateError(`${list}[${i}].${field}`, `duplicate ${field} "${key(item)}"`);
    seen.add(key(item));
  });
}

/** A deep copy of the store as a state (role and profile as uuids, dates as instants). */
export function storeToState({ account, users, axeValues }: Store): SimulatorState {
  const companies = account.companies.values();
  const state: SimulatorState = {
    clients: [...account.clients].map(([clientId, clientSecret]) => ({ clientId, clientSecret })),
    companies,
    roles: [...account.roles.items],
    userprofiles: [...account.profiles.items],
    customAxes: companies.flatMap((c) => account.customAxes(c.uuid)?.values() ?? []),
    users: users.list.values(),
    axeValues: [...axeValues.entries()].flatMap(({ company, axe, values }) =>
      values.map((value) => ({ company, axe, ...value })),
    ),
  };
  return structuredClone(state);
}
