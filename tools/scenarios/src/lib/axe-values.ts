import { customAxeUuid } from './account.js';
import { anyCase, dayForm, instantForm, padded } from './noise.js';
import type { ResolvedScenarioOptions } from './options.js';
import type { Random } from './prng.js';
import type {
  ExpectedCounts,
  ScenarioAnalyticsRow,
  ScenarioAxeValue,
  ScenarioState,
} from './types.js';

/** The three Agresso value types, their scope, code prefix and N2F axe. */
export const AXE_TYPES = [
  { typ: 'PROJECT', scope: 'projects', prefix: 'P', axe: null },
  { typ: 'PLAQUE', scope: 'plates', prefix: 'PL', axe: 'plaque' },
  { typ: 'SUBPOST', scope: 'subposts', prefix: 'SP', axe: 'subpost' },
] as const;

type AxeType = (typeof AXE_TYPES)[number];
const INVALID_KINDS = ['date', 'description', 'company'] as const;
const OPEN_END = '2099-12-31';

/** Analytics rows of one type, the matching N2F axe values and the expected plan of its scope. */
export function generateAxeValues(
  random: Random,
  o: ResolvedScenarioOptions,
  type: AxeType,
  companies: ScenarioState['companies'],
): { rows: ScenarioAnalyticsRow[]; values: ScenarioAxeValue[]; expected: ExpectedCounts } {
  const rows: ScenarioAnalyticsRow[] = [];
  const values: ScenarioAxeValue[] = [];
  const expected: ExpectedCounts = {
    creates: 0,
    updates: 0,
    deletes: 0,
    protected: 0,
    unchanged: 0,
    invalid: 0,
  };
  const axeOf = (code: string): string =>
    type.axe === null ? 'projects' : customAxeUuid(code, type.axe);
  let kind = 0;
  for (let j = 0; j < o.valuesPerAxe; j++) {
    const company = companies[j % companies.length] as ScenarioState['companies'][number];
    // Codes repeat in every company: the same code is a different value in each.
    const code = `${type.prefix}${String(Math.floor(j / companies.length)).padStart(6, '0')}`;
    const description = `${type.typ} ${code}`;
    const from = `20${20 + random.int(6)}-0${1 + random.int(9)}-1${random.int(9)}`;
    const to = random.chance(0.7) ? OPEN_END : `2030-12-${10 + random.int(19)}`;
    const row: ScenarioAnalyticsRow = {
      typ: padded(random, anyCase(random, type.typ)),
      client: padded(random, company.code),
      code,
      description,
      status: 'N',
      date_from: dayForm(random, from),
      date_to: dayForm(random, to),
    };
    const value: ScenarioAxeValue = {
      company: company.uuid,
      axe: axeOf(company.code),
      code,
      names: names(random, description),
      validityDateFrom: instantForm(random, from),
      validityDateTo:
        to === OPEN_END ? random.pick([null, instantForm(random, to)]) : instantForm(random, to),
    };
    rows.push(row);
    if (random.chance(o.newRate)) {
      expected.creates += 1;
    } else if (random.chance(o.invalidRate)) {
      expected.invalid += 1;
      values.push(value);
      const broken = INVALID_KINDS[kind++ % INVALID_KINDS.length] ?? 'date';
      if (broken === 'company') expected.unchanged += 1; // the original row stays valid
      spoil(row, broken, rows);
    } else if (random.chance(o.changedRate)) {
      expected.updates += 1;
      values.push(
        random.chance(0.5)
          ? { ...value, names: names(random, `${description} (old)`) }
          : { ...value, validityDateTo: '2024-01-01T00:00:00Z' },
      );
    } else {
      expected.unchanged += 1;
      values.push(value);
    }
  }
  const removed = Math.round(o.valuesPerAxe * o.removedRate);
  for (let k = 0; k < removed; k++) {
    const company = companies[k % companies.length] as ScenarioState['companies'][number];
    values.push({
      company: company.uuid,
      axe: axeOf(company.code),
      code: `${type.prefix}GONE${k}`,
      names: names(random, 'gone'),
      validityDateFrom: null,
      validityDateTo: null,
    });
  }
  expected.deletes = removed;
  return { rows, values, expected };
}

function names(random: Random, label: string): ScenarioAxeValue['names'] {
  const list = [
    { culture: 'fr', value: label },
    { culture: 'nl', value: label },
    { culture: 'en', value: `${label} (en)` },
  ];
  return random.chance(0.5) ? list.reverse() : list;
}

// An invalid row keeps a readable key, so its N2F value stays untouched; "company" adds a row instead.
function spoil(
  row: ScenarioAnalyticsRow,
  kind: (typeof INVALID_KINDS)[number],
  rows: ScenarioAnalyticsRow[],
): void {
  if (kind === 'date') row.date_from = '31/02/2030';
  else if (kind === 'description') row.description = '  ';
  else rows.push({ ...row, client: 'ZZ99', code: `${row.code ?? ''}-ZZ` });
}
