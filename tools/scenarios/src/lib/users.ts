import { SERVICE_ACCOUNTS } from './account.js';
import type { ResolvedScenarioOptions } from './options.js';
import { changed, personRecords, serviceAccount, spoil, type Person } from './person-records.js';
import type { Random } from './prng.js';
import type { ExpectedCounts, ScenarioN2fUser, ScenarioState, ScenarioUserRow } from './types.js';

const INVALID_KINDS = ['boolean', 'company', 'role', 'profile', 'duplicate'] as const;

/** Agresso user rows, the matching N2F users and the expected users plan. */
export function generateUsers(
  random: Random,
  o: ResolvedScenarioOptions,
  companies: ScenarioState['companies'],
): {
  rows: ScenarioUserRow[];
  users: ScenarioN2fUser[];
  expected: ExpectedCounts;
  unknownManagers: number;
} {
  const people = planPeople(random, o, companies);
  const rows: ScenarioUserRow[] = [];
  const users: ScenarioN2fUser[] = SERVICE_ACCOUNTS.map((mail) =>
    serviceAccount(mail, companies[0]?.uuid ?? ''),
  );
  const expected: ExpectedCounts = {
    creates: 0,
    updates: o.cycles,
    deletes: 0,
    protected: SERVICE_ACCOUNTS.length,
    unchanged: 0,
    invalid: 0,
  };
  let kind = 0;
  for (const person of people) {
    const { row, target } = personRecords(random, person);
    if (person.fate === 'new') expected.creates += 1;
    else users.push(person.fate === 'changed' ? changed(random, target) : target);
    if (person.fate === 'changed') expected.updates += 1;
    if (person.fate === 'same') expected.unchanged += 1;
    rows.push(row);
    if (person.fate !== 'invalid') continue;
    expected.invalid += 1;
    const broken = INVALID_KINDS[kind++ % INVALID_KINDS.length] ?? 'duplicate';
    if (broken === 'duplicate') {
      rows.push({ ...row });
      expected.invalid += 1; // every row of a shared key is invalid, and its N2F user is held
    } else spoil(row, broken);
  }
  const removed = Math.round(o.users * o.removedRate);
  for (let i = 0; i < removed; i++)
    users.push(serviceAccount(`left${i}@iris.example`, companies[0]?.uuid ?? ''));
  expected.deletes = removed;
  return {
    rows: random.shuffle(rows),
    users,
    expected,
    unknownManagers: people.filter((p) => p.unknownManager).length,
  };
}

function planPeople(
  random: Random,
  o: ResolvedScenarioOptions,
  companies: ScenarioState['companies'],
): Person[] {
  const n = o.users;
  const fanout = o.managerDepth > 0 ? Math.max(2, Math.ceil(n ** (1 / o.managerDepth))) : 0;
  const mail = (i: number): string => `user${i}@iris.example`;
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    const leaf = fanout === 0 || i * fanout + 1 >= n;
    const fate =
      leaf && random.chance(o.newRate)
        ? 'new'
        : random.chance(o.invalidRate)
          ? 'invalid'
          : random.chance(o.changedRate)
            ? 'changed'
            : 'same';
    const manager = fanout > 0 && i > 0 ? mail(Math.floor((i - 1) / fanout)) : null;
    people.push({
      mail: mail(i),
      index: i,
      manager,
      company: random.pick(companies),
      fate,
      unknownManager: false,
    });
  }
  const eligible = random.shuffle(people.filter((p) => p.fate === 'same' || p.fate === 'changed'));
  for (const person of eligible.slice(0, o.unknownManagers)) {
    person.unknownManager = true;
    person.manager = `ghost${person.index}@nowhere.example`;
  }
  for (let k = 0; k < o.cycles; k++) {
    const [a, b] = [`cycle${k}a@iris.example`, `cycle${k}b@iris.example`];
    people.push({
      mail: a,
      index: n + 2 * k,
      manager: b,
      company: random.pick(companies),
      fate: 'new',
      unknownManager: false,
    });
    people.push({
      mail: b,
      index: n + 2 * k + 1,
      manager: a,
      company: random.pick(companies),
      fate: 'new',
      unknownManager: false,
    });
  }
  return people;
}
