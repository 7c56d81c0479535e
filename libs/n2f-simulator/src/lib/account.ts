import { KeyedList } from './keyed-list.js';
import { LabelIndex } from './labels.js';
import type { SimulatorState, StateCompany, StateCustomAxe } from './types.js';

/** The axe id of the built-in projects axe, present in every company. */
export const PROJECTS_AXE = 'projects';

/** The read-only reference data of the account: clients, companies, roles, profiles, custom axes. */
export class Account {
  readonly cultures: readonly string[];
  readonly clients: ReadonlyMap<string, string>;
  readonly companies: KeyedList<StateCompany> = new KeyedList();
  readonly roles: LabelIndex;
  readonly profiles: LabelIndex;
  readonly #axes = new Map<string, KeyedList<StateCustomAxe>>();

  constructor(state: Omit<SimulatorState, 'users' | 'axeValues'>, cultures: readonly string[]) {
    this.cultures = cultures.map((c) => c.toLowerCase());
    this.clients = new Map(state.clients.map((c) => [c.clientId, c.clientSecret]));
    for (const company of state.companies) {
      this.companies.set(company.uuid, company);
      this.#axes.set(company.uuid, new KeyedList());
    }
    this.roles = new LabelIndex(state.roles);
    this.profiles = new LabelIndex(state.userprofiles);
    for (const axe of state.customAxes) this.#axes.get(axe.company)?.set(axe.uuid, axe);
  }

  /** The custom axes of a company, or undefined when the company is unknown. */
  customAxes(company: string): KeyedList<StateCustomAxe> | undefined {
    return this.#axes.get(company);
  }

  /** Whether `axe` is `projects` or a custom axe of `company` (which must exist). */
  hasAxe(company: string, axe: string): boolean {
    const axes = this.#axes.get(company);
    return axes !== undefined && (axe === PROJECTS_AXE || axes.get(axe) !== undefined);
  }

  /** Whether `culture` is one of the account's cultures (any case). */
  hasCulture(culture: string): boolean {
    return this.cultures.includes(culture.toLowerCase());
  }
}
