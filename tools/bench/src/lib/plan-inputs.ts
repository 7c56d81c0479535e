import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SourceRecord } from '@n2f/agresso-source';
import { generateScenario, type Scenario } from '@n2f/scenarios';
import { indexReferences, type AxeValueTarget, type ReferenceData } from '@n2f/sync-core/scope-kit';
import { referencesFromState } from '@n2f/sync-core/testing';

/** The scopes the plan bench measures, each planned in its own process. */
export const PLAN_SCOPES = ['users', 'projects', 'plates', 'subposts'] as const;

/** One of the scopes the plan bench measures. */
export type PlanScopeName = (typeof PLAN_SCOPES)[number];

/** What one scope's plan takes: its view's rows, its N2F records and the reference data. */
export interface ScopeInputs {
  readonly references: ReferenceData;
  readonly rows: SourceRecord<unknown>[];
  readonly target: unknown[];
}

const REFERENCES = 'references.json';
const ROWS: Readonly<Record<PlanScopeName, string>> = {
  users: 'users-rows.ndjson',
  projects: 'analytics-rows.ndjson',
  plates: 'analytics-rows.ndjson',
  subposts: 'analytics-rows.ndjson',
};
const TARGET = (scope: PlanScopeName): string => `${scope}-target.ndjson`;

/**
 * Generates the scenario of `size` users and values per axe type (5 % changed) and writes it to
 * `dir` as a sync run receives it: one file of rows per Agresso view, one of N2F records per
 * scope (NDJSON). A plan process then holds only what a run holds while planning that scope.
 */
export async function writePlanInputs(dir: string, size: number): Promise<void> {
  for (const part of ['users', 'axes'] as const) {
    const scenario = generateScenario({
      seed: 42,
      users: size,
      companies: 10,
      valuesPerAxe: size,
      managerDepth: 4,
      cycles: 5,
      changedRate: 0.05,
      invalidRate: 0.005,
      unknownManagers: 20,
      parts: [part],
    });
    if (part === 'users') {
      await writeFile(join(dir, REFERENCES), JSON.stringify(referencesFromState(scenario.n2f)));
      await writeLines(join(dir, ROWS.users), scenario.agresso.users);
      await writeLines(join(dir, TARGET('users')), scenario.n2f.users);
    } else {
      await writeLines(join(dir, ROWS.projects), scenario.agresso.analytics);
      for (const [scope, values] of axeTargets(scenario))
        await writeLines(join(dir, TARGET(scope)), values);
    }
  }
}

/** Reads one scope's inputs: rows as the source yields them, N2F records as `loadTarget` returns them. */
export async function readPlanInputs(dir: string, scope: PlanScopeName): Promise<ScopeInputs> {
  const references = JSON.parse(await readFile(join(dir, REFERENCES), 'utf8')) as ReferenceData;
  const rows: SourceRecord<unknown>[] = [];
  for await (const row of readLines(join(dir, ROWS[scope])))
    rows.push({ valid: true, rowNumber: rows.length + 1, row });
  const target: unknown[] = [];
  const shared = new Map<string, string>();
  const share = (text: string): string => shared.get(text) ?? (shared.set(text, text), text);
  for await (const record of readLines(join(dir, TARGET(scope)))) {
    if (scope === 'users') target.push(record);
    else {
      // `loadTarget` lists values company by company: each company's values share its strings.
      const { company, axe, value } = record as AxeValueTarget;
      target.push({ company: share(company), axe: share(axe), value });
    }
  }
  return { references, rows, target };
}

// Each axe scope's N2F values as `AxeScope.loadTarget` returns them: with the company and axe
// they were listed under. Projects, then the custom axes named `plaque` and `subpost`.
function axeTargets(scenario: Scenario): [PlanScopeName, AxeValueTarget[]][] {
  const index = indexReferences(referencesFromState(scenario.n2f));
  const byScope: Record<'projects' | 'plates' | 'subposts', AxeValueTarget[]> = {
    projects: [],
    plates: [],
    subposts: [],
  };
  for (const { company, axe, ...value } of scenario.n2f.axeValues) {
    const scope =
      axe === 'projects'
        ? 'projects'
        : axe === index.customAxe(company, 'plaque')
          ? 'plates'
          : 'subposts';
    byScope[scope].push({ company, axe, value });
  }
  return Object.entries(byScope) as [PlanScopeName, AxeValueTarget[]][];
}

async function writeLines(path: string, items: readonly unknown[]): Promise<void> {
  await writeFile(path, items.map((item) => JSON.stringify(item)).join('\n'));
}

async function* readLines(path: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as unknown;
}
