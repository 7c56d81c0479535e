import { redactText, type ConfigurationError } from '@n2f/resilience';
import * as v from 'valibot';
import { fixFor, fixForUnknownKey } from './fixes.js';

/** One thing wrong with the configuration: where, what, and what to do. */
export interface ConfigProblem {
  /** Dot path of the key (`agresso.server`), or the environment variable (`N2F_CLIENT_SECRET`). */
  readonly key: string;
  readonly problem: string;
  readonly fix: string;
}

/** The configuration cannot be used; every problem found is listed (exit code 2). */
export class InvalidConfigError extends Error {
  readonly problems: readonly ConfigProblem[];
  readonly source: string | undefined;
  constructor(problems: readonly ConfigProblem[], source?: string) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The configuration${source === undefined ? '' : ` (${source})`} has ${count}.`);
    this.name = 'InvalidConfigError';
    this.problems = problems;
    this.source = source;
  }
}

/** A setting sync-core refused (a `ConfigurationError`), as a problem with its key and fix. */
export function configProblemOf(error: ConfigurationError): ConfigProblem {
  const fix = typeof error.context['fix'] === 'string' ? error.context['fix'] : 'see docs/configuration.md';
  const problem = error.message.replace(/^Configuration "[^"]*": /, '').replace(/\. Fix: [\s\S]*$/, '');
  return { key: error.key, problem, fix };
}

/** Where a key's value came from, when it was not the file (an env variable overriding it). */
export type KeyOrigins = Readonly<Record<string, string>>;

/** Turns valibot issues into problems, one per key, naming the env variable a value came from. */
export function problemsFromIssues(issues: readonly v.BaseIssue<unknown>[], origins: KeyOrigins = {}): ConfigProblem[] {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '(root)';
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push(toProblem(issue, path, origins[path]));
  }
  return problems;
}

/** Problems for the unknown keys at `paths` that `listed` does not name yet (valibot names one per object). */
export function unknownKeyProblems(paths: readonly string[], listed: readonly ConfigProblem[]): ConfigProblem[] {
  const named = new Set(listed.map((problem) => problem.key));
  return paths.filter((path) => !named.has(path)).map(unknownKeyProblem);
}

function unknownKeyProblem(path: string): ConfigProblem {
  return { key: path, problem: 'is not a known key', fix: fixForUnknownKey(path) };
}

function toProblem(issue: v.BaseIssue<unknown>, path: string, origin: string | undefined): ConfigProblem {
  const key = origin === undefined ? path : `${path} (from ${origin})`;
  if (issue.expected === 'never') return unknownKeyProblem(path);
  if (issue.received === 'undefined') {
    return { key, problem: 'is required', fix: fixFor(path) };
  }
  // A URL may carry user:password@; what was given is shown without it.
  return { key, problem: `${describeMessage(issue)} (got ${redactText(issue.received)})`, fix: fixFor(path) };
}

function describeMessage(issue: v.BaseIssue<unknown>): string {
  // valibot's default messages start with "Invalid …: Expected …"; ours are short "must …" phrases.
  return issue.message.startsWith('Invalid') ? `must be ${issue.expected ?? 'valid'}` : issue.message;
}

/** Text for a terminal: the headline, then each key with its problem and fix. */
export function formatProblems(error: InvalidConfigError): string {
  const lines = [error.message];
  for (const problem of error.problems) {
    lines.push(`  ✖ ${problem.key}: ${problem.problem}`, `    fix: ${problem.fix}`);
  }
  return lines.join('\n');
}
