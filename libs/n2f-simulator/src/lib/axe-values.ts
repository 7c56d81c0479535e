import type { Account } from './account.js';
import { toInstant } from './axe-value-schema.js';
import { KeyedList } from './keyed-list.js';
import type { AxeValueFields } from './types.js';
import { newUuid } from './uuid.js';

/** A stored axe value, as N2F returns it. */
export interface AxeValueRecord {
  uuid: string;
  code: string;
  names: { culture: string; value: string }[];
  validityDateFrom: string | null;
  validityDateTo: string | null;
}

const axeKey = (company: string, axe: string): string => `${company}\u0000${axe}`;

/** The values of every axe, keyed by (company uuid, axe id, code). */
export class AxeValueTable {
  readonly #account: Account;
  readonly #axes = new Map<string, KeyedList<AxeValueRecord>>();

  constructor(account: Account) {
    this.#account = account;
  }

  /** The values of one axe, or undefined when the company or the axe is unknown. */
  axe(company: string, axe: string): KeyedList<AxeValueRecord> | undefined {
    if (!this.#account.hasAxe(company, axe)) return undefined;
    const key = axeKey(company, axe);
    let list = this.#axes.get(key);
    if (!list) this.#axes.set(key, (list = new KeyedList()));
    return list;
  }

  /** Stores a value in an axe that exists (the caller has checked it). */
  upsert(
    values: KeyedList<AxeValueRecord>,
    fields: AxeValueFields,
    uuid?: string,
  ): { created: boolean; record: AxeValueRecord } {
    const previous = values.get(fields.code);
    const record: AxeValueRecord = {
      uuid: uuid ?? previous?.uuid ?? newUuid(),
      code: fields.code,
      names: fields.names.map((n) => ({ culture: n.culture, value: n.value })),
      validityDateFrom: toInstant(fields.validityDateFrom),
      validityDateTo: toInstant(fields.validityDateTo),
    };
    values.set(record.code, record);
    return { created: previous === undefined, record };
  }

  /** Every (company, axe) that holds values, with its values, for a state snapshot. */
  *entries(): Generator<{ company: string; axe: string; values: AxeValueRecord[] }> {
    for (const [key, list] of this.#axes) {
      const [company = '', axe = ''] = key.split('\u0000');
      if (list.size > 0) yield { company, axe, values: list.values() };
    }
  }
}
